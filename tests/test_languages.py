"""pt-BR is the default interface language and English is complete: <html lang>, headings, dates."""

import datetime

import pytest
from bs4 import BeautifulSoup


@pytest.fixture
def post(make_post):
    return make_post(title="Dor e sono", date=datetime.date(2026, 3, 14))


def page_html(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_brazilian_portuguese_by_default(client, post):
    html = page_html(client, post.url)
    assert html.html["lang"] == "pt-br"
    assert html.select_one("#comments-title").contents[0].strip() == "Comentários"
    assert "14 de Março de 2026" in html.select_one(".byline").text
    assert html.select_one(".skip-link").text == "Pular para o conteúdo"


def test_a_language_the_site_does_not_offer_gets_brazilian_portuguese(client, post):
    assert page_html(client, post.url, HTTP_ACCEPT_LANGUAGE="es-ES,es;q=0.9").html["lang"] == "pt-br"


def test_english_for_browsers_that_ask_for_it(client, post):
    html = page_html(client, post.url, HTTP_ACCEPT_LANGUAGE="en-GB,en;q=0.8")
    assert html.html["lang"] == "en"
    assert html.select_one("#comments-title").contents[0].strip() == "Comments"
    assert "March 14, 2026" in html.select_one(".byline").text
    assert html.select_one(".skip-link").text == "Skip to content"


def test_switcher_posts_to_set_language_and_comes_back_to_the_same_page(client, post):
    html = page_html(client, post.url + "?comments-order=newest")
    form = html.select_one("form.language-switcher")
    assert form["action"] == "/i18n/setlang/" and form["method"] == "post"
    assert form.select_one("input[name=next]")["value"] == post.url + "?comments-order=newest"
    assert [button["value"] for button in form.select("button[name=language]")] == ["en"]
    assert form.select_one("[aria-current]").text == "Português Brasileiro"

    response = client.post("/i18n/setlang/", {"language": "en", "next": post.url})
    assert response.status_code == 302 and response["Location"] == post.url
    html = page_html(client, post.url)
    assert html.html["lang"] == "en"
    assert [button["value"] for button in html.select("form.language-switcher button")] == ["pt-br"]


def test_switcher_never_sends_the_reader_to_another_site(client, post):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "https://evil.example/"})
    assert response.status_code == 302 and response["Location"] == "/"


def test_switching_language_needs_no_csrf_token(post):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post("/i18n/setlang/", {"language": "en", "next": post.url})
    assert response.status_code == 302
    assert client.cookies["django_language"].value == "en"
