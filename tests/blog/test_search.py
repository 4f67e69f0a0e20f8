"""Searching posts: title, intro, body and references; paginated, highlighted, never a 500."""

import pytest
from bs4 import BeautifulSoup

from blog.search import MAX_QUERY_LENGTH, clean_query, highlight
from tests.conftest import findings, raw, reference


def results(client, query, **params):
    response = client.get("/busca/", {"q": query, **params})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return html, [a.get_text() for a in html.select(".search-results h2 a")]


@pytest.fixture
def posts(make_post):
    return [
        make_post(title="Pacing with hypermobility", intro="Plan the week."),
        make_post(
            title="Sleep and fibromyalgia",
            intro="Rest matters.",
            body=[raw("paragraph", "<p>Gentle swimming helps.</p>")],
        ),
        make_post(
            title="Reading studies",
            body=[findings(["budapest"])],
            references=[reference("budapest", title="Validation of the Budapest criteria")],
        ),
        make_post(title="Draft about pacing", publish=False),
    ]


def test_finds_published_posts_by_title_intro_body_and_references(client, posts):
    assert results(client, "pacing")[1] == ["Pacing with hypermobility"]
    assert results(client, "rest")[1] == ["Sleep and fibromyalgia"]
    assert results(client, "swimming")[1] == ["Sleep and fibromyalgia"]
    assert results(client, "Budapest")[1] == ["Reading studies"]


def test_results_are_highlighted_and_not_indexed(client, posts):
    html, _ = results(client, "pacing")
    assert html.select_one(".search-results mark").text.lower() == "pacing"
    assert html.find("meta", attrs={"name": "robots"})["content"] == "noindex"


def test_pagination(client, make_post):
    for number in range(12):
        make_post(title=f"Fatigue note {number}")
    html, first = results(client, "fatigue")
    assert len(first) == 10
    _, second = results(client, "fatigue", page="2")
    assert len(second) == 2
    assert "page=2" in html.select_one(".pagination a[rel=next]")["href"]


@pytest.mark.parametrize(
    "query",
    ["", "   ", "x" * 10_000, '"unbalanced', "a'b\"c", "%00", "\x00", "<script>alert(1)</script>", "a & b | !c", "🦓"],
)
def test_odd_queries_answer_200(client, posts, query):
    response = client.get("/busca/", {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_helpers():
    assert len(clean_query("y" * 10_000)) == MAX_QUERY_LENGTH
    assert clean_query(" a\x00 b ") == "a b"
    assert str(highlight("Rest <b>well</b>", "rest b")) == "<mark>Rest</mark> &lt;b&gt;well&lt;/b&gt;"


def test_private_posts_are_not_found(client, make_post):
    hidden = make_post(title="Members only pacing")
    hidden.view_restrictions.create(restriction_type="login")
    make_post(title="Open pacing")
    assert results(client, "pacing")[1] == ["Open pacing"]


def test_matches_come_from_an_index_of_title_and_body(client, posts):
    """The backend matches `(title || body) @@ query`: a GIN index of that very expression finds
    them without reading every post's stored vectors (about 1 s for 10,000 posts before)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        results(client, "pacing")
    matched = '("wagtailsearch_indexentry"."title" || "wagtailsearch_indexentry"."body") @@'
    searches = [query["sql"] for query in queries.captured_queries if matched in query["sql"]]
    assert searches
    # A query with a named configuration is parsed once, not again for every matching row.
    assert all("to_tsquery('english'::regconfig" in sql for sql in searches)
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'blog_search_title_body'")
        assert cursor.fetchone()[0].endswith("USING gin (((title || body)))")
