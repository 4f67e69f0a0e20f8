"""The one place that loads comments for reading, in a fixed number of queries.

A thread page is a page of top-level comments with all their approved replies. The template
renders it as nested lists from one flat, ordered list, without a query or an include per comment.
"""

from dataclasses import dataclass, field
from functools import cached_property

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Q, Subquery, TextField
from django.db.models.functions import Cast, Coalesce
from django_comments.models import Comment as StoredComment

from blog.compiled_queries import CompiledQuery
from blog.models import count_per
from blog.pagination import paginate

from .models import Comment, Reaction

OLDEST, NEWEST = "oldest", "newest"
# Names of thread_counts() annotations on a commented object.
TOTAL, ROOTS = "approved_comments", "approved_top_level_comments"


@dataclass
class Node:
    comment: Comment
    level: int
    opens_replies: bool = False
    closes: range = field(default_factory=lambda: range(0))


class ThreadPage:
    """One page of a thread: its counts at once, its comments (`nodes`) on first use.

    A page whose list comes from the cache never reads its comments: the counts and the page
    numbers are all it needs.
    """

    def __init__(self, obj, page, total, order, per_page):
        self.page, self.total, self.order = page, total, order
        self._obj, self._per_page = obj, per_page

    @cached_property
    def nodes(self):
        if not self.page.object_list:  # no top-level comment on this page: nothing to read
            return []
        offset = (self.page.number - 1) * self._per_page
        newest = self.order == NEWEST
        comments = _thread_comments(
            newest,  # not the order asked for, which a reader may make up: each shape is kept
            offset,
            self._per_page,
            content_type=ContentType.objects.get_for_model(self._obj).pk,
            object_pk=str(self._obj.pk),
        )
        roots = sorted((c for c in comments if c.level == 0), key=lambda c: (c.submit_date, c.pk), reverse=newest)
        by_thread = {}
        for comment in comments:
            by_thread.setdefault(comment.thread_id, []).append(comment)
        return _nest([comment for root in roots for comment in by_thread[root.pk]])


def thread_for_request(request, obj):
    """The page of obj's thread the request asks for (?comments-page=, ?comments-order=)."""
    order = NEWEST if request.GET.get("comments-order") == NEWEST else OLDEST
    return thread_page(obj, request.GET.get("comments-page"), order)


def thread_page(obj, page_number=None, order=OLDEST, per_page=None):
    """Approved comments on obj: one page of top-level comments and every reply below them.

    One query for the counts (none when obj was loaded with thread_counts()), and one more for the
    page's comments when they are first used, whatever the thread holds.
    """
    if hasattr(obj, TOTAL) and hasattr(obj, ROOTS):  # counted with obj itself: see thread_counts()
        counts = {"total": getattr(obj, TOTAL), "roots": getattr(obj, ROOTS)}
    else:
        counts = (  # counted as thread_counts() counts them
            _shown(type(obj))
            .filter(object_pk=str(obj.pk))
            .aggregate(total=Count("pk"), roots=Count("pk", filter=Q(xtdcomment__level=0)))
        )
    # Paginating a range of the right length gives page numbers and links without another query.
    per_page = per_page or settings.COMMENTS_PER_PAGE
    page = paginate(range(counts["roots"]), page_number, per_page)
    return ThreadPage(obj, page, counts["total"], order, per_page)


def _page_of_thread(newest, offset, limit, content_type, object_pk):
    """The approved comments under one page of top-level comments, in thread order."""
    approved = Comment.objects.filter(content_type=content_type, object_pk=object_pk).approved()
    root_order = ("-submit_date", "-pk") if newest else ("submit_date", "pk")
    page_roots = approved.filter(level=0).order_by(*root_order).values("pk")[offset : offset + limit]
    return (
        approved.filter(thread_id__in=Subquery(page_roots))
        .annotate(likes=Coalesce(Subquery(_likes()), 0))
        .order_by("thread_id", "order")
        .only(
            "pk",
            "thread_id",
            "parent_id",
            "level",
            "user_id",
            "user_name",
            "user_url",
            "comment_html",
            "submit_date",
            "status",
        )
    )


