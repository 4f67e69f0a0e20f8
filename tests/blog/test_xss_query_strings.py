"""The script-injection corpus in the search box and the reading query strings: shown as text, never run."""

import datetime
from urllib.parse import quote

import pytest

from blog.search import highlight
from tests.safe_html import injected, normalised, parse
from tests.xss_corpus import VECTORS


@pytest.fixture
def searchable(make_post, condition):
    # Words of the corpus in a title and intro, so that results come back with highlighted matches.
    return make_post(
        title="Script, img e svg: onerror, onload e javascript na dor crônica",
        intro="Alert, iframe, math, style, body, data, href e zmXss & <b>negrito</b>.",
        conditions=[condition],
        tags=["dor crônica"],
        date=datetime.date(2026, 3, 14),
    )


def test_every_vector_as_a_search_is_echoed_as_text(client, searchable):
    problems, with_results = [], 0
    for vector in VECTORS:
        response = client.get("/busca/", {"q": vector})
        if response.status_code != 200:
            problems.append(f"q={vector!r}: status {response.status_code}")
            continue
        soup = parse(response.content)
        problems.extend(f"q={vector!r}: {found}" for found in injected(soup))
        box = soup.select_one("input[name=q]")
        if normalised(box.get("value", "")) != normalised(vector.replace("\x00", " "))[:200].strip():
            problems.append(f"q={vector!r}: the search box shows {box.get('value')!r}")
        with_results += bool(soup.select("mark"))
    assert problems == []
    assert with_results >= 5  # highlighting ran on several of them


@pytest.mark.parametrize("word", ["amp", "lt", "gt", "quot", "x27", "39"])
def test_highlighting_never_splits_an_escaped_character(word):
    """Words like "amp", "lt" or "quot" are inside the entities escaping makes: marking them there
    would show "&amp;" to the reader instead of "&"."""
    text = 'Dor & <b>negrito</b> "sono" d\'água amp lt gt quot x27 39.'
    marked = parse(str(highlight(text, f"negrito {word}")))
    assert marked.text == text
    assert [mark.text for mark in marked.select("mark")] == ["negrito", word]


@pytest.mark.parametrize("path", ["/", "/condicao/fibromyalgia/", "/tag/", "/2026/03/", "/feeds/rss/"])
def test_every_vector_in_a_reading_query_string(client, searchable, path):
    if path == "/tag/":
        path = f"/tag/{searchable.tags.get().slug}/"
    problems = []
    for number, vector in enumerate(VECTORS):
        response = client.get(f"{path}?page={quote(vector)}&{quote(vector)}={number}")
        if response.status_code != 200:
            problems.append(f"{path} {vector!r}: status {response.status_code}")
        if response["Content-Type"].startswith("text/html"):
            problems.extend(f"{path} {vector!r}: {found}" for found in injected(response.content))
    assert problems == []


def test_every_vector_in_the_api_search_comes_back_as_json(client, searchable):
    for vector in VECTORS:
        response = client.get("/api/v2/posts/", {"search": vector})
        assert response.status_code in (200, 400), vector
        assert response["Content-Type"] == "application/json", vector
