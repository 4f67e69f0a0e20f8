"""Whole-page cache for anonymous readers, in Django's cache (Redis when REDIS_URL is set).

A rendered page is stored under its site, path, query and language, together with the generation
numbers it was rendered under. Nothing is ever served from an older generation:

- the site generation moves on any publish, unpublish, move or delete of a page, on any change to
  who may see one (a privacy restriction added or removed), and on any change to the snippets and
  settings pages show (people, conditions, publisher and discussion settings);
- a post's own generation moves when a comment or reaction on it changes (`page_changed()`), and
  so does the generation shared by every listing page (blog indexes), whose cards show comment
  counts. Neither needs a query: a comment names its post's id.

Only anonymous GETs of Wagtail pages are stored, and only from readers with no session or message
cookie: signed-in readers and readers with session state (reactions, messages) always get a page
rendered for them. CSRF tokens are taken out of a page before it is stored and a token of the
reader's own is put back in on each hit, so forms on a cached page work as on a fresh one.
"""

import re
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.middleware.csp import get_nonce
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.csp import generate_nonce
from django.utils.safestring import mark_safe
from wagtail.contrib.frontend_cache.utils import purge_pages_from_cache
from wagtail.models import Page

from security.csp import NONCE_PLACEHOLDER
from zebramedic.redis_cache import count_up_many

SITE_GENERATION = "pagecache:generation"
LISTINGS_GENERATION = "pagecache:listings"
CSRF_INPUT = re.compile(rb'(<input type="hidden" name="csrfmiddlewaretoken" value=")[^"]*(")')
# Stands for the reader's CSRF token in stored pages and fragments; no text a reader sends can hold
# a NUL character (Django's form fields refuse them), so it cannot be forged in content.
CSRF_SENTINEL = b"\x00zm-csrf-token\x00"
NONCE_MARK = NONCE_PLACEHOLDER.encode()
MARKS = re.compile(b"(" + re.escape(CSRF_SENTINEL) + b"|" + re.escape(NONCE_MARK) + b")")
# Written again for each response, hit or miss.
UNSTORED_HEADERS = ("Content-Length", "X-Page-Cache")


def page_generation_key(page_id):
    """The cache key of one post's generation (page_generation())."""
    return f"pagecache:page:{page_id}"


def site_changed():
    """Forget every cached page: content or settings that any page may show have changed."""
    # After commit: a page rendered from the old rows must not be stored under the new generation.
    transaction.on_commit(lambda: _bump(SITE_GENERATION))


def page_changed(page_id, also=()):
    """Forget the cached renderings of one post (all its routes) and of every listing.

    The generations named in `also` move at once, for this transaction's own next reads, and again
    with the post's once it commits (one round trip for all), so that nothing cached from the old
    rows in between outlives the commit.
    """
    if also:
        _bump(*also)

    def forget():
        _bump(page_generation_key(page_id), LISTINGS_GENERATION, *also)
        _purge_from_front_cache(page_id)

    transaction.on_commit(forget)


def privacy_changed(page_id):
    """Forget every cached page, in this site's cache and the front cache: a post that became
    private must leave its own cached page, the listings and the related posts of others."""

    site_changed()
    transaction.on_commit(lambda: _purge_from_front_cache(page_id))


def _purge_from_front_cache(page_id):
    """The page and its parent (the listing that shows it), when a front cache is configured."""
    if settings.WAGTAILFRONTENDCACHE:
        page = Page.objects.filter(pk=page_id).first()
        if page is not None:
            # Queued as a task, like Wagtail's own purges on publish.
            purge_pages_from_cache([page.specific, page.get_parent().specific])


def _generation_key(page):
    """The generation a page's cached renderings depend on besides the site's."""
    from .models import BlogIndexPage

    return LISTINGS_GENERATION if isinstance(page, BlogIndexPage) else page_generation_key(page.pk)


def generation(key):
    return cache.get(key, 0)


def _bump(*keys):
    count_up_many([(key, None) for key in keys])
    if SITE_GENERATION in keys and (read := _site_generation_of_request.get()):
        read.clear()  # what this request renders after its own change is keyed by the new one


# The generation key each stored address's entry names, as this process last read it: asked for in
# the same round trip as the entry, which then needs no second one. Only a hint: an address whose
# page changed or that this process has not seen yet costs the second read, as every hit once did.
_generation_key_hints = {}
HINTS_KEPT = 10_000