# The order and the page's bounds are written into the SQL: one shape for each (the bounds are
# those of the pages that the longest thread has).
_thread_comments = CompiledQuery(Comment, _page_of_thread)


def _likes():
    return (
        Reaction.objects.filter(comment=OuterRef("pk"), kind=Reaction.Kind.LIKE)
        .order_by()
        .values("comment")
        .annotate(total=Count("pk"))
        .values("total")
    )


def _nest(comments):
    """Keep comments whose parent is shown, and mark where reply lists open and close."""
    shown, nodes = set(), []
    for comment in comments:
        if comment.level > 0 and comment.parent_id not in shown:
            continue  # its parent was removed or held: a reply makes no sense without it
        shown.add(comment.pk)
        nodes.append(Node(comment, comment.level))
    for index, node in enumerate(nodes):
        next_level = nodes[index + 1].level if index + 1 < len(nodes) else 0
        node.opens_replies = next_level > node.level
        node.closes = range(max(node.level - next_level, 0))
    return nodes


def thread_counts(model):
    """Annotations for a query of `model` that count each object's approved comments and top-level
    approved comments with the object itself, so that thread_page() needs no query to count them.

    Counted on django-contrib-comments' own table as the listings count (see _shown()), the
    top-level ones joined to django-comments-xtd's level alone: through the status table as well,
    the two counts cost PostgreSQL about 1 ms for a post with 200 comments and 5 ms with 1,000,
    most of the page's wait."""
    shown = _shown_of_outer(model)
    roots = shown.filter(xtdcomment__level=0)
    return {TOTAL: count_per(shown, "content_type"), ROOTS: count_per(roots, "content_type")}


def comment_totals(model):
    """The annotation of thread_counts() that listings need: each object's approved comments, so
    that approved_counts() needs no query. Counted as approved_counts() counts them."""
    return {TOTAL: count_per(_shown_of_outer(model), "content_type")}


def _shown(model):
    """The approved comments of objects of `model`, read from django-contrib-comments' own table:
    its is_public is what Comment.save() makes of the status (approved or not), so the count
    needs neither of the two tables between that one and the status, and an index on the table
    (comments 0007) answers it alone. A listing's ten posts with about 130 comments each cost
    PostgreSQL 5.6 ms counted through the three tables, 0.4 ms so."""
    return StoredComment.objects.filter(content_type=ContentType.objects.get_for_model(model), is_public=True)


def _shown_of_outer(model):
    return _shown(model).filter(object_pk=Cast(OuterRef("pk"), TextField()))


def approved_counts(objects):
    """{pk: number of approved comments} for a list of objects of one model, in one query, or
    none when they were loaded with comment_totals()."""
    if not objects:
        return {}
    if all(hasattr(obj, TOTAL) for obj in objects):
        return {obj.pk: getattr(obj, TOTAL) for obj in objects}
    rows = (
        _shown(type(objects[0]))
        .filter(object_pk__in=[str(obj.pk) for obj in objects])
        .order_by()
        .values("object_pk")
        .annotate(total=Count("pk"))
    )
    return {int(row["object_pk"]): row["total"] for row in rows}


def comment_position(comment, order=OLDEST):
    """The page of the thread a comment is on, for permalinks."""
    root = Comment.objects.only("submit_date", "pk").get(pk=comment.thread_id)
    approved_roots = Comment.objects.for_object(comment.content_object).approved().filter(level=0)
    if order == NEWEST:
        before = approved_roots.filter(submit_date__gt=root.submit_date).count()
    else:
        before = approved_roots.filter(submit_date__lt=root.submit_date).count()
    return before // settings.COMMENTS_PER_PAGE + 1
