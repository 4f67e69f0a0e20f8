"""What the moderators' list shows: status tabs, filters and search, each a few queries whatever the queue holds.

The admin's list, its "select all" bulk actions and the tab counts all narrow comments through here,
so that a bulk action on "everything in this list" acts on exactly what the moderator saw.
"""

import django_filters
from django.contrib.postgres.search import SearchQuery, SearchVector
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.core.validators import validate_ipv46_address
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery, Value
from django.db.models.functions import Cast, Coalesce, Left
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.models import Page

from .models import REMOVED, Comment, Reaction, Status, is_flagged

# The text search configuration of the index made in migration 0003: the site writes Portuguese first.
SEARCH_CONFIG = "portuguese"
FLAGGED, ALL = "flagged", "all"
TABS = [
    (Status.PENDING.value, _("Pending")),
    (FLAGGED, _("Flagged")),
    (Status.APPROVED.value, _("Approved")),
    (Status.SPAM.value, _("Spam")),
    (Status.TRASH.value, _("Trash")),
    (ALL, _("All")),
]
DEFAULT_TAB = Status.PENDING.value
EXCERPT_LENGTH = 160


def tab_from(data):
    value = data.get("status", DEFAULT_TAB)
    return value if value in dict(TABS) else DEFAULT_TAB


def in_tab(queryset, tab):
    if tab == FLAGGED:
        return queryset.flagged()
    if tab == ALL:
        return queryset
    return queryset.filter(status=tab)


def tab_counts(queryset):
    """{tab: number of comments} in one query."""
    counts = queryset.order_by().aggregate(
        **{
            tab: Count("pk", filter=Q(status=tab))
            for tab in (Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH)
        },
        **{FLAGGED: Count("pk", filter=is_flagged() & ~Q(status__in=REMOVED))},
        **{ALL: Count("pk")},
    )
    return {str(key): value for key, value in counts.items()}


def queue_counts():
    """tab_counts() of the whole queue, cached until a comment or a flag changes."""
    from .cache_invalidation import comments_generation

    key = f"comments:queue-counts:{comments_generation()}"
    counts = cache.get(key)
    if counts is None:
        counts = tab_counts(Comment.objects.all())
        cache.set(key, counts, timeout=3600)
    return counts


def search(queryset, text):
    """Full-text search of the comment text (PostgreSQL, stemmed); an address searches the authors' addresses."""
    text = text.strip()
    if not text:
        return queryset
    if "@" in text and " " not in text:
        return queryset.filter(user_email__icontains=text)
    query = SearchQuery(text, search_type="websearch", config=SEARCH_CONFIG)
    return queryset.annotate(text_search=SearchVector("comment", config=SEARCH_CONFIG)).filter(text_search=query)


def with_context(queryset):
    """Everything a row shows, in the same query: the post's title, the parent it answers, the open flags."""
    parent = Comment.objects.filter(pk=OuterRef("parent_id")).order_by()
    flags = (
        Reaction.objects.filter(comment=OuterRef("pk"), kind=Reaction.Kind.FLAG)
        .filter(Q(comment__reviewed_at__isnull=True) | Q(created_at__gt=models.F("comment__reviewed_at")))
        .order_by()
        .values("comment")
        .annotate(total=Count("pk"))
        .values("total")
    )
    return queryset.select_related("user").annotate(
        post_title=Subquery(
            Page.objects.filter(pk=Cast(OuterRef("object_pk"), models.BigIntegerField())).order_by().values("title")[:1]
        ),
        parent_name=Subquery(parent.values("user_name")[:1]),
        parent_excerpt=Subquery(parent.annotate(excerpt=Left("comment", EXCERPT_LENGTH)).values("excerpt")[:1]),
        open_flags=Coalesce(Subquery(flags), Value(0)),
    )


class CommentFilterSet(WagtailFilterSet):
    # Text, not a list of every post: the list would cost a query on every page of the queue.
    post = django_filters.CharFilter(
        label=_("Post"), method="filter_post", help_text=_("Words of its title, or its number.")
    )
    submit_date = django_filters.DateFromToRangeFilter(label=_("Sent"), widget=DateRangePickerWidget)
    email = django_filters.CharFilter(label=_("Author email"), field_name="user_email", lookup_expr="icontains")
    ip_address = django_filters.CharFilter(label=_("IP address"), method="filter_ip")

    class Meta:
        model = Comment
        fields = []

    def filter_post(self, queryset, name, value):
        value = value.strip()
        if value.isdigit():
            return queryset.filter(object_pk=value)
        if not value:
            return queryset
        titles = Page.objects.filter(title__icontains=value).annotate(key=Cast("pk", models.CharField()))
        return queryset.filter(object_pk__in=titles.values("key"))

    def filter_ip(self, queryset, name, value):
        value = value.strip()
        if not value:
            return queryset
        try:
            validate_ipv46_address(value)
        except ValidationError:
            return queryset.none()
        return queryset.filter(ip_address=value)


def filtered(data, request=None, queryset=None):
    """(comments matching the filters and search but not the tab, filterset) for a listing's query string."""
    queryset = Comment.objects.all() if queryset is None else queryset
    filters = CommentFilterSet(data, queryset=queryset, request=request)
    if filters.is_valid():
        queryset = filters.qs
    return search(queryset, data.get("q", "")), filters
