"""The page cache serves anonymous readers and is never stale: publishing, moderation and settings
changes are seen at once; signed-in readers and readers with a session never get a cached page."""

import re
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.middleware.csrf import _unmask_cipher_token
from django.test import Client
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

from blog.models import PublisherSettings
from blog.page_cache import SITE_GENERATION, generation
from comments.models import Comment, DiscussionSettings, Reaction, Status
from tests.comments.conftest import approved_comment, form_data


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PAGE_CACHE_SECONDS = 600


@pytest.fixture
def post(make_post):
    return make_post(title="Living with CRPS", slug="living-with-crps")


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200
    return response


def cache_state(response):
    return response.get("X-Page-Cache")


def test_second_anonymous_view_is_served_from_the_cache_without_queries(client, post):
    first = get(client, post.url)
    assert cache_state(first) == "miss"
    with CaptureQueriesContext(connection) as queries:
        second = get(Client(), post.url)
    assert cache_state(second) == "hit"
    assert len(queries) == 0
    strip = lambda response: BeautifulSoup(response.content, "html.parser").select_one("main").get_text()  # noqa: E731
    assert strip(second) == strip(first)
    assert second["Content-Type"] == first["Content-Type"]
    assert "private" in second["Cache-Control"] and "max-age=0" in second["Cache-Control"]


def test_a_cached_page_hands_each_reader_a_working_csrf_token(post, django_capture_on_commit_callbacks):
    get(Client(), post.url)  # stored
    reader = Client(enforce_csrf_checks=True)
    page = get(reader, post.url)
    assert cache_state(page) == "hit"
    token = BeautifulSoup(page.content, "html.parser").select_one("form.comment-form input[name=csrfmiddlewaretoken]")
    assert token["value"] and "\x00" not in token["value"]
    assert reader.cookies["csrftoken"].value
    data = form_data(post, comment="Mirror therapy helped me.", csrfmiddlewaretoken=token["value"])
    with django_capture_on_commit_callbacks(execute=True):
        response = reader.post("/comentarios/enviar/", data)
    assert response.status_code == 302, response.content[:500]
    assert Comment.objects.filter(comment="Mirror therapy helped me.").exists()


def test_a_hit_carries_the_headers_a_rendered_page_gets(client, post, settings):
    """A hit is answered before most middlewares run: it must still say what they said."""
    settings.SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
    first, second = get(Client(), post.url), get(Client(), post.url)
    assert (cache_state(first), cache_state(second)) == ("miss", "hit")
    nonce = re.compile(r"'nonce-[A-Za-z0-9_-]+'")
    headers = lambda response: {  # noqa: E731
        name: nonce.sub("'nonce-…'", value) for name, value in response.items() if name != "X-Page-Cache"
    }
    assert headers(second) == headers(first)
    for name in ("Content-Security-Policy", "Permissions-Policy", "X-Frame-Options", "Content-Language", "Vary"):
        assert second[name], name
    assert second["Content-Length"] == str(len(second.content))


def test_a_hit_keeps_the_readers_own_csrf_cookie(post):
    get(Client(), post.url)  # stored
    reader = Client()
    assert "csrftoken" in get(reader, post.url).cookies  # a first hit hands out a CSRF cookie
    secret = reader.cookies["csrftoken"].value
    page = get(reader, post.url)
    assert cache_state(page) == "hit"
    assert page.cookies["csrftoken"].value == secret  # sent again, as Django does, not replaced
    token = BeautifulSoup(page.content, "html.parser").select_one("input[name=csrfmiddlewaretoken]")["value"]
    assert _unmask_cipher_token(token) == secret


def test_plain_http_is_redirected_to_https_even_for_a_cached_page(post, settings):
    get(Client(), post.url)  # stored
    settings.SECURE_SSL_REDIRECT = True
    response = Client().get(post.url)
    assert response.status_code == 301 and response["Location"].startswith("https://")


def test_publishing_a_post_is_seen_at_once_on_the_home_page(client, post, make_post, committed):
    get(client, "/")
    assert cache_state(get(client, "/")) == "hit"
    with committed():
        make_post(title="A brand new post")
    response = get(client, "/")
    assert cache_state(response) == "miss"
    assert "A brand new post" in response.content.decode()


