"""What editors write and readers read: the blog index (home page), posts, people and conditions."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
    TitleFieldPanel,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index

from .blocks import INLINE_FEATURES, BodyBlock, ReferencesBlock
from .embeds import stored_embeds
from .pagination import paginate
from .references import CitationIndex, unknown_citation_keys

POSTS_PER_PAGE = 10


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

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("slug")]),
        FieldRowPanel([FieldPanel("credentials"), FieldPanel("role")]),
        FieldPanel("bio"),
        FieldPanel("photo"),
        FieldPanel("profile_url"),
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


class BlogIndexPage(Page):
    """The home page: the newest posts first, ten to a page."""

    intro = RichTextField(_("introduction"), features=INLINE_FEATURES, blank=True)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["blog.BlogPage"]

    class Meta:
        verbose_name = _("blog index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        posts = BlogPage.objects.child_of(self).published().for_listing()
        context["posts"] = paginate(posts, request.GET.get("page"), POSTS_PER_PAGE)
        return context


class BlogPageQuerySet(PageQuerySet):
    def published(self):
        """Posts a reader may see: live and not behind a privacy restriction."""
        return self.live().public()

    def newest_first(self):
        return self.order_by("-date", "-first_published_at", "-pk")

    def for_listing(self):
        """Everything a post card shows, loaded in a fixed number of queries."""
        return self.newest_first().select_related("featured_image").prefetch_related(*LISTING_RELATIONS)


class BlogPageTag(TaggedItemBase):
    content_object = ParentalKey("blog.BlogPage", on_delete=models.CASCADE, related_name="tagged_items")


class BlogPage(Page):
    """A health-awareness post: structured body, references, authors and medical review."""

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
    ]
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
            ObjectList(Page.settings_panels, heading=_("Settings")),
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

    parent_page_types = ["blog.BlogIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("blog post")
        verbose_name_plural = _("blog posts")

    def clean(self):
        super().clean()
        errors = {}
        if self.featured_image_id and not self.featured_image_alt.strip():
            errors["featured_image_alt"] = _("Describe the featured image for readers who cannot see it.")
        if self.last_reviewed and self.next_review_due and self.next_review_due <= self.last_reviewed:
            errors["next_review_due"] = _("The next review must come after the last review.")
        if self.last_reviewed and not self.reviewer_id:
            errors["reviewer"] = _("Say who reviewed the post.")
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
        # A preview holds unsaved authors and conditions in memory; loading from the database
        # would show the published ones instead.
        if not getattr(request, "is_preview", False):
            context["embeds"] = load_post_relations(self)
        context["citations"] = CitationIndex(self.body, self.references)
        return context

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


LISTING_RELATIONS = (
    Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person")),
    "conditions",
    "featured_image__renditions",
)
POST_RELATIONS = (
    Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person__photo")),
    "conditions",
    "tags",
    "reviewer",
    "featured_image__renditions",
)


def load_post_relations(post):
    """Load what a post page shows in a fixed number of queries, however long the post is.

    Returns the stored embeds of the body's embed blocks, by address.
    """
    prefetch_related_objects([post], *POST_RELATIONS)
    images = post.body_images()
    if images:
        prefetch_related_objects(images, "renditions")
    return stored_embeds(child.value["url"] for child in post.body if child.block_type == "embed")
