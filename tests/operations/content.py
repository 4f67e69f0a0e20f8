"""A small live site, written with real commits into a scratch database."""

import datetime

from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Person
from tests.comments.conftest import approved_comment
from tests.conftest import make_image, raw


def publish_content():
    """What a small live site holds: a home page, a post with a featured image, comments, an admin."""
    index = Page.get_first_root_node().add_child(instance=BlogIndexPage(title="ZebraMedic", slug="home-drill"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index, "site_name": "ZebraMedic"},
    )
    image = make_image("Drill image")
    post = BlogPage(
        title="Living with EDS",
        slug="living-with-eds",
        date=datetime.date(2026, 3, 1),
        intro="An introduction.",
        body=[raw("paragraph", "<p>Restored text.</p>")],
        featured_image=image,
        featured_image_alt="A teal square",
    )
    post.authors = [BlogPageAuthor(person=Person.objects.create(name="Ana Souza", slug="ana-souza"))]
    index.add_child(instance=post)
    post.save_revision().publish()
    post = BlogPage.objects.get(pk=post.pk)
    first = approved_comment(post, "First restored comment")
    approved_comment(post, "A restored reply", parent=first)
    get_user_model().objects.create_superuser("drill-admin", "admin@zebramedic.example", "pw")
    for url in ("/", post.url):
        Client().get(url)  # makes the image renditions the home page and the post show
    return post
