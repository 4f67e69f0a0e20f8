"""What editors write and readers read: the blog index (home page), posts, people and conditions."""

import datetime
import functools
from collections import defaultdict
from typing import NamedTuple

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import (
    Count,
    Exists,
    FilteredRelation,
    OuterRef,
    Prefetch,
    Q,
    Subquery,
    Value,
    prefetch_related_objects,
)
from django.db.models.functions import Coalesce, Left, Length
from django.http import Http404
from django.utils import timezone
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import Tag, TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    PageChooserPanel,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.contrib.settings.models import register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.images.models import Rendition
from wagtail.models import Orderable, Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet
from wagtail.search import index

from zebramedic.cache_read_ahead import read_ahead

from .api_fields import AuthorsField, ConditionsField, PersonField, ReferencesField, TagsField
from .blocks import INLINE_FEATURES, BodyBlock, ReferencesBlock
from .cached_settings import CachedSiteSetting
from .citation_formats import EXPORT_FORMATS, cite_post
from .compiled_queries import CompiledQuery, keep_prefetched
from .embeds import stored_embeds
from .feeds import feed_links
from .image_sizes import CARD_SPECS, PORTRAIT_SPECS, POST_IMAGE_SPECS, SHARE_RENDITION, expand
from .listings import condition_topic, find_topic, month_bounds, month_topic
from .page_cache import fragment_seconds
from .pagination import count_cache_key, paginate
from .post_fragments import fragment_keys, fragment_values
from .reading_time import minutes_for_post
from .references import CitationIndex, unknown_citation_keys
from .sitemaps import listing_entries
from .sites import site_name
from .structured_data import site_share_image_key
from .validators import validate_social_handle
from .view_restrictions import RESTRICTED, OneQueryViewRestrictions, view_restricted
from .views import serve_reference_export

POSTS_PER_PAGE = 10
RELATED_POSTS = 3


class Condition(index.Indexed, models.Model):
    """A health condition posts are filed under, e.g. Ehlers-Danlos Syndrome or CRPS."""

    name = models.CharField(_("name"), max_length=120, unique=True)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self):
        return self.name


class Person(index.Indexed, models.Model):
    """An author or clinical reviewer, shown with credentials wherever they are credited."""

    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("slug"), max_length=150, unique=True)
    credentials = models.CharField(
        _("credentials"), max_length=100, blank=True, help_text=_("e.g. “MD, PhD” or “PT, MSc”.")
    )
    role = models.CharField(_("role"), max_length=150, blank=True, help_text=_("e.g. “Rheumatologist”."))
    bio = models.TextField(_("short bio"), blank=True, max_length=1000)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    profile_url = models.URLField(_("profile address"), blank=True)
    # Credits a clinical reviewer's approvals in the admin to this person (editorial/review.py).
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("admin account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
        help_text=_("The person's login to this admin, if they have one: their clinical reviews are credited here."),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("credentials"), FieldPanel("role")]),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("profile_url"),
        FieldPanel("user"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.SearchField("role")]

    class Meta:
        ordering = ["name"]
        verbose_name = _("person")
        verbose_name_plural = _("people")

    def __str__(self):
        return self.name

    @property
    def name_with_credentials(self):
        return f"{self.name}, {self.credentials}" if self.credentials else self.name


