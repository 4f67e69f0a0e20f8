"""Wagtail's privacy check on every page served, in one query instead of two, or none at all for
a page loaded with `view_restricted()`.

Before serving a page Wagtail asks it for the view restrictions (password, sign-in, groups) of
itself and its ancestors: one query for the ancestors and whether each is an alias, then one for
the restrictions, plus one for each alias met on the way. Every page's ancestors are named by its
own tree path, and an alias carries its source's restrictions, never its own, so one query can
select the restrictions of the pages on the path that are not aliases and of the sources of
those that are. Wagtail points an alias at the original page, never at another alias, so one step
from an alias reaches the page whose restrictions count.
"""

from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Left, Length
from wagtail.models import Page, PageViewRestriction

# Set on a page by annotating its query with view_restricted().
RESTRICTED = "view_restricted"


def path_and_ancestor_paths(page):
    return [page.path[:end] for end in range(Page.steplen, len(page.path) + 1, Page.steplen)]


def view_restricted():
    """Whether a page of the outer query has view restrictions by the rules above: annotated as
    RESTRICTED on a page query, it spares each page found the query of its own privacy check.

    Restrictions and aliases are few: the subquery starts from them and keeps those whose page
    path begins the outer page's, instead of looking for the outer page's ancestors.
    """
    restrictions = PageViewRestriction.objects.filter(
        Q(page__path=Left(OuterRef("path"), Length("page__path")), page__alias_of__isnull=True)
        | Q(
            page__in=Page.objects.filter(
                alias_of__isnull=False, path=Left(OuterRef(OuterRef("path")), Length("path"))
            ).values("alias_of")
        )
    )
    return Exists(restrictions)


class OneQueryViewRestrictions:
    """For Page subclasses: get_view_restrictions() as Wagtail defines it, in one query."""

    def get_view_restrictions(self):
        if getattr(self, RESTRICTED, None) is False:
            return PageViewRestriction.objects.none()
        on_path = Page.objects.filter(path__in=path_and_ancestor_paths(self))
        return PageViewRestriction.objects.filter(
            Q(page__in=on_path.filter(alias_of__isnull=True).values("pk"))
            | Q(page__in=on_path.filter(alias_of__isnull=False).values("alias_of"))
        )