def _read_entry(key):
    """(the entry stored at `key` if it is still current, else None; the site generation now).

    One round trip for a hit on an address seen before: the entry, the site generation and the
    generation the entry named last time. Both generations are read with the entry or after it.
    """
    hint = _generation_key_hints.get(key)
    values = cache.get_many([key, SITE_GENERATION, *([hint] if hint else [])])
    entry, site_generation = values.get(key), values.get(SITE_GENERATION, 0)
    if entry is None:
        return None, site_generation
    generation_key = entry["generation_key"]
    if generation_key == hint:
        page_generation = values.get(hint, 0)
    else:
        page_generation = cache.get(generation_key, 0)
        if len(_generation_key_hints) >= HINTS_KEPT:
            _generation_key_hints.clear()
        _generation_key_hints[key] = generation_key
    current = entry["generations"] == (site_generation, page_generation)
    return (entry if current else None), site_generation


def seconds():
    return getattr(settings, "PAGE_CACHE_SECONDS", 0)


# The site generation as the request being served first read it (PageCacheMiddleware opens and
# closes the scope; outside a request, as in tasks and commands, every call reads it afresh).
_site_generation_of_request = ContextVar("site_generation_of_request", default=None)


def content_generation():
    """The site generation: part of the key of every fragment of editorial content.

    Read once per request: a page's settings, root page, post counts, sharing image and fragments
    are all keyed by it, and each asked Redis for it again. Read once, it is also read before any
    of the content keyed by it, as the page cache's own generations are (see remember_page()).
    """
    read = _site_generation_of_request.get()
    if read is None:
        return generation(SITE_GENERATION)
    if not read:
        read.append(generation(SITE_GENERATION))
    return read[0]


# Only bounds what a quiet site keeps of what is cached under the content generation.
CONTENT_SECONDS = 24 * 3600


def content_key(name):
    """A cache key that names the content generation: no entry is read once content has changed."""
    return f"{name}:{content_generation()}"


def remembered(key, compute):
    """The value cached at `key` (see content_key()), or compute() kept there; None is not kept."""
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, CONTENT_SECONDS)
    return value


def fragment_seconds(request):
    """How long a page's fragments are cached: never in a preview, which shows unsaved content."""
    return 0 if getattr(request, "is_preview", False) else getattr(settings, "FRAGMENT_CACHE_SECONDS", 0)


def _entry_key(request, language):
    return "pagecache:entry:{}:{}:{}:{}".format(
        request.method == "HEAD" and "GET" or request.method, request.get_host(), language, request.get_full_path()
    )


def request_is_cacheable(request):
    if request.method not in ("GET", "HEAD") or seconds() <= 0:
        return False
    cookies = request.COOKIES
    if settings.SESSION_COOKIE_NAME in cookies or "messages" in cookies:
        return False
    return "HTTP_AUTHORIZATION" not in request.META


def response_is_cacheable(request, response):
    page = getattr(request, "page_cache_page", None)
    if page is None or response.status_code != 200 or response.streaming:
        return False
    if getattr(request, "is_preview", False) or getattr(request, "user", None) and request.user.is_authenticated:
        return False
    cache_control = response.get("Cache-Control", "")
    if "private" in cache_control or "no-store" in cache_control:
        return False
    # Any cookie besides the CSRF token belongs to this reader alone.
    return all(name == settings.CSRF_COOKIE_NAME for name in response.cookies)


def with_csrf_token(request, response):
    """Put the reader's own CSRF token where a cached fragment left the sentinel."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return response
    if CSRF_SENTINEL in response.content:
        response.content = _with_readers_token(request, response.content)
        patch_vary_headers(response, ("Cookie",))
    return response


def csrf_field():
    """The CSRF field of a form in cached or shared markup, and of every form printed with it:
    the reader's own token goes in where it says (with_csrf_token()), masked once a response."""
    return mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF_SENTINEL.decode()}">')


def _with_readers_token(request, content):
    return content.replace(CSRF_SENTINEL, get_token(request).encode())


def page_generation(page_id):
    """The generation of one post: part of the key of its comment fragments."""
    return generation(page_generation_key(page_id))


def remember_page(page, request, serve_args, serve_kwargs):
    """Wagtail's before_serve_page hook: mark the request as serving this page.

    The page's generation is read now, before its content is, so that a comment approved while
    the page renders leaves the stored copy already out of date rather than wrongly current.
    """
    if hasattr(request, "page_cache_site_generation"):
        request.page_cache_page = page
        request.page_cache_generation_key = _generation_key(page)
        request.page_cache_generations = (
            request.page_cache_site_generation,
            generation(request.page_cache_generation_key),
        )


