"""Pagination that turns whatever a reader typed in ?page= into a page that exists."""

from django.core.paginator import Paginator


def page_number(raw, last):
    """1 for missing or non-numeric values, clamped to the first and last page otherwise."""
    try:
        number = int(str(raw).strip())
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), last)


def paginate(queryset, raw_number, per_page):
    paginator = Paginator(queryset, per_page)
    return paginator.page(page_number(raw_number, paginator.num_pages))
