"""RSS 2.0 and Atom feeds of published posts: the whole site, a condition, a tag or an author.

Feeds list the posts of the request's site blog index, like its listing pages, newest first.
Each item carries every author (one dc:creator in RSS, one author element in Atom, per person) and
the post's conditions as categories.
"""

import datetime
from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.db.models import Prefetch
from django.http import Http404
from django.urls import reverse
from django.utils import feedgenerator, timezone
from django.utils.encoding import escape_uri_path
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from .listings import find_topic
from .sites import absolute_url, site_blog_index, site_name

FEED_LENGTH = 20
DUBLIN_CORE = "http://purl.org/dc/elements/1.1/"
FEED_FORMATS = ("rss", "atom")


def feed_url_name(kind, feed_format):
    """The URL name of a feed in blog/urls.py; kind None is the whole site."""
    return f"{kind or 'site'}_feed_{feed_format}"


@dataclass(frozen=True)
class FeedLink:
    label: str  # the format's name, "RSS" or "Atom"
    title: str
    type: str
    url: str


def feed_title(request, topic=None):
    name = site_name(request)
    return f"{name}: {topic.heading}" if topic else name


def feed_links(request, topic=None):
    """The RSS and Atom links of a topic's own feeds, or of the site's feeds when it has none."""
    if topic is None or topic.feed_slug is None:
        topic, kind, kwargs = None, None, {}
    else:
        kind, kwargs = topic.kind, {"slug": topic.feed_slug}
    title = feed_title(request, topic)
    return [
        FeedLink(
            label,
            f"{title} ({label})",
            generator.content_type.split(";")[0],
            reverse(f"blog:{url_name}", kwargs=kwargs),
        )
        for label, generator, url_name in (
            ("RSS", RssWithAuthors, feed_url_name(kind, "rss")),
            ("Atom", AtomWithAuthors, feed_url_name(kind, "atom")),
        )
    ]


class RssWithAuthors(feedgenerator.Rss201rev2Feed):
    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:dc": DUBLIN_CORE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.addQuickElement("dc:creator", name)


class AtomWithAuthors(feedgenerator.Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        for name in item["author_names"]:
            handler.startElement("author", {})
            handler.addQuickElement("name", name)
            handler.endElement("author")


@dataclass(frozen=True)
class FeedScope:
    """What one request for a feed is about, resolved once in get_object."""

    site_name: str
    title: str
    description: str
    link: str
    feed_url: str
    items: list


@dataclass(frozen=True)
class FeedItem:
    title: str
    link: str
    description: str
    published: datetime.datetime
    updated: datetime.datetime
    authors: list
    categories: list


def _start_of_day(day):
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def feed_item(post, request):
    published = _start_of_day(post.date)
    return FeedItem(
        title=post.title,
        link=post.get_full_url(request),
        # Readers take descriptions as HTML; the introduction is plain text.
        description=escape(post.intro),
        published=published,
        updated=max(post.last_published_at or published, published),
        authors=[author.person.name for author in post.authors.all()],
        categories=[condition.name for condition in post.conditions.all()],
    )


class PostsFeed(Feed):
    """RSS 2.0 feed; `kind` is "condition", "tag", "author" or None for the whole site."""

    feed_type = RssWithAuthors

    def __init__(self, kind=None):
        self.kind = kind

    def get_object(self, request, slug=None):
        from .models import BlogPage, BlogPageAuthor

        index = site_blog_index(request)
        if index is None:
            raise Http404("This site has no blog.")
        topic = find_topic(self.kind, slug) if self.kind else None
        posts = BlogPage.objects.child_of(index).published()
        if topic:
            posts = topic.narrow(posts)
        posts = (
            posts.newest_first()
            .defer_streamfields()
            .prefetch_related(
                Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person")), "conditions"
            )
        )
        return FeedScope(
            site_name=site_name(request),
            title=feed_title(request, topic),
            description=topic.heading if topic else _("New posts on rare and under-served conditions"),
            link=index.canonical_listing_url(request, topic),
            # From the Wagtail site like every other address here, not from Django's sites framework.
            feed_url=absolute_url(request, escape_uri_path(request.path)),
            items=[feed_item(post, request) for post in posts[:FEED_LENGTH]],
        )

    def title(self, scope):
        return scope.title

    def description(self, scope):
        return scope.description

    def subtitle(self, scope):
        return scope.description

    def link(self, scope):
        return scope.link

    def feed_url(self, scope):
        return scope.feed_url

    def author_name(self, scope):
        return scope.site_name

    def items(self, scope):
        return scope.items

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return item.link

    def item_description(self, item):
        return item.description

    def item_pubdate(self, item):
        return item.published

    def item_updateddate(self, item):
        return item.updated

    def item_categories(self, item):
        return item.categories

    def item_extra_kwargs(self, item):
        return {"author_names": item.authors}


class PostsAtomFeed(PostsFeed):
    feed_type = AtomWithAuthors
