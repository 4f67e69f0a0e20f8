"""The read-only JSON API of posts (Wagtail API v2)."""

import datetime

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from tests.conftest import SEVEN_AUTHORS, findings, journal_article, people, raw, reference

POSTS = "/api/v2/posts/"


@pytest.fixture
def api_post(make_post, condition, person, reviewer):
    return make_post(
        title="Fibromyalgia and sleep",
        intro="What sleep research tells people with fibromyalgia.",
        conditions=[condition],
        tags=["sleep"],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 2),
        next_review_due=datetime.date(2027, 3, 2),
        body=[raw("paragraph", "<p>Sleep matters.</p>"), findings(["b"], ["a"])],
        references=[
            reference("a", title="Sleep and pain", pmid="30000001"),
            raw("reference", journal_article("b", people(*SEVEN_AUTHORS))),
        ],
    )


def test_listing_has_only_published_public_posts_newest_first(client, make_post, api_post):
    make_post(title="Draft", publish=False)
    private = make_post(title="Private")
    private.view_restrictions.create(restriction_type="password", password="secret")
    newer = make_post(title="Newer", date=datetime.date(2026, 10, 1))
    response = client.get(POSTS)
    assert response.status_code == 200
    data = response.json()
    assert data["meta"]["total_count"] == 2
    assert [item["title"] for item in data["items"]] == ["Newer", "Fibromyalgia and sleep"]
    first = data["items"][0]
    assert first["id"] == newer.pk
    assert first["meta"]["html_url"] == "http://localhost/post-4/"
    assert {"date", "intro", "authors", "conditions", "reviewer", "last_reviewed", "next_review_due"} <= first.keys()


def test_detail_carries_review_metadata_and_structured_references(client, api_post):
    data = client.get(f"{POSTS}{api_post.pk}/").json()
    assert data["title"] == "Fibromyalgia and sleep"
    assert data["authors"] == [
        {
            "name": "Ana Souza",
            "slug": "ana-souza",
            "credentials": "MD, PhD",
            "role": "Rheumatologist",
            "profile_url": "",
        }
    ]
    assert data["reviewer"]["name"] == "Carlos Lima"
    assert (data["last_reviewed"], data["next_review_due"]) == ("2026-03-02", "2027-03-02")
    assert data["conditions"] == [{"name": "Fibromyalgia", "slug": "fibromyalgia"}]
    assert data["tags"] == ["sleep"]
    assert data["reading_minutes"] == 1

    first, second = data["references"]
    assert (first["number"], first["cited"]) == (1, True)
    csl = first["csl"]
    assert csl["id"] == "b"
    assert csl["title"] == "The 2017 international classification of the Ehlers-Danlos syndromes"
    assert csl["DOI"] == "10.1002/ajmg.c.31552" and csl["PMID"] == "28306229"
    assert csl["issued"] == {"date-parts": [[2017]]}
    assert len(csl["author"]) == 7
    assert csl["author"][0] == {"family": "Malfait", "given": "F."}
    assert first["doi_url"] == "https://doi.org/10.1002/ajmg.c.31552"
    assert first["pubmed_url"] == "https://pubmed.ncbi.nlm.nih.gov/28306229/"
    assert first["vancouver"].startswith("Malfait F, Francomano C, Byers P, Belmont J, Berglund B, Black J, et al.")
    assert second["csl"]["title"] == "Sleep and pain"
    assert [block["type"] for block in data["body"]] == ["paragraph", "research_findings"]


def test_drafts_and_private_posts_are_not_found(client, make_post):
    draft = make_post(publish=False)
    private = make_post()
    private.view_restrictions.create(restriction_type="password", password="secret")
    assert client.get(f"{POSTS}{draft.pk}/").status_code == 404
    assert client.get(f"{POSTS}{private.pk}/").status_code == 404


def test_the_index_page_is_not_a_post(client, home, api_post):
    assert client.get(f"{POSTS}{home.pk}/").status_code == 404


@pytest.mark.parametrize(
    "query",
    [
        "?limit=abc",
        "?limit=-1",
        "?limit=100000",
        "?offset=x",
        "?offset=" + "9" * 23,
        "?offset=9223372036854775807",
        "?search=sleep&search_operator=xor",
        "?search_operator=%00",
        "?site=%00",
        "?order=nonsense",
        "?type=blog.BlogIndexPage",
        "?fields=nonexistent",
        "?child_of=abc",
        "?search=%00",
        "?search=" + "a" * 5000,
        "?date=notadate",
        "?%ff=%ff",
    ],
)
def test_bad_query_strings_get_a_clear_answer_not_a_500(api_post, query):
    response = Client(raise_request_exception=False).get(POSTS + query)
    assert response.status_code in (200, 400), response.content[:300]
    if response.status_code == 400:
        assert response.json()["message"]


@pytest.mark.parametrize("query", ["?search=sleep&search_operator=xor", "?title=%00", "?search=%00"])
def test_a_post_s_detail_refuses_malformed_filters_too(api_post, query):
    response = Client(raise_request_exception=False).get(f"{POSTS}{api_post.pk}/{query}")
    assert response.status_code == 400
    assert response.json()["message"]


@pytest.mark.parametrize(
    "query", ["?html_path=%00", "?html_path=/post%00/", "?html_path=/x/&%00=1", "?id=1%00", "?id=abc", "?id=%C2%B2"]
)
def test_find_refuses_malformed_parameters_with_a_clear_answer(api_post, query):
    response = Client(raise_request_exception=False).get(f"{POSTS}find/{query}")
    assert response.status_code == 400
    assert response.json()["message"]


def test_listing_queries_do_not_grow_with_posts(client, make_post, condition, reviewer):
    def count():
        with CaptureQueriesContext(connection) as queries:
            assert client.get(POSTS).status_code == 200
        return len(queries)

    for _ in range(3):
        make_post(conditions=[condition], tags=["sleep"], reviewer=reviewer)
    count()  # the first request also fills Django's and Wagtail's per-process caches
    with_three = count()
    for _ in range(12):
        make_post(conditions=[condition], tags=["pain"], reviewer=reviewer)
    assert count() == with_three
