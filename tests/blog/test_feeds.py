"""RSS and Atom feeds of the site, a condition, a tag and an author, read back with feedparser."""

import datetime
import html
import time

import feedparser
import pytest
from django.test import Client

from blog.feeds import FEED_LENGTH
from blog.models import Condition, Person


@pytest.fixture
def crps(db):
    return Condition.objects.create(name="CRPS", slug="crps")


@pytest.fixture
def other_author(db):
    return Person.objects.create(name="Beatriz Rocha", slug="beatriz-rocha")


@pytest.fixture
def library(make_post, person, other_author, condition, crps):
    make_post(
        title="Fibro & sleep",
        slug="fibro-sleep",
        intro="Why <sleep> matters.",
        date=datetime.date(2026, 3, 3),
        conditions=[condition],
        tags=["sleep"],
    )
    make_post(
        title="Both",
        slug="both",
        date=datetime.date(2026, 4, 1),
        conditions=[crps, condition],
        tags=["sleep", "diagnóstico"],
        authors=[person, other_author],
    )
    make_post(title="CRPS only", slug="crps-only", date=datetime.date(2026, 3, 20), conditions=[crps])
    make_post(title="Draft", date=datetime.date(2026, 5, 1), conditions=[condition], tags=["sleep"], publish=False)
    private = make_post(title="Private", date=datetime.date(2026, 5, 2), conditions=[condition], tags=["sleep"])
    private.view_restrictions.create(restriction_type="login")


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


FEEDS = [
    ("/feeds/{}/", ["Both", "CRPS only", "Fibro & sleep"]),
    ("/feeds/condicao/fibromyalgia/{}/", ["Both", "Fibro & sleep"]),
    ("/feeds/condicao/crps/{}/", ["Both", "CRPS only"]),
    ("/feeds/tag/sleep/{}/", ["Both", "Fibro & sleep"]),
    ("/feeds/tag/diagn%C3%B3stico/{}/", ["Both"]),
    ("/feeds/autor/beatriz-rocha/{}/", ["Both"]),
    ("/feeds/autor/ana-souza/{}/", ["Both", "CRPS only", "Fibro & sleep"]),
]


@pytest.mark.parametrize(
    ("feed_format", "content_type"), [("rss", "application/rss+xml"), ("atom", "application/atom+xml")]
)
@pytest.mark.parametrize(("url", "expected"), FEEDS)
def test_feeds_list_published_posts_newest_first(client, library, url, expected, feed_format, content_type):
    response, feed = parse(client, url.format(feed_format))
    assert response["Content-Type"].startswith(content_type)
    assert feed.version == ("rss20" if feed_format == "rss" else "atom10")
    assert [entry.title for entry in feed.entries] == expected


@pytest.mark.parametrize("feed_format", ["rss", "atom"])
def test_feed_items_carry_everything(client, library, feed_format):
    _, feed = parse(client, f"/feeds/{feed_format}/")
    assert feed.feed.title == "ZebraMedic"
    assert feed.feed.link == "http://localhost/"
    both, crps_only, fibro = feed.entries
    assert both.link == "http://localhost/both/"
    assert both.summary == "An introduction."
    assert fibro.title == "Fibro & sleep"
    assert html.unescape(fibro.summary) == "Why <sleep> matters."  # escaped text, not a <sleep> tag
    assert [author.name for author in both.authors] == ["Ana Souza", "Beatriz Rocha"]
    assert [author.name for author in crps_only.authors] == ["Ana Souza"]
    assert sorted(tag.term for tag in both.tags) == ["CRPS", "Fibromyalgia"]
    assert [tag.term for tag in fibro.tags] == ["Fibromyalgia"]
    published = datetime.date.fromtimestamp(time.mktime(both.published_parsed))
    assert abs(published - datetime.date(2026, 4, 1)) <= datetime.timedelta(days=1)  # midnight in São Paulo


def test_topic_feed_links_to_its_listing_and_itself(client, library):
    _, feed = parse(client, "/feeds/condicao/crps/atom/")
    assert feed.feed.link == "http://localhost/condicao/crps/"
    assert "CRPS" in feed.feed.title
    _, feed = parse(client, "/feeds/tag/diagn%C3%B3stico/rss/")
    links = {link.rel: link.href for link in feed.feed.links}
    assert links == {
        "alternate": "http://localhost/tag/diagn%C3%B3stico/",
        "self": "http://localhost/feeds/tag/diagn%C3%B3stico/rss/",
    }


def test_feed_is_capped(client, make_post):
    for day in range(1, FEED_LENGTH + 4):
        make_post(date=datetime.date(2026, 1, day))
    _, feed = parse(client, "/feeds/rss/")
    assert len(feed.entries) == FEED_LENGTH


def test_empty_feed_is_valid(client, home):
    _, feed = parse(client, "/feeds/atom/")
    assert feed.entries == []


@pytest.mark.parametrize(
    "url",
    [
        "/feeds/condicao/nope/rss/",
        "/feeds/tag/nope/atom/",
        "/feeds/autor/nope/rss/",
        "/feeds/json/",
        "/feeds/condicao/rss/",
        "/feeds/condicao/%ff/rss/",
        "/feeds/tag/%00/rss/",
    ],
)
def test_unknown_feeds_are_not_found(library, url):
    assert Client(raise_request_exception=False).get(url).status_code == 404


@pytest.mark.parametrize("url", ["/feeds/rss/?page=%ff", "/feeds/atom/?x[]=1", "/feeds/tag/sleep/rss/?%00"])
def test_query_strings_do_not_break_feeds(library, url):
    assert Client(raise_request_exception=False).get(url).status_code == 200


def test_site_without_a_blog_has_no_feed(db):
    from wagtail.models import Page, Site

    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": Page.get_first_root_node()}
    )
    assert Client(raise_request_exception=False).get("/feeds/rss/").status_code == 404


@pytest.mark.parametrize(
    ("url", "feeds"),
    [
        ("/", ["/feeds/rss/", "/feeds/atom/"]),
        (
            "/both/",
            [
                "/feeds/rss/",
                "/feeds/atom/",
                "/feeds/condicao/crps/rss/",
                "/feeds/condicao/crps/atom/",
                "/feeds/condicao/fibromyalgia/rss/",
                "/feeds/condicao/fibromyalgia/atom/",
            ],
        ),
    ],
)
def test_autodiscovery_on_home_and_posts(client, library, url, feeds):
    from bs4 import BeautifulSoup

    html = BeautifulSoup(client.get(url).content, "html.parser")
    links = html.select("head link[rel=alternate]")
    assert sorted(link["href"] for link in links) == sorted(feeds)
    assert {link["type"] for link in links} == {"application/rss+xml", "application/atom+xml"}
    assert all(link["title"] for link in links)