def test_editing_and_unpublishing_a_post_is_seen_at_once(client, post, committed):
    get(client, post.url)
    post.title = "Living with CRPS, revised"
    with committed():
        post.save_revision().publish()
    assert "Living with CRPS, revised" in get(client, post.url).content.decode()
    with committed():
        post.unpublish()
    assert client.get(post.url).status_code == 404


def test_making_a_post_private_is_seen_at_once_on_the_post_and_the_home_page(client, post, committed):
    # A restriction is saved without any publish: the cached page must not outlive it.
    get(client, post.url)
    get(client, "/")
    assert cache_state(get(client, post.url)) == "hit"
    with committed():
        restriction = PageViewRestriction.objects.create(
            page=post, restriction_type=PageViewRestriction.PASSWORD, password="members-only"
        )
    private = get(client, post.url)
    assert cache_state(private) != "hit"
    assert 'name="password"' in private.content.decode()
    assert "Living with CRPS" not in get(client, "/").content.decode()
    with committed():
        restriction.delete()
    assert "Living with CRPS" in get(client, "/").content.decode()
    assert 'name="password"' not in get(client, post.url).content.decode()


def test_an_approved_comment_is_seen_at_once_on_the_post_and_in_listing_counts(client, post, committed):
    get(client, post.url)
    get(client, "/")
    with committed():
        comment = Comment.objects.create(
            content_object=post,
            site_id=1,
            name="Maria",
            email="maria@example.org",
            comment="Pacing made the difference for me.",
            status=Status.PENDING,
            is_public=False,
        )
    assert "Pacing made the difference" not in get(client, post.url).content.decode()
    comment.status, comment.is_public = Status.APPROVED, True
    with committed():
        comment.save()
    assert "Pacing made the difference" in get(client, post.url).content.decode()
    card = BeautifulSoup(get(client, "/").content, "html.parser").select_one(".post-card")
    assert "1 comentário" in card.get_text(" ", strip=True)


def test_a_like_is_seen_at_once(client, post, committed):
    comment = Comment.objects.create(
        content_object=post, site_id=1, name="Ana", email="ana@example.org", comment="Thanks!", status=Status.APPROVED
    )
    get(client, post.url)
    with committed():
        Reaction.objects.create(comment=comment, kind=Reaction.Kind.LIKE, reader_key=f"session:{uuid.uuid4().hex}")
    likes = BeautifulSoup(get(client, post.url).content, "html.parser").select_one(".comment__likes")
    assert likes.get_text() == "1"


def test_settings_changes_flush_every_page(client, post, committed):
    get(client, post.url)
    with committed():
        PublisherSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True), defaults={"blurb": "<p>Written by patients.</p>"}
        )
    assert "Written by patients." in get(client, post.url).content.decode()


def test_a_sites_first_read_of_its_settings_keeps_every_cached_page(client, post, committed):
    """Wagtail creates the settings rows on their first read, with the defaults pages already showed."""
    site = Site.objects.get(is_default_site=True)
    PublisherSettings.objects.filter(site=site).delete()
    DiscussionSettings.objects.filter(site=site).delete()
    with committed():
        assert cache_state(get(client, post.url)) == "miss"  # reads both, which creates them
    assert PublisherSettings.objects.filter(site=site).exists()
    assert DiscussionSettings.objects.filter(site=site).exists()
    assert cache_state(get(client, post.url)) == "hit"


@pytest.mark.parametrize(
    "create",
    [
        lambda site: DiscussionSettings.objects.create(site=site, comments_enabled=False),
        lambda site: PublisherSettings.objects.create(site=site, disclaimer="<p>Not medical advice.</p>"),
    ],
    ids=["discussion", "publisher"],
)
def test_settings_created_with_other_values_flush_every_page(db, committed, create):
    site = Site.objects.get(is_default_site=True)
    PublisherSettings.objects.filter(site=site).delete()
    DiscussionSettings.objects.filter(site=site).delete()
    before = generation(SITE_GENERATION)
    with committed():
        create(site)
    assert generation(SITE_GENERATION) == before + 1


def test_changing_a_discussion_setting_flushes_every_page(client, post, committed):
    site = Site.objects.get(is_default_site=True)
    settings = DiscussionSettings.for_site(site)
    get(client, post.url)
    assert cache_state(get(client, post.url)) == "hit"
    settings.comments_enabled = False
    with committed():
        settings.save()
    assert cache_state(get(client, post.url)) == "miss"


