"""The editors' "Reviews due" report: posts whose next medical review is overdue or close."""

import datetime

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.tables import Column, LiveStatusTagColumn, TitleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.permission_policies.pages import PagePermissionPolicy

from .models import BlogPage

REVIEW_WARNING_DAYS = 30
EDITOR_PERMISSIONS = ["add", "change", "publish"]


def review_horizon(today=None):
    return (today or timezone.localdate()) + datetime.timedelta(days=REVIEW_WARNING_DAYS)


def due_label(post, today=None):
    """“12 Dec 2026 · overdue by 3 days”, “… · due in 5 days” or “… · due today”."""
    days = (post.next_review_due - (today or timezone.localdate())).days
    if days < 0:
        when = ngettext("overdue by %(days)d day", "overdue by %(days)d days", -days) % {"days": -days}
    elif days == 0:
        when = _("due today")
    else:
        when = ngettext("due in %(days)d day", "due in %(days)d days", days) % {"days": days}
    return f"{date_format(post.next_review_due, 'DATE_FORMAT')} · {when}"


class ReviewsDueView(ReportView):
    page_title = _("Reviews due")
    header_icon = "time"
    index_url_name = "blog_reviews_due"
    index_results_url_name = "blog_reviews_due_results"
    any_permission_required = EDITOR_PERMISSIONS
    paginate_by = 50
    list_export = ["title", "reviewer", "last_reviewed", "next_review_due", "status_string"]
    export_headings = {
        "title": _("Title"),
        "reviewer": _("Medical reviewer"),
        "last_reviewed": _("Last reviewed"),
        "next_review_due": _("Next review due"),
        "status_string": _("Status"),
    }

    @property
    def permission_policy(self):
        return PagePermissionPolicy()

    @property
    def columns(self):
        return [
            TitleColumn("title", label=_("Post"), get_url=_edit_url),
            Column("next_review_due", label=_("Next review due"), accessor=due_label),
            Column("reviewer", label=_("Medical reviewer")),
            Column("last_reviewed", label=_("Last reviewed"), accessor=_last_reviewed),
            LiveStatusTagColumn(),
        ]

    def get_filename(self):
        return f"reviews-due-{timezone.localdate():%Y-%m-%d}"

    def get_queryset(self):
        editable = self.permission_policy.instances_user_has_permission_for(self.request.user, "change")
        return (
            BlogPage.objects.filter(pk__in=editable.values("pk"))
            .review_due(review_horizon())
            .select_related("reviewer")
        )


def _edit_url(post):
    return reverse("wagtailadmin_pages:edit", args=[post.pk])


def _last_reviewed(post):
    return date_format(post.last_reviewed, "DATE_FORMAT") if post.last_reviewed else ""


class ReviewsDueMenuItem(MenuItem):
    def is_shown(self, request):
        return PagePermissionPolicy().user_has_any_permission(request.user, EDITOR_PERMISSIONS)


def reviews_due_menu_item():
    return ReviewsDueMenuItem(
        _("Reviews due"), reverse("blog_reviews_due"), name="reviews-due", icon_name="time", order=650
    )
