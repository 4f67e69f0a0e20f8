"""The home page lists posts newest first, ten to a page, whatever ?page= says."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from blog.models import BlogIndexPage, BlogPage
from blog.pagination import page_number
from tests.conftest import make_image


def titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in html.select(".post-card__title a")]


@pytest.fixture
def posts(make_post):
    # Created out of date order on purpose: the listing orders by publication date.
    return [
        make_post(title=f"Day {day:02d}", date=datetime.date(2026, 3, day))
        for day in (5, 1, 23, 9, 14, 2, 17, 30, 11, 8, 20, 26)
    ]


def test_newest_first_ten_per_page(client, posts):
    first = client.get("/")
    assert first.status_code == 200
    assert titles(first) == [f"Day {d:02d}" for d in (30, 26, 23, 20, 17, 14, 11, 9, 8, 5)]
    assert titles(client.get("/?page=2")) == ["Day 02", "Day 01"]


@pytest.mark.parametrize(
    ("query", "expected_first"),
    [
        ("", "Day 30"),
        ("?page=1", "Day 30"),
        ("?page=0", "Day 30"),
        ("?page=-3", "Day 30"),
        ("?page=abc", "Day 30"),
        ("?page=", "Day 30"),
        ("?page=1.5", "Day 30"),
        ("?page=%00", "Day 30"),
        ("?page=" + "9" * 5000, "Day 30"),
        ("?page=" + "9" * 30, "Day 02"),
        ("?page=99", "Day 02"),
        ("?page=2&page=1", "Day 30"),
    ],
)
def test_bad_page_numbers_give_a_sensible_page(client, posts, query, expected_first):
    response = client.get("/" + query)
    assert response.status_code == 200
    assert titles(response)[0] == expected_first


@pytest.mark.parametrize(
    ("raw", "expected"), [(None, 1), ("3", 3), (" 2 ", 2), ("7", 5), ("0", 1), ("-1", 1), ("x", 1), ("١", 1)]
)
def test_page_number(raw, expected):
    assert page_number(raw, last=5) == expected


def test_drafts_and_private_posts_are_not_listed(client, make_post, home):
    make_post(title="Visible")
    make_post(title="Draft", publish=False)
    private = make_post(title="Private")
    private.view_restrictions.create(restriction_type="login")
    assert titles(client.get("/")) == ["Visible"]


def test_empty_index_in_both_languages(client, home):
    response = client.get("/")
    assert response.status_code == 200
    assert "Nenhum post foi publicado ainda." in response.content.decode()
    english = client.get("/", headers={"accept-language": "en"})
    assert "No posts have been published yet." in english.content.decode()


def test_listing_query_count_is_constant(client, make_post, person, condition):
    def measure():
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/").status_code == 200
        return len(queries)

    make_post(featured_image=make_image("c0"), featured_image_alt="x", conditions=[condition])
    client.get("/")
    one = measure()
    for n in range(1, 10):
        make_post(featured_image=make_image(f"c{n}"), featured_image_alt="x", conditions=[condition], tags=["t"])
    client.get("/")
    assert measure() == one


def test_page_tree_rules(home):
    root = Page.get_first_root_node()
    assert BlogIndexPage.can_create_at(root)
    assert not BlogPage.can_create_at(root)
    assert BlogPage.can_create_at(home)
    assert not BlogIndexPage.can_create_at(home)
    assert BlogPage.allowed_subpage_models() == []


def counts_posts(queries):
    return any(q["sql"].startswith("SELECT COUNT(*)") for q in queries.captured_queries)


def pages_shown(response):
    nav = BeautifulSoup(response.content, "html.parser").select_one(".pagination span")
    return nav.get_text(strip=True) if nav else None


def test_a_listing_counts_its_posts_once_until_what_it_holds_changes(client, posts, make_post, committed):
    # Counting every post cost PostgreSQL more than any other query of a listing on 10,000 posts.
    with CaptureQueriesContext(connection) as first:
        assert pages_shown(client.get("/")) == "Página 1 de 2"
    with CaptureQueriesContext(connection) as second:
        assert pages_shown(client.get("/?page=2")) == "Página 2 de 2"
    assert counts_posts(first) and not counts_posts(second)
    with committed():
        for day in range(9):
            make_post(title=f"April {day}", date=datetime.date(2026, 4, day + 1))
    assert pages_shown(client.get("/")) == "Página 1 de 3"
    with committed():
        BlogPage.objects.get(title="April 0").unpublish()
    assert pages_shown(client.get("/")) == "Página 1 de 2"
    with committed():
        private = BlogPage.objects.get(title="April 1")
        private.view_restrictions.create(restriction_type="login")
    assert "April 1" not in titles(client.get("/"))
    assert pages_shown(client.get("/?page=2")) == "Página 2 de 2"
    assert len(titles(client.get("/?page=2"))) == 9  # 19 posts shown, 10 + 9


def test_topic_listings_count_their_own_posts(client, make_post, condition):
    for day in range(1, 12):
        make_post(title=f"CRPS {day}", conditions=[condition], date=datetime.date(2026, 5, day))
    make_post(title="Elsewhere")
    assert pages_shown(client.get("/")) == "Página 1 de 2"
    topic = client.get(f"/condicao/{condition.slug}/")
    assert pages_shown(topic) == "Página 1 de 2"
    assert len(titles(client.get(f"/condicao/{condition.slug}/?page=2"))) == 1
