"""The view that serves every page of the tree: Wagtail's, with the site found in the cache."""

from wagtail import views as wagtail_views

from .sites import find_site_with_root


def serve_page(request, path):
    """Wagtail's page serving, which then finds the site and its root page as find_site_with_root() does."""
    find_site_with_root(request)
    return wagtail_views.serve(request, path)
