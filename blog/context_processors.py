"""Template context every page shares."""

from django.utils.functional import SimpleLazyObject

from .sites import find_site, site_name


def site(request):
    """The Wagtail site's name, looked up only by templates that show it.

    The site itself is found first, from the cache: {% pageurl %} and {% slugurl %} ask Wagtail
    for it, which would otherwise read the site table for every page rendered.
    """
    find_site(request)
    return {"site_name": SimpleLazyObject(lambda: site_name(request))}
