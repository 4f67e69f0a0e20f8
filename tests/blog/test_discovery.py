"""sitemap.xml, robots.txt and canonical links."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.test import Client

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def posts(make_post):
    make_post(title="Visible", slug="visible")
    make_post(title="Draft", slug="draft", publish=False)
    private = make_post(title="Private", slug="private")
    private.view_restrictions.create(restriction_type="password", password="secret")


def test_sitemap_lists_the_home_page_and_published_posts(client, posts):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)
    urls = root.findall("s:url", SITEMAP_NS)
    assert sorted(url.find("s:loc", SITEMAP_NS).text for url in urls) == [
        "http://localhost/",
        "http://localhost/2026/01/",
        "http://localhost/autor/ana-souza/",
        "http://localhost/visible/",
    ]
    lastmod = {url.find("s:loc", SITEMAP_NS).text: url.find("s:lastmod", SITEMAP_NS) for url in urls}
    assert lastmod["http://localhost/visible/"] is not None


def test_sitemap_lists_each_listing_with_published_posts_once(client, make_post, condition, person):
    make_post(conditions=[condition], tags=["sono", "diagnóstico"], date=datetime.date(2026, 3, 5))
    make_post(conditions=[condition], tags=["sono"], date=datetime.date(2026, 3, 20))
    make_post(tags=["draft-only"], publish=False)
    root = ET.fromstring(client.get("/sitemap.xml").content)
    lastmod = {
        url.find("s:loc", SITEMAP_NS).text: url.find("s:lastmod", SITEMAP_NS)
        for url in root.findall("s:url", SITEMAP_NS)
    }
    listings = sorted(location for location in lastmod if location.count("/") > 4)
    assert listings == [
        "http://localhost/2026/03/",
        "http://localhost/autor/ana-souza/",
        "http://localhost/condicao/fibromyalgia/",
        "http://localhost/tag/diagn%C3%B3stico/",
        "http://localhost/tag/sono/",
    ]
    for location in listings:
        assert client.get(location.removeprefix("http://localhost")).status_code == 200
        assert lastmod[location] is not None


def test_robots_txt(client, posts):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    lines = response.content.decode().splitlines()
    assert lines[:2] == ["User-agent: *", "Disallow: /admin/"]
    assert "Sitemap: http://localhost/sitemap.xml" in lines
    assert "{#" not in response.content.decode()


def test_robots_txt_does_not_publish_a_custom_admin_path(client, home, settings):
    settings.WAGTAIL_ADMIN_PATH = "staff-only-7f3/"
    assert "staff-only" not in client.get("/robots.txt").content.decode()


@pytest.mark.parametrize("query", ["", "?utm_source=x", "?page=2", "?%ff"])
def test_post_canonical_link_has_no_query(posts, query):
    response = Client(raise_request_exception=False).get("/visible/" + query)
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert [link["href"] for link in html.select("head link[rel=canonical]")] == ["http://localhost/visible/"]


def test_home_canonical(client, posts):
    html = BeautifulSoup(client.get("/?utm_source=x").content, "html.parser")
    assert [link["href"] for link in html.select("head link[rel=canonical]")] == ["http://localhost/"]
