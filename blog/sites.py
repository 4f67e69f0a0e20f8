"""The Wagtail site a request is for: its name, its blog index and absolute addresses on it.

Absolute addresses start from the Wagtail site's root URL, as Wagtail's own full page URLs and the
sitemap do, so that canonical links, feeds, robots.txt and the sitemap all name the same host.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import DEFAULT_DB_ALIAS
from django.db.models import Subquery
from django.http.request import split_domain_port
from wagtail.models import Page, Site

from zebramedic.cache_read_ahead import read_ahead

from .page_cache import content_key, remembered
from .view_restrictions import RESTRICTED, view_restricted


def site_name(request):
    site = find_site(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def absolute_url(request, path):
    site = find_site(request)
    return site.root_url + path if site else request.build_absolute_uri(path)


def site_blog_index(request):
    """The site's blog index (its home page, as a rule), or None when it has none readers may see."""
    from .models import BlogIndexPage, restricted_from_above

    site = find_site(request)
    if site is None:
        return None
    # One query, with no need of the root page's own row: its path is read in a subquery.
    root_path = Page.objects.filter(pk=site.root_page_id).values("path")[:1]
    return (
        BlogIndexPage.objects.filter(path__startswith=Subquery(root_path))
        .live()
        .exclude(restricted_from_above())
        .order_by("path")
        .first()
    )


# Which site answers each host:port, and its root page's type: {"host:port": (site row, type) or None}.
SITES_BY_HOST_KEY = "blog:sites-by-host"
# Bounds how long a lookup made while a site was being changed can outlive the change.
SITES_BY_HOST_SECONDS = 3600
# Host names reach here only once ALLOWED_HOSTS has accepted them; this bounds the entry all the
# same, should ALLOWED_HOSTS admit any host.
MAX_HOSTS = 64
_SITE_FIELDS = [field.attname for field in Site._meta.concrete_fields]
_UNKNOWN = object()
ROOT_PAGE_KEY = "blog:site-root"


# The keys find_site_with_root() read for each host last time in this process, which
# blog.page_serving names ahead with the site's own: one round trip fewer for each page served.
# Only a hint, as blog.page_cache's: once the content generation moves, the keys it names are not
# the ones asked for, and those are read in a round trip of their own, as without it.
_root_keys_by_host = {}


def _host(request):
    """ "host:port" of the request, worked out once for it."""
    host = getattr(request, "_site_host", None)
    if host is None:
        host = request._site_host = f"{split_domain_port(request._get_raw_host())[0]}:{request.get_port()}"
    return host


def root_keys_hint(request):
    """The keys find_site_with_root() is likely to read for this request, or ()."""
    return _root_keys_by_host.get(_host(request), ())


def find_site(request):
    """Site.find_for_request(), with no query once the host is known: which site answers a host
    is kept in the cache. Wagtail's own matching picks the site on a miss. Saving or deleting any
    site forgets them all. Later calls to Site.find_for_request() on the request reuse the site."""
    if hasattr(request, "_wagtail_site"):
        return request._wagtail_site
    host = _host(request)
    known = cache.get(SITES_BY_HOST_KEY) or {}
    entry = known.get(host, _UNKNOWN)
    if entry is None:  # known to have no site
        site = None
    elif entry is _UNKNOWN:
        site = Site._find_for_request(request)
        if len(known) < MAX_HOSTS or host in known:
            entry = site and ([getattr(site, name) for name in _SITE_FIELDS], site.root_page.content_type_id)
            cache.set(SITES_BY_HOST_KEY, {**known, host: entry}, SITES_BY_HOST_SECONDS)
    else:
        values, root_type = entry
        site = Site.from_db(DEFAULT_DB_ALIAS, _SITE_FIELDS, values)
        site._root_type_id = root_type
    request._wagtail_site = site
    return site


def find_site_with_root(request):
    """find_site(), with the site's root page as its own page type and knowing whether it is
    private: no query instead of three for each page served (the site with its root as a Page,
    the root's own row, its privacy check).

    The root page is kept in the cache under the content generation, which every publish,
    unpublish, move, delete and privacy change moves (blog.page_cache): a page is served from
    its live fields, which nothing else changes.
    """
    site = find_site(request)
    if site is None:
        return None
    if Site.root_page.is_cached(site):
        if hasattr(site.root_page, RESTRICTED):  # loaded here before
            return site
        root_type = site.root_page.content_type_id  # Wagtail's own look-up loaded it as a Page
    else:
        root_type = site._root_type_id

    from .cached_settings import CachedSiteSetting  # the settings models build on this module

    # With the root page, the site's settings that pages read: one round trip.
    root_key = content_key(f"{ROOT_PAGE_KEY}:{site.root_page_id}:{root_type}")
    keys = [root_key, *CachedSiteSetting.every_cache_key(site.pk)]
    read_ahead(keys)
    host = _host(request)
    if len(_root_keys_by_host) >= MAX_HOSTS and host not in _root_keys_by_host:
        _root_keys_by_host.clear()
    _root_keys_by_host[host] = keys

    def load_root():
        model = ContentType.objects.get_for_id(root_type).model_class()
        return model and model.objects.filter(pk=site.root_page_id).annotate(**{RESTRICTED: view_restricted()}).first()

    root = remembered(root_key, load_root)
    if root is None:  # removed since, or of a type the code no longer has: ask Wagtail
        forget_sites()  # and let the next request store what it finds
        site = Site._find_for_request(request)
        request._wagtail_site = site
        return site
    site.root_page = root
    return site


def forget_sites(**kwargs):
    cache.delete(SITES_BY_HOST_KEY)
