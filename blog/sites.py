"""The Wagtail site a request is for: its name, its blog index and absolute addresses on it.

Absolute addresses start from the Wagtail site's root URL, as Wagtail's own full page URLs and the
sitemap do, so that canonical links, feeds, robots.txt and the sitemap all name the same host.
"""

from django.conf import settings
from wagtail.models import Site


def site_name(request):
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def absolute_url(request, path):
    site = Site.find_for_request(request)
    return site.root_url + path if site else request.build_absolute_uri(path)


def site_blog_index(request):
    """The site's blog index (its home page, as a rule), or None when it has none readers may see."""
    from .models import BlogIndexPage

    site = Site.find_for_request(request)
    if site is None:
        return None
    return BlogIndexPage.objects.descendant_of(site.root_page, inclusive=True).live().public().order_by("path").first()