def test_signed_in_readers_never_get_or_leave_a_cached_page(client, post, django_user_model):
    user = django_user_model.objects.create_user("reader", password="pw")
    client.force_login(user)
    assert cache_state(get(client, post.url)) is None
    anonymous = get(Client(), post.url)
    assert cache_state(anonymous) == "miss"  # the signed-in view was not stored
    assert cache_state(get(client, post.url)) is None  # nor is the stored page given to them
    assert "reader" not in anonymous.content.decode()


def test_a_reader_with_a_session_gets_a_fresh_page(post):
    get(Client(), post.url)
    reader = Client()
    reader.cookies["sessionid"] = "x" * 32
    assert cache_state(get(reader, post.url)) is None


def test_each_language_and_query_has_its_own_entry(post):
    get(Client(), post.url)
    english = get(Client(), post.url, headers={"accept-language": "en"})
    assert cache_state(english) == "miss"
    assert 'lang="en"' in english.content.decode()
    assert cache_state(get(Client(), post.url + "?utm_source=x")) == "miss"
    assert cache_state(get(Client(), post.url, headers={"accept-language": "en"})) == "hit"


def test_only_pages_are_cached(client, post):
    for url in ("/busca/?q=crps", "/feeds/rss/"):
        client.get(url)
        assert cache_state(client.get(url)) is None


def test_head_requests_get_headers_only(client, post):
    get(client, post.url)
    response = client.head(post.url)
    assert cache_state(response) == "hit"
    assert response.content == b""


def test_works_on_redis(on_redis, client, post, committed):
    assert cache_state(get(client, post.url)) == "miss"
    assert cache_state(get(Client(), post.url)) == "hit"
    post.title = "Retitled on Redis"
    with committed():
        post.save_revision().publish()
    response = get(Client(), post.url)
    assert cache_state(response) == "miss"
    assert "Retitled on Redis" in response.content.decode()


@pytest.fixture
def caching_proxy(settings):
    """A caching proxy on loopback that records the PURGE requests Wagtail's frontend cache sends."""
    purged = []

    class Proxy(BaseHTTPRequestHandler):
        def do_PURGE(self):  # noqa: N802 - the HTTP method's name
            purged.append(f"{self.headers['Host']}{self.path}")
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = HTTPServer(("127.0.0.1", 0), Proxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "proxy": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_port}",
        }
    }
    yield purged
    server.shutdown()


def test_moderation_purges_the_post_and_its_listing_from_the_front_cache(caching_proxy, post, committed):
    caching_proxy.clear()  # publishing the post purged it already
    with committed():
        Comment.objects.create(
            content_object=post, site_id=1, name="Ana", email="ana@example.org", comment="Hi", status=Status.APPROVED
        )
    # A new comment is saved twice (xtd sets its thread id on a second save): purging twice is harmless.
    assert set(caching_proxy) == {"localhost/", "localhost/living-with-crps/"}


def test_making_a_post_private_purges_it_and_its_listing_from_the_front_cache(caching_proxy, post, committed):
    caching_proxy.clear()
    with committed():
        PageViewRestriction.objects.create(page=post, restriction_type=PageViewRestriction.LOGIN)
    assert set(caching_proxy) == {"localhost/", "localhost/living-with-crps/"}


def test_page_with_a_form_is_kept_out_of_shared_caches(settings, client, post, make_post):
    settings.FRONT_CACHE_SECONDS = 120
    assert "private" in get(client, post.url)["Cache-Control"]  # the comment form carries a CSRF token
    home = get(client, "/")
    assert "public" in home["Cache-Control"] and "s-maxage=120" in home["Cache-Control"]
    assert "public" in get(Client(), "/")["Cache-Control"]  # the same when served from the cache


