"""Listings by condition, tag, author and month: filtering, breadcrumbs, links, 404s, query counts."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from blog.models import Condition, Person
from tests.conftest import make_image, raw


def titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.text for a in html.select(".post-card__title a")]


def get_html(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def crps(db):
    return Condition.objects.create(name="CRPS", slug="crps", description="Complex regional pain syndrome.")


@pytest.fixture
def other_author(db):
    return Person.objects.create(name="Beatriz Rocha", slug="beatriz-rocha", role="Physiotherapist")


@pytest.fixture
def library(make_post, person, other_author, condition, crps):
    """A handful of posts across conditions, tags, authors and months, plus a draft and a private post."""
    make_post(title="Fibro March", date=datetime.date(2026, 3, 3), conditions=[condition], tags=["sleep"])
    make_post(title="CRPS March", date=datetime.date(2026, 3, 20), conditions=[crps], authors=[other_author])
    make_post(
        title="Both April",
        date=datetime.date(2026, 4, 1),
        conditions=[condition, crps],
        tags=["sleep", "diagnóstico"],
        authors=[person, other_author],
    )
    make_post(title="Fibro February", date=datetime.date(2026, 2, 28), conditions=[condition])
    make_post(title="Draft", date=datetime.date(2026, 3, 10), conditions=[condition], tags=["sleep"], publish=False)
    private = make_post(title="Private", date=datetime.date(2026, 3, 11), conditions=[condition], tags=["sleep"])
    private.view_restrictions.create(restriction_type="login")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("/condicao/fibromyalgia/", ["Both April", "Fibro March", "Fibro February"]),
        ("/condicao/crps/", ["Both April", "CRPS March"]),
        ("/tag/sleep/", ["Both April", "Fibro March"]),
        ("/tag/diagn%C3%B3stico/", ["Both April"]),
        ("/autor/ana-souza/", ["Both April", "Fibro March", "Fibro February"]),
        ("/autor/beatriz-rocha/", ["Both April", "CRPS March"]),
        ("/2026/03/", ["CRPS March", "Fibro March"]),
        ("/2026/02/", ["Fibro February"]),
        ("/2026/04/", ["Both April"]),
    ],
)
def test_listings_show_published_posts_of_their_topic(client, library, url, expected):
    assert titles(client.get(url)) == expected


@pytest.mark.parametrize(
    ("url", "heading", "label"),
    [
        ("/condicao/crps/", "Posts about CRPS", "CRPS"),
        ("/tag/sleep/", "Posts tagged “sleep”", "#sleep"),
        ("/autor/beatriz-rocha/", "Posts by Beatriz Rocha", "Beatriz Rocha"),
        ("/2026/03/", "Posts from March 2026", "March 2026"),
    ],
)
def test_breadcrumb_heading_and_canonical(client, library, url, heading, label):
    html = get_html(Client(headers={"accept-language": "en"}), url)
    assert html.h1.text == heading
    nav = html.select_one("nav.breadcrumb")
    assert nav["aria-label"]
    items = nav.select("ol > li")
    assert [item.text.strip() for item in items] == ["ZebraMedic", label]
    assert items[0].a["href"] == "/"
    assert items[-1].a["aria-current"] == "page"
    assert items[-1].a["href"] == url
    assert nav.select("[aria-current]") == [items[-1].a]
    assert html.select_one("link[rel=canonical]")["href"] == f"http://localhost{url}"


def test_condition_description_and_author_role_are_shown(client, library):
    assert get_html(client, "/condicao/crps/").select_one(".index-intro").text == "Complex regional pain syndrome."
    assert get_html(client, "/autor/beatriz-rocha/").select_one(".index-intro").text == "Physiotherapist"


@pytest.mark.parametrize(
    ("url", "feed"),
    [
        ("/", "/feeds/"),
        ("/condicao/crps/", "/feeds/condicao/crps/"),
        ("/tag/sleep/", "/feeds/tag/sleep/"),
        ("/autor/beatriz-rocha/", "/feeds/autor/beatriz-rocha/"),
        ("/2026/03/", "/feeds/"),  # a month has no feed of its own: the site's
    ],
)
def test_each_listing_has_its_feed_links(client, library, url, feed):
    html = get_html(client, url)
    alternates = [(link["type"], link["href"]) for link in html.select("head link[rel=alternate]")]
    assert alternates == [("application/rss+xml", f"{feed}rss/"), ("application/atom+xml", f"{feed}atom/")]
    assert [a["href"] for a in html.select(".feed-links a")] == [f"{feed}rss/", f"{feed}atom/"]
    for link in html.select("head link[rel=alternate]"):
        assert client.get(link["href"]).status_code == 200


def test_pagination_ten_per_page_and_canonical(client, make_post, condition):
    for day in range(1, 13):
        make_post(title=f"Day {day:02d}", date=datetime.date(2026, 5, day), conditions=[condition])
    first = get_html(client, "/condicao/fibromyalgia/")
    assert len(first.select(".post-card")) == 10
    assert first.select_one("link[rel=canonical]")["href"] == "http://localhost/condicao/fibromyalgia/"
    assert first.select_one(".pagination a[rel=next]")["href"] == "?page=2"
    second = get_html(client, "/condicao/fibromyalgia/?page=2")
    assert [a.text for a in second.select(".post-card__title a")] == ["Day 02", "Day 01"]
    assert second.select_one("link[rel=canonical]")["href"] == "http://localhost/condicao/fibromyalgia/?page=2"
    assert "page 2" in second.title.text.lower() or "página 2" in second.title.text.lower()
    # ?page= beyond the end shows the last page, and says so in its canonical address.
    beyond = get_html(client, "/2026/05/?page=99")
    assert beyond.select_one("link[rel=canonical]")["href"] == "http://localhost/2026/05/?page=2"
    assert get_html(client, "/2026/05/?page=1").select_one("link[rel=canonical]")["href"] == "http://localhost/2026/05/"


def test_home_canonical_has_no_page_for_the_first_page(client, library):
    assert get_html(client, "/").select_one("link[rel=canonical]")["href"] == "http://localhost/"
    assert get_html(client, "/?page=1").select_one("link[rel=canonical]")["href"] == "http://localhost/"


def test_empty_listing_is_not_indexed(client, library):
    html = get_html(client, "/2020/01/")
    assert html.select(".post-card") == []
    assert html.select_one(".empty")
    assert html.select_one("meta[name=robots]")["content"] == "noindex"
    assert get_html(client, "/2026/03/").select_one("meta[name=robots]") is None


@pytest.mark.parametrize(
    "url",
    [
        "/condicao/nope/",
        "/tag/nope/",
        "/autor/nope/",
        "/2026/13/",
        "/2026/00/",
        "/0000/01/",
        "/2026/3/",
        "/20266/03/",
        "/2026/03/extra/",
        "/condicao/",
        "/condicao/crps/extra/",
        "/condicao/%ff/",
        "/tag/%00/",
        "/autor/<script>/",
        "/condicao/" + "a" * 3000 + "/",
    ],
)
def test_unknown_topics_and_impossible_months_are_not_found(library, url):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 404, url


@pytest.mark.parametrize(
    "url",
    [
        "/condicao/crps/?page=%ff",
        "/tag/sleep/?page[]=1",
        "/autor/ana-souza/?page=-1",
        "/2026/03/?page=" + "9" * 5000,
        "/9999/12/",
        "/0001/01/",
        "/2026/03/?page=1&page=x",
        "/condicao/crps/?%00=%00",
    ],
)
def test_odd_queries_give_a_page(library, url):
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 200, url


def test_cards_and_post_pages_link_to_listings(client, library, person, condition):
    html = get_html(client, "/")
    card = next(c for c in html.select(".post-card") if c.h2.text == "Both April")
    assert [a["href"] for a in card.select(".tags a")] == ["/condicao/crps/", "/condicao/fibromyalgia/"]
    assert [a["href"] for a in card.select(".post-card__author")] == ["/autor/ana-souza/", "/autor/beatriz-rocha/"]
    post = get_html(client, card.h2.a["href"])
    assert [a["href"] for a in post.select(".post-header .tags a")] == ["/condicao/crps/", "/condicao/fibromyalgia/"]
    assert sorted(a["href"] for a in post.select(".post-tags a")) == ["/tag/diagn%C3%B3stico/", "/tag/sleep/"]
    assert [a["href"] for a in post.select("a.byline__author")] == ["/autor/ana-souza/", "/autor/beatriz-rocha/"]
    assert post.select_one(".byline time a")["href"] == "/2026/04/"
    for href in [a["href"] for a in post.select(".tags a, a.byline__author, .byline time a")]:
        assert client.get(href).status_code == 200


# --- Query counts ----------------------------------------------------------------------------------

LISTINGS = ["/", "/condicao/fibromyalgia/", "/tag/sleep/", "/autor/ana-souza/", "/2026/03/"]


def rich_body(image_id):
    """A body whose image block would cost a query per card if listings parsed bodies into blocks."""
    return [
        raw("heading", {"text": "Section", "level": "h2", "anchor": ""}),
        raw("paragraph", "<p>Some words to read.</p>"),
        raw("image", {"image": image_id, "alt_text": "alt", "caption": "", "credit": ""}),
        raw(
            "call_to_action",
            {"heading": "Talk", "text": "To a specialist.", "button_label": "", "page": None, "url": ""},
        ),
    ]


def test_listing_query_counts_do_not_grow_with_posts(client, make_post, person, other_author, condition, crps):
    images = [make_image(f"Cover {n}") for n in range(3)]

    def add_posts(count, start):
        for number in range(start, start + count):
            make_post(
                title=f"Post {number}",
                date=datetime.date(2026, 3, 1 + number % 28),
                body=rich_body(images[number % 3].pk),
                featured_image=images[number % 3],
                featured_image_alt="cover",
                conditions=[condition, crps],
                tags=["sleep", "pain"],
                authors=[person, other_author],
            )

    def measure():
        counts = {}
        for url in LISTINGS:
            client.get(url)  # renditions are made on the first view
            with CaptureQueriesContext(connection) as queries:
                response = client.get(url)
            assert response.status_code == 200
            assert len(titles(response)) == 10
            counts[url] = len(queries)
        return counts

    add_posts(10, 0)
    with_ten = measure()
    add_posts(40, 10)
    with_fifty = measure()
    assert with_fifty == with_ten
    # Lookup of the topic, count, posts, authors, conditions, renditions, comment counts, publisher
    # settings (for link previews): a handful, not one per post.
    assert all(count <= 14 for count in with_ten.values()), with_ten


def test_published_excludes_posts_under_a_private_section(make_post, home):
    from blog.models import BlogPage

    make_post(title="Open")
    assert BlogPage.objects.published().count() == 1
    home.view_restrictions.create(restriction_type="login")
    assert BlogPage.objects.published().count() == 0
    assert set(BlogPage.objects.published()) == set(BlogPage.objects.live().public())


def test_a_card_shows_its_post_escaped_dated_and_pictured(client, make_post):
    make_post(
        title="Older",
        date=datetime.date(2026, 2, 1),
        featured_image=make_image("Older cover"),
        featured_image_alt="A cover",
    )
    make_post(
        title="<b>Pain</b> & sleep",
        intro="<script>x()</script>",
        date=datetime.date(2026, 3, 4),
        featured_image=make_image("Cover"),
        featured_image_alt="A cover",
    )
    cards = get_html(client, "/").select(".post-card")
    newest, older = cards[0], cards[1]
    assert newest.h2.text == "<b>Pain</b> & sleep" and newest.h2.find("b") is None
    assert newest.find("script") is None and newest.select_one(".post-card__intro").text == "<script>x()</script>"
    assert newest.time["datetime"] == "2026-03-04"
    assert newest.time.text == "4 de Março de 2026"
    # The first card's image is in view when the page opens; the others load as they scroll in.
    assert newest.select_one(".post-card__image img").get("loading") is None
    assert older.select_one(".post-card__image img")["loading"] == "lazy"
    assert {source["type"] for source in older.select(".post-card__image source")} == {"image/avif", "image/webp"}
    english = Client(headers={"accept-language": "en"}).get("/")
    assert "March 4, 2026" in BeautifulSoup(english.content, "html.parser").select_one(".post-card time").text


def test_a_listing_reads_the_cache_in_two_round_trips(library, condition, on_redis, redis_round_trips):
    """Site, generation, Wagtail's root paths, the root page and settings (blog.sites' hint); the
    listing's count and the site's share image, read together once the route names the listing."""
    from wagtail.models import Site

    from blog.models import PublisherSettings

    PublisherSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={"share_image": make_image("Brand"), "share_image_alt": "Logo"},
    )
    for url in ("/", f"/condicao/{condition.slug}/"):
        Client().get(url)  # fills the count and the share image's entry
        redis_round_trips.clear()
        html = get_html(Client(), url)
        assert ".fill-1200x630" in html.select_one('head meta[property="og:image"]')["content"]
        assert html.select(".post-card__title a")
        assert len(redis_round_trips) == 2, url
