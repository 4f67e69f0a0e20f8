"""The listing pages a blog index adds to Wagtail's sitemap: one per condition, tag, author and month
that has published posts, each dated by its newest post's last publication.
"""

from django.db.models import Max
from django.db.models.functions import TruncMonth

# (listing route, the value a post's rows are grouped by)
GROUPINGS = (
    ("condition", "conditions__slug"),
    ("tag", "tagged_items__tag__slug"),
    ("author", "authors__person__slug"),
)


def listing_entries(index, request=None):
    from .models import BlogPage

    posts = BlogPage.objects.child_of(index).published().order_by()
    base_url = index.get_full_url(request)
    entries = []
    for kind, key in GROUPINGS:
        rows = posts.filter(**{f"{key}__isnull": False}).values(key).annotate(lastmod=Max("last_published_at"))
        for row in rows.order_by(key):
            entries.append((index.reverse_subpage(kind, args=(row[key],)), row["lastmod"]))
    months = posts.annotate(month=TruncMonth("date")).values("month").annotate(lastmod=Max("last_published_at"))
    for row in months.order_by("-month"):
        route_args = (f"{row['month']:%Y}", f"{row['month']:%m}")
        entries.append((index.reverse_subpage("month", args=route_args), row["lastmod"]))
    return [{"location": base_url + path, "lastmod": lastmod} for path, lastmod in entries]
