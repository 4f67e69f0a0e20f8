"""The cards of a listing page (home, topics, authors), worked out in one pass and printed by Jinja2.

Ten cards took most of a listing's rendering in Django's engine: an include per card, two image
tags, a link reversed through the listing page for every condition and author, two dates and a
plural translation each. Here each topic's link is reversed once per page, the date format
(zebramedic/dates.py) and labels are resolved once, and one Jinja2 template
(templates/jinja2/blog/post_cards.html) prints the results with the same markup.
"""

from dataclasses import dataclass

from wagtail.models import Site

from zebramedic.dates import date_formatter
from zebramedic.jinja2 import render as render_jinja

from .image_sizes import CARD_SPECS
from .models import load_listing_relations
from .plurals import comments_label


@dataclass(frozen=True)
class Card:
    post: object
    url: str
    conditions: list  # (name, url)
    authors: list  # (name, url)
    iso_date: str
    date_text: str
    comments_label: str  # "" when there are none
    lazy: bool


def post_cards(request, blog_index, posts, comment_totals):
    """The markup of a page of post cards (the <li>s of the post list)."""
    cards = list(_cards(request, blog_index, load_listing_relations(posts), comment_totals or {}))
    return render_jinja("blog/post_cards.html", {"cards": cards, "specs": CARD_SPECS})


def _cards(request, blog_index, posts, comment_totals):
    topic_url = _topic_urls(request, blog_index)
    date_text = date_formatter("DATE_FORMAT")
    for number, post in enumerate(posts):
        total = comment_totals.get(post.pk, 0)
        yield Card(
            post=post,
            url=post.get_url(request=request),
            conditions=[(topic.name, topic_url("condition", topic.slug)) for topic in post.conditions.all()],
            authors=[(author.person.name, topic_url("author", author.person.slug)) for author in post.authors.all()],
            iso_date=post.date.isoformat(),
            date_text=date_text(post.date),
            comments_label=comments_label(total) if total else "",
            lazy=number > 0,  # the first card's image is in view as the page opens
        )


def _topic_urls(request, blog_index):
    """topic_url(kind, slug): a topic listing's address, as {% routablepageurl %} gives it."""
    base = blog_index.relative_url(Site.find_for_request(request), request)
    if not base.endswith("/"):
        base += "/"
    known = {}

    def topic_url(kind, slug):
        if (kind, slug) not in known:
            known[kind, slug] = base + blog_index.reverse_subpage(kind, args=[slug])
        return known[kind, slug]

    return topic_url
