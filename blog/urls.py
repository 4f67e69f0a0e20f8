"""Reader-facing addresses of the blog that live outside the page tree.

zebramedic/urls.py includes these before Wagtail's catch-all page route.
"""

from django.urls import path, re_path
from wagtail.contrib.sitemaps import views as sitemap_views

from .feeds import FEED_FORMATS, PostsAtomFeed, PostsFeed, feed_url_name
from .page_serving import serve_page
from .search import search
from .views import RobotsView

app_name = "blog"

# Where each kind of feed lives; the listing pages use the same Portuguese path words. Tag slugs
# may hold accented letters, hence \w rather than Django's ASCII slug converter.
FEED_PREFIXES = {
    None: "feeds/",
    "condition": r"feeds/condicao/(?P<slug>[-a-zA-Z0-9_]+)/",
    "tag": r"feeds/tag/(?P<slug>[-\w]+)/",
    "author": r"feeds/autor/(?P<slug>[-a-zA-Z0-9_]+)/",
}
FEED_CLASSES = {"rss": PostsFeed, "atom": PostsAtomFeed}

urlpatterns = [
    path("sitemap.xml", sitemap_views.sitemap, name="sitemap"),
    path("robots.txt", RobotsView.as_view(), name="robots"),
    path("busca/", search, name="search"),
    *(
        re_path(f"^{prefix}{feed_format}/$", FEED_CLASSES[feed_format](kind), name=feed_url_name(kind, feed_format))
        for kind, prefix in FEED_PREFIXES.items()
        for feed_format in FEED_FORMATS
    ),
    # A post's reference downloads (<post-url>references.bib, .ris, .json) are routes of BlogPage,
    # but Wagtail's page URL pattern only admits letters, digits, "-" and "_" in a path segment.
    # This hands such addresses to Wagtail's page serving as they are, so that page privacy and
    # the before_serve_page hooks apply as for any page.
    re_path(
        r"^(?P<path>(?:[\w-]+/)+references\.(?:bib|ris|json))$",
        serve_page,
        name="reference_download",
    ),
]
