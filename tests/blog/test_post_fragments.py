"""A post's own content is cached as rendered fragments; the page then costs at most ten queries,
however many comments it has and whoever wrote them, and never shows stale content."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from blog.models import PublisherSettings
from comments.models import Comment, Status
from tests.conftest import findings, make_image, raw, reference

QUERY_BUDGET = 10


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600


@pytest.fixture
def post(make_post, condition, reviewer):
    return make_post(
        title="Fibromyalgia and sleep",
        conditions=[condition],
        tags=["sleep"],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 2),
        featured_image=make_image("Cover"),
        featured_image_alt="cover",
        body=[raw("paragraph", "<p>Sleep matters.</p>"), findings(["a"])],
        references=[reference("a")],
    )


def add_comments(post, count, users):
    """`count` approved comments, a third of them replies, written by guests and by accounts."""
    roots = []
    for number in range(count):
        parent = roots[number % len(roots)] if roots and number % 3 == 2 else None
        user = users[number % len(users)] if number % 2 else None
        guest = {} if user else {"name": f"Reader {number}", "email": f"reader{number}@example.org"}
        comment = Comment.objects.create(
            content_object=post,
            site_id=1,
            user=user,
            **guest,
            comment=f"Comment number {number}.",
            status=Status.APPROVED,
            parent_id=parent.pk if parent else 0,
        )
        if parent is None:
            roots.append(comment)


def queries(url, client=None):
    client = client or Client()
    client.get(url)  # fills the fragment and rendition caches
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200
    return len(captured)


def test_post_page_query_count_is_constant_and_within_budget(post, django_user_model):
    users = [django_user_model.objects.create_user(f"user{n}", password="pw") for n in range(5)]
    counts = {}
    for total in (0, 20, 200, 1000):
        add_comments(post, total - Comment.objects.count(), users)
        counts[total] = queries(post.url)
    assert len(set(counts.values())) == 1, counts
    assert counts[0] <= QUERY_BUDGET, counts


def test_a_cold_post_page_stays_within_the_budget_too(post, django_user_model, settings):
    """Rendered in full, the page reads its thread's comments too, except when it has none."""
    settings.FRAGMENT_CACHE_SECONDS = 0
    users = [django_user_model.objects.create_user(f"user{n}", password="pw") for n in range(5)]
    counts = {}
    for total in (0, 20, 200):
        add_comments(post, total - Comment.objects.count(), users)
        counts[total] = queries(post.url)
    assert counts[20] == counts[200] <= QUERY_BUDGET, counts
    assert counts[0] == counts[20] - 1, counts


def test_a_signed_in_reader_costs_no_more_than_the_budget(post, django_user_model, client):
    user = django_user_model.objects.create_user("reader", password="pw")
    add_comments(post, 30, [user])
    client.force_login(user)
    # The account is one more row to read than for a guest (the session is on the cache), and the
    # site's root page comes from the cache: within the budget all the same.
    assert queries(post.url, client) <= QUERY_BUDGET


def test_a_cached_post_shows_a_new_revision_once_published(post, committed):
    Client().get(post.url)
    post.title = "Fibromyalgia and sleep: what helps"
    with committed():
        post.save_revision().publish()
    assert "Fibromyalgia and sleep: what helps" in Client().get(post.url).content.decode()


def test_a_cached_post_shows_new_comment_counts(post, committed):
    Client().get(post.url)
    with committed():
        add_comments(post, 2, [None])
    html = Client().get(post.url).content.decode()
    assert "2 comentários" in html
    assert "Comment number 1." in html


def test_a_cached_post_shows_new_settings(post, committed):
    Client().get(post.url)
    with committed():
        PublisherSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True), defaults={"disclaimer": "<p>Updated disclaimer.</p>"}
        )
    assert "Updated disclaimer." in Client().get(post.url).content.decode()


def test_each_language_has_its_own_fragments(post):
    Client().get(post.url)
    english = Client().get(post.url, headers={"accept-language": "en"}).content.decode()
    assert "Medically reviewed by" in english
    assert "Revisado clinicamente por" in Client().get(post.url).content.decode()


def test_a_preview_never_comes_from_the_cache(post, rf):
    Client().get(post.url)
    post.title = "Unsaved working title"
    response = post.make_preview_request(rf.get(post.url), "")
    assert "Unsaved working title" in response.content.decode()
    assert "Unsaved working title" not in Client().get(post.url).content.decode()
