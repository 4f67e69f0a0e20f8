"""Search over published posts with Wagtail's database backend (PostgreSQL full-text search)."""

import re

from django.shortcuts import render
from django.utils.html import escape, format_html
from django.utils.safestring import mark_safe

from .models import POSTS_PER_PAGE, BlogPage
from .pagination import paginate

# Longer queries are cut: nobody types more, and the database should never be asked to.
MAX_QUERY_LENGTH = 200
WORD = re.compile(r"\w{2,}")


def clean_query(raw):
    text = " ".join((raw or "").replace("\x00", " ").split())
    return text[:MAX_QUERY_LENGTH]


def highlight(text, query):
    """text, escaped, with the query's words marked.

    Words are found in the text as written and each piece escaped after: matching the escaped
    text would mark words inside its entities ("amp" in "&amp;") and show them to the reader.
    """
    words = sorted({word.lower() for word in WORD.findall(query)}, key=len, reverse=True)
    if not words:
        return escape(text)
    pattern = re.compile("|".join(re.escape(word) for word in words), re.IGNORECASE)
    pieces, start = [], 0
    for match in pattern.finditer(text):
        pieces += [escape(text[start : match.start()]), format_html("<mark>{}</mark>", match.group(0))]
        start = match.end()
    pieces.append(escape(text[start:]))
    return mark_safe("".join(pieces))  # noqa: S308 - every piece is escaped above


def search(request):
    query = clean_query(request.GET.get("q"))
    results = None
    if query:
        # Wagtail search filters only on indexed fields: live() and public() qualify, the listing's
        # published() subquery does not. Posts whose titles match come first, then the newest
        # (blog/search_backend.py).
        matches = BlogPage.objects.live().public().newest_first().search(query, operator="and")
        results = paginate(matches, request.GET.get("page"), POSTS_PER_PAGE)
        for post in results:
            post.highlighted_title = highlight(post.title, query)
            post.highlighted_intro = highlight(post.intro, query)
    return render(request, "blog/search.html", {"query": query, "results": results})
