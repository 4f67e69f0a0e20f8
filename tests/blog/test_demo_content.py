"""load_demo_content builds the whole demo site and is safe to run again."""

import io

import pytest
from django.core.management import call_command
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from blog.demo import content
from blog.models import BlogIndexPage, BlogPage, Condition, Person, PublisherSettings
from blog.references import CitationIndex


def counts():
    return (
        Page.objects.count(),
        BlogPage.objects.live().count(),
        Condition.objects.count(),
        Person.objects.count(),
        get_image_model().objects.count(),
    )


@pytest.mark.django_db
def test_demo_content_is_complete_and_idempotent(client):
    out = io.StringIO()
    call_command("load_demo_content", stdout=out)
    first = counts()
    assert "Post 1/" in out.getvalue() and "created" in out.getvalue()

    site = Site.objects.get(is_default_site=True)
    assert site.site_name == "ZebraMedic"
    assert isinstance(site.root_page.specific, BlogIndexPage)
    assert Condition.objects.count() == 4
    assert Person.objects.count() == 3
    assert BlogPage.objects.live().count() >= 8
    assert not Page.objects.filter(title__startswith="Welcome").exists()
    publisher = PublisherSettings.for_site(site)
    assert publisher.blurb and publisher.share_image and publisher.share_image_alt

    showcase = BlogPage.objects.get(slug=content.POSTS[0]["slug"])
    assert {child.block_type for child in showcase.body} == set(showcase.body.stream_block.child_blocks)
    cited = [
        reference for reference in CitationIndex(showcase.body, showcase.references).references if reference.is_cited
    ]
    assert len(cited) >= 4

    again = io.StringIO()
    call_command("load_demo_content", stdout=again)
    assert counts() == first
    assert "already there" in again.getvalue()

    assert client.get("/").status_code == 200
    for post in BlogPage.objects.live():
        assert client.get(post.url).status_code == 200, post.slug