def test_a_new_file_for_an_image_is_seen_at_once(client, make_post, committed):
    from django.core.files.images import ImageFile

    from tests.conftest import make_image

    cover = make_image("Cover")
    post = make_post(featured_image=cover, featured_image_alt="A cover")
    before = get(client, post.url).content.decode()
    assert cache_state(get(Client(), post.url)) == "hit"
    old_sources = re.findall(r"/media/images/Cover[^\"' ,]*", before)
    assert old_sources
    # Wagtail's image form deletes the old renditions with the old file.
    with committed():
        cover.file = ImageFile(make_image("Other").file.open("rb"), name="cover-replaced.png")
        cover.save()
        cover.renditions.all().delete()
    response = get(Client(), post.url)
    assert cache_state(response) == "miss"
    page = response.content.decode()
    assert "cover-replaced" in page
    assert not any(source in page for source in old_sources)


def test_wagtail_filling_in_an_images_size_keeps_the_cache(client, make_post, committed):
    from tests.conftest import make_image

    cover = make_image("Cover")
    post = make_post(featured_image=cover, featured_image_alt="A cover")
    get(client, post.url)
    with committed():
        cover.file_size = None
        cover.save(update_fields=["file_size"])  # as get_file_size() does on first use
    assert cache_state(get(Client(), post.url)) == "hit"


def test_a_hit_on_an_address_seen_before_takes_one_round_trip(on_redis, post, monkeypatch, redis_round_trips):
    from blog import page_cache

    monkeypatch.setattr(page_cache, "_generation_key_hints", {})
    assert cache_state(get(Client(), post.url)) == "miss"
    redis_round_trips.clear()
    assert cache_state(get(Client(), post.url)) == "hit"
    assert len(redis_round_trips) == 2  # a process that never read this address's entry: a second read
    redis_round_trips.clear()
    assert cache_state(get(Client(), post.url)) == "hit"
    assert len(redis_round_trips) == 1


def test_a_wrong_hint_never_serves_a_changed_page(on_redis, post, committed, monkeypatch):
    """A hint names the generation an address's entry named last time; a page moved under the
    address names another. Whatever the hint says, the entry's own generation decides."""
    from blog import page_cache

    hints = {}
    monkeypatch.setattr(page_cache, "_generation_key_hints", hints)
    get(Client(), post.url)
    get(Client(), post.url)
    (address,) = hints
    hints[address] = page_cache.page_generation_key(post.pk + 1000)  # a generation that stays put
    with committed():
        approved_comment(post, "Seen at once, hint or not.")
    response = get(Client(), post.url)
    assert cache_state(response) == "miss"
    assert "Seen at once, hint or not." in response.content.decode()
    assert hints[address] == page_cache.page_generation_key(post.pk)  # corrected on the way


def test_hints_are_bounded(on_redis, make_post, monkeypatch):
    from blog import page_cache

    hints = {}
    monkeypatch.setattr(page_cache, "_generation_key_hints", hints)
    monkeypatch.setattr(page_cache, "HINTS_KEPT", 2)
    for post in (make_post(), make_post(), make_post()):
        get(Client(), post.url)
        get(Client(), post.url)
        assert len(hints) <= 2


@pytest.mark.parametrize("page_cache_seconds", [0, 600])
def test_a_page_reads_the_site_generation_once(client, post, monkeypatch, settings, page_cache_seconds):
    """Settings, root page, post counts, sharing image and fragments are all keyed by it."""
    from blog import page_cache

    settings.PAGE_CACHE_SECONDS = page_cache_seconds
    reads = []
    original = page_cache.generation
    monkeypatch.setattr(page_cache, "generation", lambda key: reads.append(key) or original(key))
    for url in (post.url, "/"):
        reads.clear()
        assert cache_state(get(Client(), url)) in (None, "miss")
        # With the page cache on, the one read comes with the entry's, before the page is routed.
        assert reads.count(page_cache.SITE_GENERATION) == (1 if page_cache_seconds == 0 else 0), url


def test_a_request_that_changes_the_site_keys_what_it_renders_next_by_the_new_generation(db, rf, committed):
    from blog import page_cache

    seen = []

    def view(request):
        seen.append(page_cache.content_generation())
        with committed():
            page_cache.site_changed()
        seen.append(page_cache.content_generation())
        seen.append(page_cache.content_generation())
        return None

    page_cache.PageCacheMiddleware(view)(rf.post("/"))
    assert seen[1] == seen[2] == seen[0] + 1
    # Outside a request (tasks, commands) every call reads it afresh.
    with committed():
        page_cache.site_changed()
    assert page_cache.content_generation() == seen[0] + 2
