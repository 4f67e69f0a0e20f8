"""Serving a page finds its site and root page in one query, as Wagtail would find them."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from blog.models import BlogIndexPage
from blog.sites import find_site_with_root


def found(rf, host):
    request = rf.get("/", HTTP_HOST=host)
    with CaptureQueriesContext(connection) as queries:
        site = find_site_with_root(request)
    return site, len(queries)


def wagtails(rf, host):
    return Site.find_for_request(rf.get("/", HTTP_HOST=host))


def same(ours, theirs):
    if theirs is None:
        return ours is None
    fields = [field.attname for field in Site._meta.concrete_fields]
    return [getattr(ours, name) for name in fields] == [getattr(theirs, name) for name in fields]


@pytest.fixture
def second_site(home):
    index = Page.get_first_root_node().add_child(instance=BlogIndexPage(title="Other", slug="other-home"))
    return Site.objects.create(hostname="other.example", port=80, root_page=index, site_name="Other")


@pytest.mark.parametrize("host", ["localhost", "other.example", "unknown.example", "other.example:8000"])
def test_each_host_gets_the_site_wagtail_picks_and_later_costs_no_query(rf, second_site, host):
    site, queries = found(rf, host)
    assert same(site, wagtails(rf, host))
    assert queries == 2  # Wagtail's own look-up and the root page as its own type, once
    site, queries = found(rf, host)
    assert same(site, wagtails(rf, host))
    assert queries == 0  # the site and its root page both come from the cache
    assert type(site.root_page) is BlogIndexPage
    with CaptureQueriesContext(connection) as more:
        assert site.root_page.specific is site.root_page
        assert site.root_page.title in ("ZebraMedic", "Other")
    assert len(more) == 0


def test_the_root_page_is_read_again_once_published(rf, home, committed):
    found(rf, "localhost")
    home.title = "ZebraMedic, renamed"
    with committed():
        home.save_revision().publish()
    site, queries = found(rf, "localhost")
    assert (site.root_page.title, queries) == ("ZebraMedic, renamed", 1)
    with committed():
        home.view_restrictions.create(restriction_type="login")
    site, queries = found(rf, "localhost")
    assert site.root_page.view_restricted is True and queries == 1


def test_a_host_no_site_answers_is_remembered_as_none(rf, home):
    Site.objects.update(is_default_site=False)
    assert found(rf, "nowhere.example") == (None, 1)
    assert found(rf, "nowhere.example") == (None, 0)


def test_changing_or_removing_a_site_is_seen_at_once(rf, home, second_site):
    found(rf, "other.example")
    second_site.site_name = "Renamed"
    second_site.save()
    assert found(rf, "other.example")[0].site_name == "Renamed"
    second_site.delete()
    site, _ = found(rf, "other.example")
    assert site.hostname == "localhost"  # the default site, as Wagtail falls back to it


def test_a_root_page_gone_behind_the_cache_falls_back_to_wagtail(rf, home, second_site, committed):
    found(rf, "other.example")
    Site.objects.filter(pk=second_site.pk).update(root_page=home)  # no signal: the cache is stale
    with committed():
        BlogIndexPage.objects.filter(slug="other-home").delete()
    site, _ = found(rf, "other.example")
    assert same(site, wagtails(rf, "other.example"))
    assert site.root_page.pk == home.pk
    found(rf, "other.example")
    assert found(rf, "other.example") == (site, 0)  # the stale entry was replaced


def test_a_post_page_reads_no_site_row_once_served(home, make_post):
    post = make_post(title="Pacing")
    client = Client()
    client.get(post.url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(post.url)
    assert response.status_code == 200 and b"Pacing" in response.content
    assert not [query for query in queries.captured_queries if 'FROM "wagtailcore_site"' in query["sql"]]


def test_views_that_only_need_the_site_read_no_site_row_once_known(home, make_post):
    # The feed, search and comment views ask for the site (settings, the blog index, addresses).
    from tests.comments.conftest import POST_URL, form_data

    post = make_post(title="Pacing")
    client = Client()
    for url in ("/feeds/rss/", "/busca/?q=pacing"):
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        assert not [query for query in queries.captured_queries if 'FROM "wagtailcore_site"' in query["sql"]], url
    client.post(POST_URL, form_data(post))
    with CaptureQueriesContext(connection) as queries:
        client.post(POST_URL, form_data(post, comment="Pacing helped me too."))
    tables = [query["sql"].split(" FROM ", 1)[-1].split(" ", 1)[0] for query in queries.captured_queries]
    assert '"wagtailcore_site"' not in tables
    assert '"wagtailcore_pageviewrestriction"' not in tables  # the post's privacy is read with it


def test_find_site_is_what_wagtail_finds_and_is_reused_on_the_request(rf, second_site):
    from blog.sites import find_site

    for host in ("localhost", "other.example", "unknown.example"):
        find_site(rf.get("/", HTTP_HOST=host))
        request = rf.get("/", HTTP_HOST=host)
        with CaptureQueriesContext(connection) as queries:
            site = find_site(request)
            assert Site.find_for_request(request) is site
        assert len(queries) == 0
        assert same(site, wagtails(rf, host))


def test_the_blog_index_of_a_site_is_found_in_one_query_and_never_a_private_one(rf, home, second_site):
    from blog.sites import site_blog_index

    request = rf.get("/", HTTP_HOST="other.example")
    site_blog_index(request)
    request = rf.get("/", HTTP_HOST="other.example")
    with CaptureQueriesContext(connection) as queries:
        assert site_blog_index(request).slug == "other-home"
    assert len(queries) == 1
    assert site_blog_index(rf.get("/", HTTP_HOST="localhost")).pk == home.pk
    home.view_restrictions.create(restriction_type="login")
    assert site_blog_index(rf.get("/", HTTP_HOST="localhost")) is None


def test_a_page_reads_its_root_page_and_settings_with_the_site_once_the_host_is_known(
    home, second_site, committed, on_redis, redis_round_trips, settings
):
    """The keys the host's last request read for its root page and settings are asked for with the
    site's: no round trip of their own, until a publish moves the content generation they name."""
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "other.example"]
    hosts = {"localhost": home, "other.example": second_site.root_page.specific}
    for host in hosts:
        Client().get("/", HTTP_HOST=host)  # the host's site, root page and settings are cached
    trips = {}
    for host, root in hosts.items():
        redis_round_trips.clear()
        assert f"<h1>{root.title}</h1>" in Client().get("/", HTTP_HOST=host).text
        trips[host] = len(redis_round_trips)
    home.title = "Renamed home"
    with committed():
        home.save_revision().publish()
    assert "<h1>Renamed home</h1>" in Client().get("/").text  # the hint named the old generation's keys
    redis_round_trips.clear()
    Client().get("/")
    assert (trips, len(redis_round_trips)) == ({"localhost": 2, "other.example": 2}, 2)
