"""Searching posts: title, intro, body and references; paginated, highlighted, never a 500."""

import datetime

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


def test_matches_come_from_the_indexed_search_document_and_only_titles_rank(client, posts):
    """Matches use `blog_search_document(title, body)`, which a GIN index covers and the planner
    knows to be costly (so it takes the index even when many posts match); ranking reads only the
    title vector, never the long body vector (blog/search_backend.py)."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert results(client, "pacing")[1] == ["Pacing with hypermobility"]
    document = 'blog_search_document("wagtailsearch_indexentry"."title", "wagtailsearch_indexentry"."body") @@'
    searches = [query["sql"] for query in queries.captured_queries if document in query["sql"]]
    assert len(searches) == 2  # the count and the page of results
    # A query with a named configuration is parsed once, not again for every matching row.
    assert all("to_tsquery('english'::regconfig" in sql for sql in searches)
    assert all('"title" || "wagtailsearch_indexentry"."body"' not in sql for sql in searches)
    ranked = [sql for sql in searches if " ORDER BY " in sql]
    assert len(ranked) == 1
    assert '"wagtailsearch_indexentry"."title"' in ranked[0].split(" ORDER BY ")[1]
    assert '"wagtailsearch_indexentry"."body"' not in ranked[0].split(" ORDER BY ")[1]
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = 'blog_search_document'")
        assert cursor.fetchone()[0].endswith("USING gin (blog_search_document(title, body))")
        cursor.execute("SELECT procost, proisstrict, provolatile FROM pg_proc WHERE proname = 'blog_search_document'")
        assert cursor.fetchone() == (10000, True, "i")


def test_posts_whose_title_matches_come_first_then_the_newest(client, make_post):
    # Created in another order than their dates: ties follow the date, not the row's age.
    make_post(title="Newer body match", intro="More on pacing.", date=datetime.date(2026, 5, 1))
    make_post(title="Older body match", intro="Notes on pacing.", date=datetime.date(2026, 3, 1))
    make_post(title="Pacing plans", intro="A week at a time.", date=datetime.date(2026, 1, 1))
    make_post(title="Unrelated", intro="Swimming.", date=datetime.date(2026, 6, 1))
    assert results(client, "pacing")[1] == ["Pacing plans", "Newer body match", "Older body match"]