class BlogIndexPage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """The home page: the newest posts first, ten to a page.

    Its routes list the posts of one condition, tag, author or month the same way.
    """

    intro = RichTextField(_("introduction"), features=INLINE_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["blog_index"] = self  # what post cards link their conditions and authors to
        return context

    @path("", name="home")
    def home(self, request):
        return self.serve_listing(request)

    @path("condicao/<slug:slug>/", name="condition")
    def condition_posts(self, request, slug):
        return self.serve_listing(request, find_topic("condition", slug))

    # Tag slugs keep accented letters (“diagnóstico”), unlike the ASCII slugs of conditions and people.
    @re_path(r"^tag/(?P<slug>[-\w]+)/$", name="tag")
    def tag_posts(self, request, slug):
        return self.serve_listing(request, find_topic("tag", slug))

    @path("autor/<slug:slug>/", name="author")
    def author_posts(self, request, slug):
        return self.serve_listing(request, find_topic("author", slug))

    @re_path(r"^(?P<year>[0-9]{4})/(?P<month>[0-9]{2})/$", name="month")
    def month_posts(self, request, year, month):
        return self.serve_listing(request, month_topic(year, month))

    def serve_listing(self, request, topic=None):
        """The posts of this index, or of one topic of it, newest first and ten to a page."""
        selection = topic.selection if topic else ()
        listing = f"{self.pk}:{topic.kind}:{'/'.join(topic.route_args)}" if topic else f"{self.pk}"
        posts = listing_posts(self.path, self.depth + 1, *selection)
        # The listing's count, and the share image its head shows (an index has no cover of its own).
        share_image_key = site_share_image_key(PublisherSettings.for_request(request))
        read_ahead([count_cache_key(listing), *filter(None, [share_image_key])])
        page = paginate(posts, request.GET.get("page"), POSTS_PER_PAGE, count_key=listing)
        page.object_list = listed_page(self, selection, page)
        return self.render(
            request,
            template="blog/topic_listing.html" if topic else None,
            context_overrides={
                "posts": page,
                "topic": topic,
                "topic_url": self.get_url(request) + self.topic_path(topic),
                "canonical_url": self.canonical_listing_url(request, topic, page.number),
                "feeds": feed_links(request, topic),
            },
        )

    def route(self, request, path_components):
        # Wagtail finds a child page as a Page, then loads its specific row: two queries. A post is
        # looked up as a BlogPage at once, with what its page shows (see routed_post()).
        if path_components:
            try:
                self.resolve_subpage("/" + "/".join(path_components) + "/")  # listing routes come first
            except Http404:
                post = routed_post(self, path_components[0])
                if post is not None:
                    post._cached_parent_obj = self
                    return post.route(request, path_components[1:])
        return super().route(request, path_components)

    def get_sitemap_urls(self, request=None):
        return super().get_sitemap_urls(request) + listing_entries(self, request)

    def topic_path(self, topic):
        """A topic listing's address relative to this page's own ("condicao/crps/")."""
        return self.reverse_subpage(topic.kind, args=topic.route_args) if topic else ""

    def canonical_listing_url(self, request, topic=None, page_number=1):
        """The full address of a listing page; its first page has no ?page=, as it is linked."""
        url = self.get_full_url(request) + self.topic_path(topic)
        return url if page_number == 1 else f"{url}?page={page_number}"


# What the related posts and the previous and next links show of a post.
SURROUNDING_FIELDS = ("title", "intro", "date", "url_path")

# The current stored choices of a post (see surroundings()).
_stored_surroundings = CompiledQuery(
    "blog.StoredRelatedPost",
    lambda post: (
        StoredRelatedPost.objects.filter(version=Subquery(RelatedPostsVersion.objects.values("number")[:1]), post=post)
        .annotate(shown=Exists(BlogPage.objects.published().filter(pk=OuterRef("related_id"))))
        .select_related("related")
        .only("role", "position", "related", *(f"related__{name}" for name in SURROUNDING_FIELDS))
        .order_by("role", "position")
    ),
)


def routed_post(index, slug):
    """The post at `slug` under `index` as its page is served: with the reviewer and featured image
    its page shows, whether it is private and its comment counts, each of which would cost a query
    later. None if there is none."""
    query = _routed_posts(ContentType.objects.get_for_model(BlogPage).pk)
    return query.first(path=index.path, depth=index.depth + 1, slug=slug)


@functools.cache  # the content type id the counts name is part of the shape
def _routed_posts(content_type_id):
    from comments.selectors import thread_counts  # comments builds on blog's models

    return CompiledQuery(
        BlogPage,
        lambda path, depth, slug: (
            BlogPage.objects.select_related("reviewer", "featured_image")
            .annotate(**{RESTRICTED: view_restricted()}, **thread_counts(BlogPage))
            .filter(path__startswith=path, depth=depth, slug=slug)[:1]
        ),
    )


def listing_posts(path, depth, method=None, *arguments):
    """The posts of a listing as their cards show them: the children of the index page at `path`
    and `depth` (its own depth + 1) that a reader may see, narrowed by a BlogPageQuerySet method
    (a topic's selection), with their comment counts rather than a query of their own."""
    from comments.selectors import comment_totals  # comments builds on blog's models

    posts = BlogPage.objects.filter(path__startswith=path, depth=depth).published()
    if method:
        posts = getattr(posts, method)(*arguments)
    return posts.for_listing().annotate(**comment_totals(BlogPage))


# The first pages of a listing are what readers open; the SQL of a page further on is compiled
# when it is asked for, as Django does, rather than kept for every page number a crawler reaches.
COMPILED_LISTING_PAGES = 5


def listed_page(index, selection, page):
    """The posts of `page` of a listing (see listing_posts()), from SQL compiled once per kind of
    listing and page number among the first pages: compiling it cost more CPU than any other
    part of a listing's query. A month's listing compares dates, which are no compiled value."""
    method, *arguments = selection or (None,)
    if page.number > COMPILED_LISTING_PAGES or len(arguments) > 1:
        return page.object_list
    bottom = (page.number - 1) * page.paginator.per_page
    if bottom >= page.paginator.count:
        return []  # nothing published: Django asks nothing for an empty slice either
    values = {"path": index.path, "depth": index.depth + 1}
    if arguments:
        values["topic"] = arguments[0]
    query = _listing_pages(ContentType.objects.get_for_model(BlogPage).pk)
    return query(method, bottom, bottom + page.paginator.per_page, **values)


@functools.cache  # the content type id the counts name is part of the shape
def _listing_pages(content_type_id):
    return CompiledQuery(
        BlogPage,
        lambda method, bottom, top, path, depth, topic=None: listing_posts(
            path, depth, *((method, topic) if method else ())
        )[bottom:top],
    )


def count_per(queryset, column):
    """How many rows of `queryset` (filtered on OuterRef) there are, grouped by `column`: a subquery."""
    return Coalesce(Subquery(queryset.order_by().values(column).annotate(n=Count("pk")).values("n")[:1]), 0)


# Order of posts in listings and feeds, and of previous/next links: newest first.
NEWEST_FIRST = ("-date", "-first_published_at", "-pk")


def _beyond(post, lookup):
    """Posts ordered strictly before ("lt") or after ("gt") `post` by (date, first published, id).

    Starts with the bound on the date alone, so that the database walks the date index from the
    post's date and stops at the first published post instead of sorting the whole index.
    """
    within_dates, order, same = Q(**{f"date__{lookup}e": post.date}), Q(), {}
    for field in ("date", "first_published_at", "pk"):
        value = getattr(post, field)
        if value is None:  # an unpublished post has no first publication date
            continue
        order |= Q(**same, **{f"{field}__{lookup}": value})
        same[field] = value
    return within_dates & order


def restricted_from_above():
    """Whether a page of the outer query, or one above it, has a privacy restriction: what
    Wagtail's public() excludes, as a subquery instead of a query of every restriction first."""
    return Exists(PageViewRestriction.objects.filter(page__path=Left(OuterRef("path"), Length("page__path"))))


class BlogPageQuerySet(PageQuerySet):
    def published(self):
        """Posts a reader may see: live and not behind a privacy restriction.

        The restriction check is a subquery, unlike Wagtail's public() which loads every
        restriction first: listings and the previous/next links pay no extra query for it.
        """
        return self.live().exclude(restricted_from_above())

    def newest_first(self):
        return self.order_by(*NEWEST_FIRST)

    def oldest_first(self):
        return self.order_by(*(field.lstrip("-") for field in NEWEST_FIRST))

    def in_condition(self, condition):
        return self.filter(conditions=condition)

    def tagged(self, tag):
        # A subquery rather than a join, so that a post can never be listed twice.
        return self.filter(pk__in=BlogPageTag.objects.filter(tag=tag).values("content_object_id"))

    def by_author(self, person):
        return self.filter(authors__person=person)  # one byline entry per person and post

    def in_month(self, year, month):
        return self.filter(date__range=month_bounds(year, month))

    def review_due(self, by):
        """Posts whose next medical review falls on or before `by`, the most overdue first."""
        return self.filter(next_review_due__lte=by).order_by("next_review_due", "pk")

    def related_to(self, post, limit=RELATED_POSTS):
        """Published posts to read after `post` (see choose_related())."""
        return self.surroundings(post, limit).related

    def surroundings(self, post, limit=RELATED_POSTS):
        """The posts a post page links to at its end: its related posts (see choose_related()) and
        its previous and next posts (see neighbours_of()), in one query while the choice stored
        for it is current.

        Choosing related posts scores nearly every post of the index, so the choice is stored with
        the version of the published posts it was made under (blog/related_posts.py), and made
        again once any post is published, unpublished, moved, deleted or restricted. The same
        changes are the only ones that can change a post's neighbours, so they are stored with it.
        Whatever is stored, only posts that are published now are shown.
        """
        from .related_posts import current_version, store_choice

        stored = _stored_surroundings(post=post.pk)
        by_role = {role: [] for role in StoredRelatedPost.Role}
        for row in stored:
            # One row stands for each choice of nothing: a missing neighbour, no related post.
            by_role[row.role].append(row.related if row.related_id and row.shown else None)
        if all(by_role.values()):  # rows stored before neighbours were stored lack them
            return PostSurroundings(
                previous=by_role[StoredRelatedPost.Role.PREVIOUS][0],
                next=by_role[StoredRelatedPost.Role.NEXT][0],
                related=[other for other in by_role[StoredRelatedPost.Role.RELATED] if other is not None],
            )
        version = current_version()
        previous, following = self.neighbours_of(post)
        surroundings = PostSurroundings(previous, following, self.choose_related(post, limit))
        store_choice(post, surroundings, version)
        return surroundings

    def choose_related(self, post, limit=RELATED_POSTS):
        """The editor's pins in their order, then the posts of the same index sharing the most
        conditions and tags with `post`, then the newest.

        At most two queries. Candidates are the pins and every post sharing something, which can
        be nearly the whole index: they are scored in one pass over the link tables carrying only
        their ids and sort keys, and only the few chosen are loaded (and scored again) in full.
        The newest fill in when there are too few.
        """
        pins = BlogPageRelatedPost.objects.filter(page=post)
        pin_order = pins.filter(post=OuterRef("pk")).values("sort_order")[:1]
        tags = BlogPageTag.objects.filter(content_object=post).values("tag")
        conditions = BlogPage.conditions.through.objects.filter(blogpage=post).values("condition")
        sibling = self.sibling_of_q(post, inclusive=False)
        published = self.published().exclude(pk=post.pk).defer_streamfields()
        order = ("pinned", "-shared", *NEWEST_FIRST)
        chosen = (
            published.filter(sibling | Q(pk__in=pins.values("post")))
            .alias(
                same_tags=FilteredRelation("tagged_items", condition=Q(tagged_items__tag__in=Subquery(tags))),
                same_conditions=FilteredRelation("conditions", condition=Q(conditions__in=Subquery(conditions))),
            )
            .values("pk")
            .annotate(
                pinned=Coalesce(Subquery(pin_order), Value(limit)),
                shared=Count("same_tags", distinct=True) + Count("same_conditions", distinct=True),
            )
            .filter(Q(pinned__lt=limit) | Q(shared__gt=0))
            .order_by(*order)
            .values("pk")[:limit]
        )
        tagged_alike = BlogPageTag.objects.filter(tag__in=tags)
        filed_alike = BlogPage.conditions.through.objects.filter(condition__in=conditions)
        related = list(
            published.filter(pk__in=chosen)
            .annotate(
                pinned=Coalesce(Subquery(pin_order), Value(limit)),
                shared=count_per(tagged_alike.filter(content_object=OuterRef("pk")), "content_object")
                + count_per(filed_alike.filter(blogpage=OuterRef("pk")), "blogpage"),
            )
            .order_by(*order)
        )
        if len(related) < limit:
            newest = published.filter(sibling).exclude(pk__in=[other.pk for other in related]).newest_first()
            related += list(newest[: limit - len(related)])
        return related

    def neighbours_of(self, post):
        """(previous, next): the published posts of the same index just older and just newer.

        One query, however many posts the index holds: each side walks the date index from the
        post's date and stops at its first row.
        """
        siblings = self.sibling_of(post, inclusive=False).published().defer_streamfields()
        older = siblings.filter(_beyond(post, "lt")).newest_first().annotate(newer=Value(False))[:1]
        newer = siblings.filter(_beyond(post, "gt")).oldest_first().annotate(newer=Value(True))[:1]
        found = {row.newer: row for row in older.union(newer, all=True)}
        return found.get(False), found.get(True)

    def for_listing(self):
        """Posts as their cards show them, newest first; post_cards() loads the rest of what the
        cards show (load_listing_relations())."""
        return self.newest_first().defer_streamfields().select_related("featured_image")


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(OneQueryViewRestrictions, RoutablePageMixin, Page):
    """A health-awareness post: structured body, references, authors and medical review.

    Its routes serve the references as BibTeX, RIS and CSL-JSON downloads.
    """

    date = models.DateField(_("publication date"), default=datetime.date.today)
    intro = models.TextField(
        _("introduction"),
        max_length=300,
        help_text=_("One or two sentences; shown in listings and to search engines."),
    )
    featured_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("featured image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    featured_image_alt = models.CharField(
        _("featured image alternative text"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for readers who cannot see it."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"))
    references = StreamField(ReferencesBlock(), verbose_name=_("references"), blank=True)
    # Stored so that listings need neither the body nor the counting of its words for each card.
    reading_minutes = models.PositiveSmallIntegerField(_("reading time in minutes"), default=1, editable=False)
    conditions = ParentalManyToManyField(Condition, verbose_name=_("conditions"), blank=True, related_name="posts")
    tags = ClusterTaggableManager(through=BlogPageTag, verbose_name=_("tags"), blank=True)
    reviewer = models.ForeignKey(
        Person,
        verbose_name=_("medical reviewer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="reviewed_posts",
    )
    last_reviewed = models.DateField(_("last reviewed"), null=True, blank=True)
    next_review_due = models.DateField(_("next review due"), null=True, blank=True)

    class AllowComments(models.TextChoices):
        SITE_DEFAULT = "default", _("As the site's discussion settings say")
        OPEN = "open", _("Open on this post")
        CLOSED = "closed", _("Closed on this post")

    # Not "comments": the Wagtail page editor already uses that name for editors' own comments.
    allow_comments = models.CharField(
        _("reader comments"), max_length=8, choices=AllowComments.choices, default=AllowComments.SITE_DEFAULT
    )
    disclaimer = RichTextField(
        _("disclaimer"),
        features=INLINE_FEATURES,
        blank=True,
        help_text=_("Replaces the site-wide disclaimer on this post only."),
    )

    objects = PageManager.from_queryset(BlogPageQuerySet)()

    content_panels = [
        TitleFieldPanel("title"),
        FieldPanel("intro"),
        FieldPanel("date"),
        MultiFieldPanel([FieldPanel("featured_image"), FieldPanel("featured_image_alt")], heading=_("Featured image")),
        FieldPanel("body"),
    ]
    references_panels = [FieldPanel("references")]
    people_panels = [
        InlinePanel("authors", label=_("Authors"), min_num=1),
        FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("tags"),
        InlinePanel(
            "related_pins",
            label=_("Pinned related posts"),
            heading=_("Related posts"),
            help_text=_(
                "Shown first under “Related posts”, in this order; the rest are picked by shared conditions and tags."
            ),
            max_num=RELATED_POSTS,
        ),
    ]
    settings_panels = Page.settings_panels + [FieldPanel("allow_comments")]
    review_panels = [
        FieldPanel("reviewer"),
        FieldRowPanel([FieldPanel("last_reviewed"), FieldPanel("next_review_due")]),
        FieldPanel("disclaimer"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(references_panels, heading=_("References")),
            ObjectList(people_panels, heading=_("Authors and topics")),
            ObjectList(review_panels, heading=_("Medical review")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )

    search_fields = Page.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.SearchField("references"),
        index.FilterField("date"),
        index.RelatedFields("conditions", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
    ]

    api_fields = [
        APIField("date"),
        APIField("intro"),
        APIField("authors", serializer=AuthorsField()),
        APIField("conditions", serializer=ConditionsField()),
        APIField("tags", serializer=TagsField()),
        APIField("featured_image", serializer=ImageRenditionField("fill-1200x630")),
        APIField("featured_image_alt"),
        APIField("reading_minutes"),
        APIField("body"),
        APIField("references", serializer=ReferencesField()),
        APIField("reviewer", serializer=PersonField()),
        APIField("last_reviewed"),
        APIField("next_review_due"),
        APIField("disclaimer"),
    ]

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")
        # Listings, feeds and previous/next walk posts newest first from this index.
        indexes = [models.Index(fields=["date"], name="blog_post_date")]

    def clean(self):
        super().clean()
        self.reading_minutes = self.count_reading_minutes()  # what a preview shows
        errors = {}
        if self.featured_image_id and not self.featured_image_alt.strip():
            errors["featured_image_alt"] = _("Describe the featured image for readers who cannot see it.")
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            errors["next_review_due"] = _("The next review must come after the last review.")
        if self.last_reviewed and not self.reviewer_id:
            errors["reviewer"] = _("Say who reviewed the post.")
        if self.pk and any(pin.post_id == self.pk for pin in self.related_pins.all()):
            errors["__all__"] = _("A post cannot be pinned as related to itself.")
        missing = unknown_citation_keys(self.body, self.references)
        if missing:
            errors["body"] = ngettext(
                "The findings cite %(keys)s, but no reference has that key. Add it on the References tab.",
                "The findings cite %(keys)s, but no references have those keys. Add them on the References tab.",
                len(missing),
            ) % {"keys": ", ".join(f"“{key}”" for key in missing)}
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Everything below is loaded when a template first asks for it: a page whose content comes
        # from the fragment cache runs none of these queries.
        context["blog_index"] = SimpleLazyObject(self.blog_index)
        context["citations"] = SimpleLazyObject(lambda: CitationIndex(self.body, self.references))
        context["feeds"] = SimpleLazyObject(lambda: self.feed_links(request))
        # comments builds on blog's models
        from comments.comment_list import cache_keys as comment_list_keys
        from comments.form_markup import cache_key as comment_form_key
        from comments.selectors import thread_for_request

        context["fragment_seconds"] = seconds = fragment_seconds(request)
        context["thread"] = thread = thread_for_request(request, self)
        context["fragments"] = fragments = fragment_values(self, thread)
        if seconds:  # the fragments, the comment list and the comment form, in one round trip
            user = getattr(request, "user", None)
            form_key = comment_form_key(self, bool(user and user.is_authenticated))
            read_ahead([*fragment_keys(fragments), *comment_list_keys(self, thread), form_key])
        # A preview holds unsaved authors and conditions in memory; loading from the database
        # would show the published ones instead. An unsaved post has no address or neighbours yet.
        if getattr(request, "is_preview", False):
            context["post_relations"] = {}
        else:
            surroundings = SimpleLazyObject(lambda: BlogPage.objects.surroundings(self))
            # A callable, which templates call when they name it, unlike a lazy object that a
            # {% with %} would only pass along: naming it is what loads the relations.
            context["post_relations"] = functools.cache(lambda: load_post_relations(self))
            context["previous_post"] = SimpleLazyObject(lambda: surroundings.previous)
            context["next_post"] = SimpleLazyObject(lambda: surroundings.next)
            context["related_posts"] = SimpleLazyObject(lambda: surroundings.related)
            context["canonical_url"] = self.get_full_url(request)
            context["cite"] = SimpleLazyObject(lambda: self.citation(request))
        return context

    def blog_index(self):
        # Routing through BlogIndexPage.route() leaves the parent on the post: no query then.
        parent = getattr(self, "_cached_parent_obj", None)
        return parent if isinstance(parent, BlogIndexPage) else BlogIndexPage.objects.parent_of(self).first()

    def feed_links(self, request):
        return feed_links(request) + [
            link for condition in self.conditions.all() for link in feed_links(request, condition_topic(condition))
        ]

    @re_path(r"^references\.(?P<extension>bib|ris|json)/?$", name="references")
    def references_download(self, request, extension):
        # blog/urls.py hands these addresses to Wagtail: its own URL pattern admits no dot.
        return serve_reference_export(self, EXPORT_FORMATS[extension])

    def citation(self, request):
        """The post itself in APA 7 and Vancouver, cited today."""
        return cite_post(
            [author.person.name for author in self.authors.all()],
            self.title,
            site_name(request),
            self.date,
            self.get_full_url(request),
            cited=timezone.localdate(),
        )

    def count_reading_minutes(self):
        return minutes_for_post(self.intro, self.body.raw_data)

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if update_fields is None or {"intro", "body"} & set(update_fields):
            self.reading_minutes = self.count_reading_minutes()
            if update_fields is not None:
                kwargs["update_fields"] = {*update_fields, "reading_minutes"}
        return super().save(*args, **kwargs)

    @property
    def reading_time(self):
        minutes = self.reading_minutes
        return ngettext("Reading time: %(minutes)d minute", "Reading time: %(minutes)d minutes", minutes) % {
            "minutes": minutes
        }

    def body_images(self):
        """The images of the body's image blocks, in order."""
        return [child.value["image"] for child in self.body if child.block_type == "image" and child.value["image"]]

    @property
    def headings(self):
        """The h2 sections, for the "in this post" list: each has .text and .anchor_id."""
        return [
            {"text": child.value["text"], "anchor_id": child.value.anchor_id}
            if child.block_type == "heading"
            else {"text": child.value["title"], "anchor_id": child.value.anchor_id}
            for child in self.body
            if (child.block_type == "heading" and child.value["level"] == "h2")
            or (child.block_type == "research_findings" and child.value["title"])
        ]


class BlogPageAuthor(Orderable):
    """Links a post to its authors, in the order the byline lists them."""

    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="authors")
    person = models.ForeignKey(Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("person")]

    class Meta(Orderable.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        constraints = [models.UniqueConstraint(fields=["page", "person"], name="unique_author_per_post")]


class BlogPageRelatedPost(Orderable):
    """A post the editor pins under "Related posts", ahead of the ones picked automatically."""

    page = ParentalKey(BlogPage, on_delete=models.CASCADE, related_name="related_pins")
    post = models.ForeignKey(BlogPage, verbose_name=_("post"), on_delete=models.CASCADE, related_name="+")

    panels = [PageChooserPanel("post", "blog.BlogPage")]

    class Meta(Orderable.Meta):
        verbose_name = _("pinned related post")
        verbose_name_plural = _("pinned related posts")
        constraints = [models.UniqueConstraint(fields=["page", "post"], name="unique_related_pin_per_post")]


class RelatedPostsVersion(models.Model):
    """One row counting the changes to which posts are published, where and to whom.

    Related posts stored under an older number are chosen again (blog/related_posts.py).
    """

    number = models.BigIntegerField(default=0)


class StoredRelatedPost(models.Model):
    """One of the posts chosen for a post's page to link to at its end (a related post, its previous
    or its next post), under the RelatedPostsVersion it was chosen in."""

    class Role(models.TextChoices):
        # In the order a page's rows are read.
        NEXT = "next", _("next post")
        PREVIOUS = "previous", _("previous post")
        RELATED = "related", _("related post")

    post = models.ForeignKey(BlogPage, on_delete=models.CASCADE, related_name="+")
    role = models.CharField(max_length=8, choices=Role, default=Role.RELATED)
    # Empty in a row that stands for a choice of nothing: no related post, no previous or next post.
    related = models.ForeignKey(BlogPage, null=True, on_delete=models.CASCADE, related_name="stored_as_related")
    position = models.PositiveSmallIntegerField()
    version = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["post", "role", "position"], name="unique_stored_related_role_position")
        ]


class PostSurroundings(NamedTuple):
    """What a post page links to at its end (BlogPageQuerySet.surroundings())."""

    previous: BlogPage | None
    next: BlogPage | None
    related: list[BlogPage]


@register_setting(icon="doc-full")
class PublisherSettings(CachedSiteSetting):
    """Who publishes the site's posts, as readers, search engines and link previews are told."""

    disclaimer = RichTextField(
        _("disclaimer"),
        features=INLINE_FEATURES,
        blank=True,
        help_text=_("Shown at the end of every post that has no disclaimer of its own. Empty: a standard text."),
    )
    blurb = RichTextField(
        _("about the publisher"),
        features=INLINE_FEATURES,
        blank=True,
        help_text=_("A few sentences after each post: who we are, how we choose sources, how we review."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Given to search engines as the publisher's logo."),
    )
    share_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("default sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in link previews of pages and posts that have no featured image."),
    )
    share_image_alt = models.CharField(_("default sharing image alternative text"), max_length=300, blank=True)
    social_handle = models.CharField(
        _("X (Twitter) account"),
        max_length=16,
        blank=True,
        validators=[validate_social_handle],
        help_text=_("e.g. @zebramedic; named in link previews."),
    )

    panels = [
        FieldPanel("disclaimer"),
        FieldPanel("blurb"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("share_image"), FieldPanel("share_image_alt"), FieldPanel("social_handle")],
            heading=_("Search engines and link previews"),
        ),
    ]

    class Meta:
        verbose_name = _("publisher settings")

    def clean(self):
        super().clean()
        if self.share_image_id and not self.share_image_alt.strip():
            raise ValidationError({"share_image_alt": _("Describe the sharing image for readers who cannot see it.")})


# What a post card shows of its post besides the post (see load_listing_relations()), in SQL
# compiled once per number of posts or images on a listing page.
_listed_authors = CompiledQuery(
    BlogPageAuthor, lambda pages: BlogPageAuthor.objects.select_related("person").filter(page__in=pages)
)
_listed_conditions = CompiledQuery(
    "blog.BlogPage_conditions",
    lambda pages: (
        BlogPage.conditions.through.objects.select_related("condition")
        .filter(blogpage__in=pages)
        .order_by("condition__name", "condition")
    ),
)
_card_renditions = CompiledQuery(
    Rendition, lambda images: Rendition.objects.filter(image__in=images, filter_spec__in=expand(CARD_SPECS))
)


def load_listing_relations(posts):
    """Load the authors, conditions and cover renditions of a page of posts, in three queries."""
    posts = list(posts)
    pages = [post.pk for post in posts]
    authors, conditions = defaultdict(list), defaultdict(list)
    for author in _listed_authors(pages=pages):
        authors[author.page_id].append(author)
    for link in _listed_conditions(pages=pages):
        conditions[link.blogpage_id].append(link.condition)
    for post in posts:
        keep_prefetched(post, "authors", authors[post.pk])
        keep_prefetched(post, "conditions", conditions[post.pk])
    load_renditions(_card_renditions, [post.featured_image for post in posts if post.featured_image])
    return posts


def load_renditions(query, images):
    """Leave on each image its renditions that `query` (a compiled query of renditions of a list
    of images) finds, as prefetch_related_objects() would: one query, compiled once per number
    of distinct images."""
    renditions = defaultdict(list)
    for rendition in query(images=sorted({image.pk for image in images})):
        renditions[rendition.image_id].append(rendition)
    for image in images:
        keep_prefetched(image, "renditions", renditions[image.pk])


POST_RELATIONS = (
    Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person__photo")),
    "conditions",
    "tags",
)
# The same for the one post of a post page, in SQL compiled once (see load_post_relations()).
_post_authors = CompiledQuery(
    BlogPageAuthor, lambda page: BlogPageAuthor.objects.select_related("person__photo").filter(page=page)
)
_post_conditions = CompiledQuery(Condition, lambda page: Condition.objects.filter(posts=page))
_post_tags = CompiledQuery(Tag, lambda page: Tag.objects.filter(blog_blogpagetag_items__content_object=page).distinct())
# The sizes of the post's cover, the images of its body and its authors' photos.
_post_renditions = CompiledQuery(
    Rendition,
    lambda images: Rendition.objects.filter(
        image__in=images, filter_spec__in=expand(POST_IMAGE_SPECS, PORTRAIT_SPECS, SHARE_RENDITION)
    ),
)


def load_post_relations(post):
    """Load what a post page shows in a fixed number of queries, however long the post is.

    Returns the stored embeds of the body's embed blocks, by address.
    """
    # POST_RELATIONS, with SQL compiled once: prefetch_related_objects() compiled three queries.
    keep_prefetched(post, "authors", _post_authors(page=post.pk))
    keep_prefetched(post, "conditions", _post_conditions(page=post.pk))
    keep_prefetched(post, "tags", _post_tags(page=post.pk))
    if post.reviewer_id and not BlogPage.reviewer.is_cached(post):
        prefetch_related_objects([post], "reviewer")
    # The renditions of every image the page shows, in one query: cover, body and author photos.
    photos = [author.person.photo for author in post.authors.all()]
    images = [image for image in [post.featured_image, *post.body_images(), *photos] if image]
    if images:
        load_renditions(_post_renditions, images)
    return stored_embeds(child.value["url"] for child in post.body if child.block_type == "embed")
