"""The read-only JSON API: published posts, with references and medical review, under /api/v2/."""

from django.core.exceptions import ValidationError
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet

from .models import NEWEST_FIRST, POST_RELATIONS, BlogPage

# Far beyond any real listing, and far below PostgreSQL's bigint, which an OFFSET must fit in.
MAX_OFFSET = 10**12

POST_LISTING_FIELDS = ["date", "intro", "authors", "conditions", "reviewer", "last_reviewed", "next_review_due"]


class PostsAPIViewSet(PagesAPIViewSet):
    """Posts readers may see on the request's site, newest first; `?order=` still applies."""

    model = BlogPage
    name = "posts"
    # Only posts come from here: a ?type= of another page type has no meaning.
    known_query_parameters = PagesAPIViewSet.known_query_parameters - {"type"}
    listing_default_fields = PagesAPIViewSet.listing_default_fields + POST_LISTING_FIELDS

    def get_queryset(self):
        # The first step of the listing, a post's detail and find/: refuse what would fail a query later.
        refuse_malformed_parameters(self.request)
        public = self.get_base_queryset().values("pk")
        posts = BlogPage.objects.filter(pk__in=public).select_related("reviewer")
        return posts.order_by(*NEWEST_FIRST).prefetch_related(*POST_RELATIONS)

    def find_object(self, queryset, request):
        try:
            return super().find_object(queryset, request)
        except (ValueError, ValidationError) as error:  # ?id=abc: Wagtail passes it to the query as is
            raise BadRequestError("id must be a positive integer") from error

    def filter_queryset(self, queryset):
        try:
            return super().filter_queryset(queryset)
        except ValidationError as error:  # e.g. ?date=yesterday: Wagtail's field filter lets it through
            raise BadRequestError("; ".join(error.messages)) from error


def refuse_malformed_parameters(request):
    """A 400 with a message for what Wagtail would pass on to a failing query."""
    # PostgreSQL refuses NUL characters in text.
    if any("\x00" in key or "\x00" in value for key, values in request.GET.lists() for value in values):
        raise BadRequestError("query parameters cannot contain null characters")
    offset = request.GET.get("offset", "")
    if offset.isascii() and offset.isdigit() and int(offset) > MAX_OFFSET:
        raise BadRequestError(f"offset cannot be higher than {MAX_OFFSET}")
    # Any other operator reaches the search backend, which raises ValueError.
    if request.GET.get("search_operator", "and") not in ("and", "or"):
        raise BadRequestError("search_operator must be 'and' or 'or'")


api_router = WagtailAPIRouter("api")
api_router.register_endpoint("posts", PostsAPIViewSet)
