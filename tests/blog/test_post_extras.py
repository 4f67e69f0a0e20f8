"""Reading time on cards and posts, and previous/next links between posts of an index."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage, StoredRelatedPost
from blog.reading_time import body_texts, count_words, minutes_to_read
from tests.conftest import findings, items, raw, reference

ENGLISH = {"accept-language": "en"}


def words(count, word="word"):
    return " ".join([word] * count)


# --- Reading time ----------------------------------------------------------------------------------


def test_body_texts_reads_the_running_text_of_each_block():
    body = [
        raw("heading", {"text": "Two words", "level": "h2", "anchor": "ignored-anchor"}),
        raw("paragraph", "<p>Rich <b>text</b> &amp; entities</p><ul><li>listed item</li></ul>"),
        raw("key_points", {"title": "Points", "items": items([{"lead": "Lead", "text": "Point text"}])}),
        findings(["a"], title="Findings"),
        raw("callout", {"kind": "warning", "title": "Careful", "text": "<p>Callout text</p>"}),
        raw("quote", {"quote": "Quoted words", "attribution": "Someone", "cite_url": ""}),
        raw("call_to_action", {"heading": "Act", "text": "Now please", "button_label": "Go", "page": None, "url": ""}),
        raw("image", {"image": 1, "alt_text": "not counted", "caption": "not counted", "credit": ""}),
        raw("embed", {"url": "https://video.example/", "title": "not counted", "caption": ""}),
    ]
    texts = [" ".join(text.split()) for text in body_texts(body)]
    assert texts == [
        "Two words",
        "Rich text & entities listed item",
        "Points",
        "Lead",
        "Point text",
        "Findings",
        "Finding 1",
        "Text of the finding.",
        "Careful",
        "Callout text",
        "Quoted words",
        "Act",
        "Now please",
    ]


def test_body_texts_reads_list_blocks_stored_without_ids():
    body = [{"type": "key_points", "value": {"title": "", "items": [{"lead": "Old", "text": "format"}]}}]
    assert list(body_texts(body)) == ["Old", "format"]


@pytest.mark.parametrize(("count", "minutes"), [(0, 1), (1, 1), (299, 1), (300, 2), (499, 2), (500, 3), (2000, 10)])
def test_minutes_to_read(count, minutes):
    assert minutes_to_read(count) == minutes


def test_count_words():
    assert count_words("Dor crônica, não-específica: it's 2026.", None, "") == 5


def test_reading_time_on_post_and_cards(make_post):
    short = make_post(title="Short", intro="Ten words " * 5)
    long = make_post(
        title="Long",
        intro=words(100),
        body=[
            raw("paragraph", f"<p>{words(400)}</p>"),
            raw("heading", {"text": words(100), "level": "h2", "anchor": ""}),
        ],
    )
    client = Client(headers=ENGLISH)
    assert short.reading_minutes == 1
    assert long.reading_minutes == 3
    post = BeautifulSoup(client.get(long.url).content, "html.parser")
    assert post.select_one(".byline .reading-time").text == "Reading time: 3 minutes"
    home = BeautifulSoup(client.get("/").content, "html.parser")
    assert [span.text for span in home.select(".post-card .reading-time")] == [
        "Reading time: 3 minutes",
        "Reading time: 1 minute",
    ]


def test_reading_time_is_stored_with_each_published_revision(make_post):
    post = make_post(title="Growing", intro="Short.")
    assert BlogPage.objects.values_list("reading_minutes", flat=True).get(pk=post.pk) == 1
    post.body = [raw("paragraph", f"<p>{words(1000)}</p>")]
    post.save_revision().publish()
    assert BlogPage.objects.values_list("reading_minutes", flat=True).get(pk=post.pk) == 5
    # Saving other fields alone leaves the stored value as it is, and saving the body counts again.
    post.title = "Renamed"
    post.save(update_fields=["title"])
    post.body = [raw("paragraph", "<p>Short again.</p>")]
    post.save(update_fields=["body"])
    assert BlogPage.objects.values_list("reading_minutes", flat=True).get(pk=post.pk) == 1


def test_a_preview_counts_the_unsaved_body(make_post):
    post = make_post(title="Draft")
    post.body = [raw("paragraph", f"<p>{words(600)}</p>")]
    post.full_clean()  # what the editor's form runs before a preview is rendered
    assert post.reading_minutes == 3


def test_listing_cards_do_not_load_the_body(make_post):
    make_post(title="Card", body=[raw("paragraph", f"<p>{words(400)}</p>")])
    (card,) = BlogPage.objects.for_listing()
    assert {"body", "references"} <= card.get_deferred_fields()
    with CaptureQueriesContext(connection) as queries:
        assert card.reading_minutes == 2
    assert len(queries) == 0


# --- Previous and next -----------------------------------------------------------------------------


@pytest.fixture
def series(make_post, home):
    """Five posts a day apart, with a draft, a private post and another index's post in between."""
    posts = {
        name: make_post(title=name.title(), slug=name, date=datetime.date(2026, 6, day))
        for name, day in [("first", 1), ("second", 3), ("third", 5), ("fourth", 7)]
    }
    # Same day as "third", published later: comes after it, as in the listing.
    posts["fifth"] = make_post(title="Fifth", slug="fifth", date=datetime.date(2026, 6, 5))
    make_post(title="Draft", slug="draft", date=datetime.date(2026, 6, 4), publish=False)
    private = make_post(title="Private", slug="private", date=datetime.date(2026, 6, 4))
    private.view_restrictions.create(restriction_type="login")
    other_index = Page.get_first_root_node().add_child(instance=BlogIndexPage(title="Other", slug="other"))
    other_index.add_child(
        instance=BlogPage(
            title="Elsewhere", slug="elsewhere", date=datetime.date(2026, 6, 4), intro="x", body=[raw("paragraph", "x")]
        )
    )
    return posts


