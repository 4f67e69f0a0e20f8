"""What a filtered listing of posts is about: a condition, a tag, an author or a month.

A Topic carries what the listing page and its feeds show about it (breadcrumb label, heading,
description) and how it narrows a BlogPageQuerySet. Topics are built from objects already loaded,
so building one costs no query; find_topic() is the one lookup by slug, for routes and feeds.
"""

import calendar
import datetime
from dataclasses import dataclass

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from taggit.models import Tag


@dataclass(frozen=True)
class Topic:
    kind: str  # "condition", "tag", "author" or "month": also the BlogIndexPage route's name
    route_args: tuple  # the route's arguments
    name: str  # breadcrumb label
    heading: str
    # The BlogPageQuerySet method that narrows posts to the topic, and its arguments: whole numbers
    # (ids) for a condition, tag or author, so that a listing's query can be compiled once for
    # every topic of its kind (blog.models.listed_page()).
    selection: tuple
    description: str = ""
    # The slug of this topic's own feeds; None when it has none and offers the site's feeds.
    feed_slug: str | None = None

    def narrow(self, posts):
        method, *arguments = self.selection
        return getattr(posts, method)(*arguments)


def condition_topic(condition):
    return Topic(
        kind="condition",
        route_args=(condition.slug,),
        name=condition.name,
        heading=_("Posts about %(condition)s") % {"condition": condition.name},
        selection=("in_condition", condition.pk),
        description=condition.description,
        feed_slug=condition.slug,
    )


def tag_topic(tag):
    return Topic(
        kind="tag",
        route_args=(tag.slug,),
        name=f"#{tag.name}",
        heading=_("Posts tagged “%(tag)s”") % {"tag": tag.name},
        selection=("tagged", tag.pk),
        feed_slug=tag.slug,
    )


def author_topic(person):
    return Topic(
        kind="author",
        route_args=(person.slug,),
        name=person.name,
        heading=_("Posts by %(author)s") % {"author": person.name},
        selection=("by_author", person.pk),
        description=person.role,
        feed_slug=person.slug,
    )


def month_topic(year, month):
    """The topic of /<year>/<month>/; Http404 for a month that cannot exist ("2026/13", "0000/01")."""
    try:
        first_day = datetime.date(int(year), int(month), 1)
    except (TypeError, ValueError):
        raise Http404("No such month.") from None
    label = date_format(first_day, "YEAR_MONTH_FORMAT")
    return Topic(
        kind="month",
        route_args=(f"{first_day.year:04d}", f"{first_day.month:02d}"),
        name=label,
        heading=_("Posts from %(month)s") % {"month": label},
        selection=("in_month", first_day.year, first_day.month),
    )


def month_bounds(year, month):
    """The first and last day of a month; the last day of 9999-12 exists, the day after does not."""
    return datetime.date(year, month, 1), datetime.date(year, month, calendar.monthrange(year, month)[1])


def find_topic(kind, slug):
    """The condition, tag or author topic with this slug; Http404 when there is none."""
    from .models import Condition, Person

    if kind == "condition":
        return condition_topic(get_object_or_404(Condition, slug=slug))
    if kind == "tag":
        return tag_topic(get_object_or_404(Tag, slug=slug))
    if kind == "author":
        return author_topic(get_object_or_404(Person, slug=slug))
    raise Http404("No such listing.")
