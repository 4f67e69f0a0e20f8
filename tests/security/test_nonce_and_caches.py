"""Cached pages and fragments never carry a stale nonce: each response's nonce attributes match the
nonce of its own Content-Security-Policy header, whether the HTML was rendered now or cached."""

import re
from pathlib import Path

import pytest
from django.test import Client

ROOT = Path(__file__).resolve().parents[2]
NONCE_IN_HEADER = re.compile(r"'nonce-([A-Za-z0-9_-]+)'")
NONCE_IN_HTML = re.compile(r'nonce="([^"]*)"')


@pytest.fixture
def templates_using_nonces(tmp_path, settings):
    """Our own templates with an inline script in the page and an inline style in a cached fragment
    (the post's head, inside {% cache %}); no shipped template needs one yet."""
    (tmp_path / "jinja2" / "blog" / "includes").mkdir(parents=True)
    base = (ROOT / "templates" / "base.html").read_text()
    script = '<script nonce="{{ csp_nonce }}">document.documentElement.dataset.ok = "1";</script>\n</head>'
    (tmp_path / "base.html").write_text(base.replace("</head>", script, 1))
    head_links = (ROOT / "templates" / "jinja2" / "blog" / "includes" / "head_links.html").read_text()
    style = '<style nonce="{{ csp_nonce }}">.post{color:inherit}</style>\n'
    (tmp_path / "jinja2" / "blog" / "includes" / "head_links.html").write_text(head_links + style)
    django_engine, jinja_engine = settings.TEMPLATES  # Jinja2 prints the post's head (blog_tags.post_head)
    settings.TEMPLATES = [
        {**django_engine, "DIRS": [tmp_path, *django_engine["DIRS"]]},
        {**jinja_engine, "DIRS": [tmp_path / "jinja2", *jinja_engine["DIRS"]]},
    ]


@pytest.fixture
def caches_on(settings):
    settings.PAGE_CACHE_SECONDS = 600
    settings.FRAGMENT_CACHE_SECONDS = 600


def nonces(response):
    """(the header's nonce, the nonces of the page's elements)."""
    assert response.status_code == 200
    header = NONCE_IN_HEADER.findall(response["Content-Security-Policy"])
    assert len(set(header)) == 1, response["Content-Security-Policy"]
    return header[0], NONCE_IN_HTML.findall(response.content.decode())


def test_each_response_from_the_page_cache_has_its_own_matching_nonce(templates_using_nonces, caches_on, make_post):
    post = make_post(title="Living with CRPS")
    seen = set()
    for expected in ("miss", "hit", "hit"):
        response = Client().get(post.url)
        assert response.get("X-Page-Cache") == expected
        header, in_html = nonces(response)
        assert in_html == [header, header]  # the fragment's style and the page's script
        seen.add(header)
    assert len(seen) == 3


def test_cached_fragments_shown_to_a_signed_in_reader_carry_that_response_s_nonce(
    templates_using_nonces, caches_on, make_post, django_user_model
):
    post = make_post(title="Living with CRPS")
    reader = Client()
    reader.force_login(django_user_model.objects.create_user("reader", "reader@example.org", "pw"))
    first_header, first_html = nonces(reader.get(post.url))  # renders and stores the fragments
    second = reader.get(post.url)
    assert "X-Page-Cache" not in second  # the page is rendered for a signed-in reader...
    second_header, second_html = nonces(second)  # ...from the stored fragments
    assert first_html == [first_header, first_header]
    assert second_html == [second_header, second_header]
    assert second_header != first_header


def test_no_placeholder_ever_reaches_a_reader(templates_using_nonces, caches_on, make_post):
    post = make_post(title="Living with CRPS")
    for _ in range(2):
        assert b"\x00" not in Client().get(post.url).content
