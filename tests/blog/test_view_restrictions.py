"""Pages find their view restrictions in one query, exactly the ones Wagtail's own check finds."""

import pytest
from django.contrib.auth.models import Group
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, PageViewRestriction

from blog.models import BlogIndexPage
from blog.view_restrictions import RESTRICTED, view_restricted


def wagtails(page):
    return set(Page.get_view_restrictions(page).values_list("pk", flat=True))


def ours(page):
    with CaptureQueriesContext(connection) as queries:
        found = set(page.get_view_restrictions().values_list("pk", flat=True))
    assert len(queries) == 1
    # Loaded with view_restricted(), the page knows whether it has any, and asks only when it has.
    loaded = type(page).objects.annotate(**{RESTRICTED: view_restricted()}).get(pk=page.pk)
    assert getattr(loaded, RESTRICTED) is bool(found)
    with CaptureQueriesContext(connection) as queries:
        assert set(loaded.get_view_restrictions().values_list("pk", flat=True)) == found
    assert len(queries) == (1 if found else 0)
    return found


def restrict(page, kind=PageViewRestriction.PASSWORD):
    return PageViewRestriction.objects.create(page=page, restriction_type=kind, password="secret")


@pytest.fixture
def other_index(home):
    return Page.get_first_root_node().add_child(instance=BlogIndexPage(title="Elsewhere", slug="elsewhere"))


@pytest.fixture
def post(make_post):
    return make_post(title="Pacing")


def test_an_open_page_has_none(home, post):
    assert ours(post) == wagtails(post) == set()
    assert ours(home) == wagtails(home) == set()


@pytest.mark.parametrize("where", ["post", "index", "root"])
def test_restrictions_on_the_page_or_any_ancestor_count(home, post, where):
    target = {"post": post, "index": home, "root": Page.get_first_root_node()}[where]
    restriction = restrict(target)
    assert ours(post) == wagtails(post) == {restriction.pk}


def test_a_restriction_on_a_sibling_or_a_child_does_not(home, post, make_post):
    restrict(make_post(title="Sibling"))
    assert ours(post) == wagtails(post) == set()
    assert ours(home) == wagtails(home) == set()


def test_an_alias_carries_its_sources_restrictions_not_its_parents_own_page(home, post, other_index):
    alias = post.create_alias(parent=other_index)
    on_source = restrict(post)
    on_other_index = restrict(other_index, PageViewRestriction.LOGIN)
    assert ours(alias) == wagtails(alias) == {on_source.pk, on_other_index.pk}
    assert ours(post) == wagtails(post) == {on_source.pk}


def test_a_page_under_an_alias_gets_the_restrictions_of_the_aliased_index(home, post, other_index):
    alias_of_index = home.create_alias(parent=other_index, update_slug="mirror", recursive=True)
    child = alias_of_index.get_children().specific().get()
    assert child.alias_of_id == post.pk
    on_home = restrict(home, PageViewRestriction.GROUPS)
    on_home.groups.add(Group.objects.create(name="Members"))
    assert ours(child) == wagtails(child) == {on_home.pk}


def test_a_restricted_post_still_asks_for_its_password_and_an_open_one_is_served(home, post, make_post):
    restrict(home)
    response = Client().get(post.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert b"Pacing" not in response.content.split(b"<body", 1)[1]

    PageViewRestriction.objects.all().delete()
    assert b"Pacing" in Client().get(post.url).content


def test_a_restricted_home_page_asks_for_its_password(home, post):
    restrict(home)
    response = Client().get(home.url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert b"Pacing" not in response.content.split(b"<body", 1)[1]


@pytest.mark.parametrize("which", ["home", "post"])
def test_a_page_served_without_restrictions_runs_no_privacy_query(home, post, which):
    url = {"home": home, "post": post}[which].url
    client = Client()
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    reads = [query for query in queries.captured_queries if query["sql"].startswith(RESTRICTIONS_READ)]
    assert not reads


RESTRICTIONS_READ = 'SELECT "wagtailcore_pageviewrestriction"'  # as a query of its own, not a subquery