class PageCacheMiddleware:
    """Serve and store whole pages. Place right after SecurityMiddleware, outside every other one.

    A hit answers before the rest of the stack runs, which is most of what a hit used to cost: the
    stored entry holds the headers those middlewares gave the page (its Content-Security-Policy,
    Permissions-Policy, framing, language and caching headers), with placeholders where the
    response's nonce and the reader's CSRF token go. Only SecurityMiddleware (HTTPS redirect,
    HSTS) and Django's CSRF cookie handling run on a hit, as on any response.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        scope = _site_generation_of_request.set([])
        try:
            return self.serve(request)
        finally:
            _site_generation_of_request.reset(scope)

    def serve(self, request):
        if not request_is_cacheable(request):
            return self.get_response(request)
        language = translation.get_language_from_request(request)
        key = _entry_key(request, language)
        entry, site_generation = _read_entry(key)
        if entry is not None:
            return self.hit(request, entry)
        # Read before routing reads any page: see remember_page().
        request.page_cache_site_generation = site_generation
        _site_generation_of_request.get().append(site_generation)
        response = self.get_response(request)
        if response_is_cacheable(request, response) and getattr(request, "LANGUAGE_CODE", None) == language:
            self.store(key, request, response)
            response["X-Page-Cache"] = "miss"
        return response

    def store(self, key, request, response):
        content = CSRF_INPUT.sub(rb"\g<1>" + CSRF_SENTINEL + rb"\g<2>", response.content)
        has_form = CSRF_SENTINEL in content
        self.add_cache_headers(response, has_form)
        headers = {name: value for name, value in response.items() if name not in UNSTORED_HEADERS}
        nonce = get_nonce(request)
        has_nonce = bool(nonce)  # false unless something on the page asked for the nonce
        if has_nonce:
            content = content.replace(str(nonce).encode(), NONCE_MARK)
            headers = {name: value.replace(str(nonce), NONCE_PLACEHOLDER) for name, value in headers.items()}
        entry = {
            "generation_key": request.page_cache_generation_key,
            "generations": request.page_cache_generations,
            # Split where each hit writes its own values: joining the pieces again costs a copy of
            # the page, where searching it for placeholders cost several times that.
            "pieces": MARKS.split(content),
            "headers": headers,
            "has_form": has_form,
            "has_nonce": has_nonce,
        }
        cache.set(key, entry, timeout=seconds())

    def hit(self, request, entry):
        headers, values = entry["headers"], {}
        if entry["has_nonce"]:
            nonce = generate_nonce()
            values[NONCE_MARK] = nonce.encode()
            headers = {name: value.replace(NONCE_PLACEHOLDER, nonce) for name, value in headers.items()}
        if entry["has_form"]:
            # Django's own CSRF handling: the reader's cookie is read, or a new one is set.
            self.csrf.process_request(request)
            values[CSRF_SENTINEL] = get_token(request).encode()
        pieces = entry["pieces"]
        # re.split leaves each mark at an odd index.
        content = b"".join(values[piece] if index % 2 else piece for index, piece in enumerate(pieces))
        response = HttpResponse(b"" if request.method == "HEAD" else content, headers=headers)
        response["Content-Length"] = str(len(content))
        response["X-Page-Cache"] = "hit"
        return self.csrf.process_response(request, response) if entry["has_form"] else response

    @staticmethod
    def add_cache_headers(response, has_form):
        """Browsers revalidate every time: a reader who comments must see the change at once.

        A shared front cache (CDN) may keep pages without forms for FRONT_CACHE_SECONDS; Wagtail's
        frontend cache purges them on publish. A page with a form carries a CSRF token for one
        reader, so it is never given to a shared cache.
        """
        front_seconds = getattr(settings, "FRONT_CACHE_SECONDS", 0)
        if has_form or not front_seconds:
            patch_cache_control(response, private=True, max_age=0)
            patch_vary_headers(response, ("Cookie",))
        else:
            patch_cache_control(response, public=True, max_age=0, s_maxage=front_seconds)
        patch_vary_headers(response, ("Accept-Language",))


class CsrfTokenMiddleware:
    """Put the reader's CSRF token where cached fragments left the sentinel, in every response.

    Place after CsrfViewMiddleware, whose response handling then sets the CSRF cookie.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return with_csrf_token(request, self.get_response(request))
