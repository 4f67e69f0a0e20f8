"""Template context every page shares."""

from django.utils.functional import SimpleLazyObject

from .sites import site_name


def site(request):
    """The Wagtail site's name, looked up only by templates that show it."""
    return {"site_name": SimpleLazyObject(lambda: site_name(request))}
