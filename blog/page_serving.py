"""The view that serves every page of the tree: Wagtail's, with the site found in the cache."""

from wagtail import views as wagtail_views
from wagtail.models.sites import SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION

from zebramedic.cache_read_ahead import read_ahead

from .page_cache import SITE_GENERATION
from .sites import SITES_BY_HOST_KEY, find_site_with_root, root_keys_hint


def serve_page(request, path):
    """Wagtail's page serving, which then finds the site and its root page as find_site_with_root() does."""
    site_root_paths = (SITE_ROOT_PATHS_CACHE_KEY, SITE_ROOT_PATHS_CACHE_VERSION)
    # With the site's root page and settings as this host's last request read them: with a
    # current hint, find_site_with_root() then needs no round trip of its own.
    hint = root_keys_hint(request)
    read_ahead([SITES_BY_HOST_KEY, SITE_GENERATION, site_root_paths, *session_keys(request), *hint])
    find_site_with_root(request)
    return wagtail_views.serve(request, path)


def session_keys(request):
    """The cache key of the reader's session, where the session engine keeps sessions in the cache.

    The session itself is read later, when something first asks who the reader is."""
    session = getattr(request, "session", None)
    if session is None or not session.session_key or not hasattr(type(session), "cache_key"):
        return []
    return [session.cache_key]