def nav(client, post):
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    links = html.select(".post-nav a")
    return {link["rel"][0]: link["href"] for link in links}


def test_previous_and_next_by_date(client, series):
    assert nav(client, series["first"]) == {"next": "/second/"}
    assert nav(client, series["second"]) == {"prev": "/first/", "next": "/third/"}
    assert nav(client, series["third"]) == {"prev": "/second/", "next": "/fifth/"}
    assert nav(client, series["fifth"]) == {"prev": "/third/", "next": "/fourth/"}
    assert nav(client, series["fourth"]) == {"prev": "/fifth/"}


def test_a_single_post_has_no_post_nav(client, make_post):
    post = make_post()
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert html.select_one(".post-nav") is None


def test_neighbours_take_one_query_however_many_posts(series, make_post):
    post = series["third"]
    with CaptureQueriesContext(connection) as queries:
        previous, following = BlogPage.objects.neighbours_of(post)
    assert (previous.slug, following.slug) == ("second", "fifth")
    assert len(queries) == 1
    for day in range(10, 28):
        make_post(date=datetime.date(2026, 6, day))
    with CaptureQueriesContext(connection) as queries:
        BlogPage.objects.neighbours_of(post)
    assert len(queries) == 1


def test_the_oldest_and_the_newest_post_have_one_neighbour(series):
    posts = sorted(BlogPage.objects.live(), key=lambda post: post.date)
    assert BlogPage.objects.neighbours_of(posts[0])[0] is None
    assert BlogPage.objects.neighbours_of(posts[0])[1] is not None
    assert BlogPage.objects.neighbours_of(posts[-1])[1] is None


def test_neighbours_are_looked_for_from_the_posts_date_on(series):
    """Each neighbour query bounds the date, so that the database reads the date index from the
    post's date instead of sorting every post of the index (the cost that grew with 10,000 posts)."""
    post = series["third"]
    with CaptureQueriesContext(connection) as queries:
        BlogPage.objects.neighbours_of(post)
    (both,) = (query["sql"] for query in queries.captured_queries)
    older, newer = both.split(" UNION ALL ")
    assert f'"blog_blogpage"."date" <= \'{post.date}\'::date AND' in older
    assert f'"blog_blogpage"."date" >= \'{post.date}\'::date AND' in newer
    assert "blog_post_date" in {index.name for index in BlogPage._meta.indexes}


def test_post_nav_is_stored_with_the_related_posts_and_read_in_the_same_query(client, series):
    url = series["third"].url
    client.get(url)  # chooses and stores both
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    statements = [query["sql"] for query in queries.captured_queries]
    assert sum("blog_storedrelatedpost" in sql for sql in statements) == 1
    assert not any("UNION ALL" in sql for sql in statements)  # neighbours_of() did not run
    assert nav(client, series["third"]) == {"prev": "/second/", "next": "/fifth/"}


def test_stored_post_nav_follows_publishing_and_unpublishing(client, series, make_post):
    assert nav(client, series["third"]) == {"prev": "/second/", "next": "/fifth/"}
    make_post(title="Fourth and a half", slug="between", date=datetime.date(2026, 6, 6))
    assert nav(client, series["third"]) == {"prev": "/second/", "next": "/fifth/"}
    assert nav(client, series["fifth"]) == {"prev": "/third/", "next": "/between/"}
    series["second"].unpublish()
    assert nav(client, series["third"]) == {"prev": "/first/", "next": "/fifth/"}


def test_a_choice_stored_without_neighbours_is_made_again(client, series):
    post = series["third"]
    nav(client, post)
    StoredRelatedPost.objects.filter(post=post).exclude(role=StoredRelatedPost.Role.RELATED).delete()
    assert nav(client, post) == {"prev": "/second/", "next": "/fifth/"}
    roles = StoredRelatedPost.objects.filter(post=post).values_list("role", flat=True)
    assert {"previous", "next"} <= set(roles)


def test_the_newest_post_stores_that_it_has_no_next_post(client, series):
    newest = series["fourth"]
    assert nav(client, newest) == {"prev": "/fifth/"}
    with CaptureQueriesContext(connection) as queries:
        surroundings = BlogPage.objects.surroundings(newest)
    assert len(queries) == 1
    assert (surroundings.previous.slug, surroundings.next) == ("fifth", None)


def test_preview_of_a_post_renders_without_neighbours_or_citation_box(make_post, rf):
    post = make_post(references=[reference("a")], body=[findings(["a"])])
    post.title = "Edited title"
    request = rf.get(post.url)
    response = post.make_preview_request(request, "")
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.h1.text == "Edited title"
    assert html.select_one(".post-nav") is None
