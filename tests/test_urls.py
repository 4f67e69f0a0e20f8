"""No address a reader can type gives a 500; unknown ones get our own 404 page."""

import pytest
from django.test import Client

READER_URLS = [
    "/nope/",
    "/nope",
    "/zebramedic/",
    "/post-1/extra/",
    "/%00/",
    "/%ff%fe/",
    "/" + "a" * 3000 + "/",
    "/../../etc/passwd",
    "/?page=%ff",
    "/?page[]=1",
    "/post-1/?page=x",
    "/documents/999/x.pdf",
    "/media/../settings.py",
    "/static/nothing.css",
    "/i18n/setlang/",
    "/<script>alert(1)</script>/",
    "/%E2%80%AE/",
    "/ /",
]


@pytest.mark.parametrize("url", READER_URLS)
def test_no_500_from_typed_urls(make_post, url):
    make_post()
    client = Client(raise_request_exception=False)
    response = client.get(url)
    assert response.status_code < 500, url
    assert response.status_code in (200, 301, 302, 400, 404, 405), (url, response.status_code)


def test_our_404_page(client, home):
    response = client.get("/no-such-post/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "ZebraMedic" in html
    assert 'href="/"' in html


def test_our_500_page_is_self_contained(client):
    from django.template.loader import get_template

    html = get_template("500.html").render({})
    assert "<html" in html and "ZebraMedic" in html
    assert "{%" not in html
