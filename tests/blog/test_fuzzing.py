"""Properties: whatever the query string (or a listing's path words) says, no reading address answers 500.

The search, every kind of listing, a post page's thread parameters, the feeds and the JSON API,
with generated parameters: repeated, arrays (q[]), invalid UTF-8, NUL, digits of other scripts.
"""

import datetime
from urllib.parse import quote

import pytest
from django.test import Client
from hypothesis import given
from hypothesis import strategies as st

from tests.comments.conftest import approved_comment
from tests.fuzzing import BUDGET, fuzz_settings, numberish, query_strings, run_counted, text_values, wire_values


@pytest.fixture
def site(make_post, condition, person):
    post = make_post(
        title="Sono e dor crônica",
        intro="Dormir bem reduz a dor <b>difusa</b> & o cansaço.",
        conditions=[condition],
        tags=["dor crônica", "sono"],
        date=datetime.date(2026, 3, 14),
    )
    approved_comment(post, "Um comentário.")
    return post


def answered(response, address):
    assert response.status_code < 500, (response.status_code, address)
    return response


def test_the_budget_is_at_least_two_thousand_inputs_a_run():
    assert sum(BUDGET.values()) >= 2000


def test_search(site, client):
    def prop(seen):
        @fuzz_settings("search")
        @given(query=query_strings(["q", "page"]), q=wire_values)
        def check(query, q):
            seen.append(1)
            address = f"/busca/?q={q}&{query}"
            answered(client.get(address), address)

        check()

    run_counted("search", prop)


LISTINGS = ["/", "/condicao/fibromyalgia/", "/tag/dor-cronica/", "/autor/ana-souza/", "/2026/03/"]


def test_listings(site, client):
    path_word = st.one_of(text_values, numberish).map(quote)
    paths = st.one_of(
        st.sampled_from(LISTINGS),
        st.tuples(st.sampled_from(["condicao", "tag", "autor"]), path_word).map(lambda kind: f"/{kind[0]}/{kind[1]}/"),
        st.tuples(numberish, numberish).map(lambda month: f"/{month[0]}/{month[1]}/"),
    )

    def prop(seen):
        @fuzz_settings("listings")
        @given(path=paths, query=query_strings(["page"]))
        def check(path, query):
            seen.append(1)
            address = f"{path}?{query}"
            answered(client.get(address), address)

        check()

    run_counted("listings", prop)


def test_post_page_thread_parameters(site, client):
    def prop(seen):
        @fuzz_settings("post_page")
        @given(query=query_strings(["comments-page", "comments-order", "reply-to"]))
        def check(query):
            seen.append(1)
            address = f"{site.url}?{query}"
            answered(client.get(address), address)

        check()

    run_counted("post_page", prop)


FEEDS = ["/feeds/rss/", "/feeds/atom/", "/feeds/tag/dor-cronica/rss/", "/feeds/condicao/fibromyalgia/atom/"]


def test_feeds(site, client):
    def prop(seen):
        @fuzz_settings("feeds")
        @given(feed=st.sampled_from(FEEDS), query=query_strings(["page", "format"]))
        def check(feed, query):
            seen.append(1)
            address = f"{feed}?{query}"
            answered(client.get(address), address)

        check()

    run_counted("feeds", prop)


API_PARAMETERS = [
    "limit",
    "offset",
    "order",
    "fields",
    "search",
    "search_operator",
    "child_of",
    "descendant_of",
    "id",
    "slug",
    "title",
    "date",
    "locale",
    "translation_of",
    "html_path",
    "site",
    "format",
    "type",
]


def test_api(site, db):
    # DRF answers its own errors; a 500 would come back as a response, not an exception.
    client = Client(raise_request_exception=True)
    endpoints = st.sampled_from(["/api/v2/posts/", "/api/v2/posts/find/", f"/api/v2/posts/{site.pk}/"])

    def prop(seen):
        @fuzz_settings("api")
        @given(endpoint=endpoints, query=query_strings(API_PARAMETERS))
        def check(endpoint, query):
            seen.append(1)
            address = f"{endpoint}?{query}"
            answered(client.get(address), address)

        check()

    run_counted("api", prop)
