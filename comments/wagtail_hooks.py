"""The Comments area in the Wagtail admin: the moderators' queue, bulk actions, audit log labels, dashboard."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.site_summary import SummaryItem
from wagtail.admin.ui.components import Component

from . import moderation
from .account_settings import CommentNoticesPanel
from .admin_views import CommentViewSet, can
from .bulk_actions import BULK_ACTIONS


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("comment_moderation")


for bulk_action in BULK_ACTIONS:
    hooks.register("register_bulk_action", bulk_action)


@hooks.register("register_log_actions")
def register_comment_log_actions(actions):
    for action in moderation.ACTIONS.values():
        actions.register_action(moderation.log_action_name(action.name), action.label, action.done)
    actions.register_action(moderation.log_action_name(moderation.EDIT), _("Edit comment"), _("Comment edited"))
    actions.register_action(moderation.log_action_name(moderation.REPLY), _("Reply as staff"), _("Replied to as staff"))
    actions.register_action(
        moderation.log_action_name(moderation.ERASE), _("Erase comment"), _("Comment erased at its author's request")
    )
    actions.register_action(
        moderation.log_action_name(moderation.EXPORT),
        _("Export comment"),
        _("Comment exported at its author's request"),
    )


def moderation_counts():
    """(held, flagged) in one query, for the dashboard."""
    from .moderation_listing import FLAGGED, queue_counts

    counts = queue_counts()
    return counts["pending"], counts[FLAGGED]


class ModerationPanel(Component):
    name = "comment_moderation"
    order = 50
    template_name = "comments/admin/dashboard_panel.html"

    def __init__(self, held, flagged):
        self.held, self.flagged = held, flagged

    def get_context_data(self, parent_context):
        index = reverse("comment_moderation:index")
        return {
            "held": self.held,
            "flagged": self.flagged,
            "pending_url": f"{index}?status=pending",
            "flagged_url": f"{index}?status=flagged",
        }


class HeldCommentsSummaryItem(SummaryItem):
    order = 250
    template_name = "comments/admin/summary_item.html"

    def __init__(self, request, held):
        super().__init__(request)
        self.held = held

    def get_context_data(self, parent_context):
        return {
            "total": self.held,
            "label": ngettext("comment awaiting moderation", "comments awaiting moderation", self.held),
            "url": reverse("comment_moderation:index") + "?status=pending",
        }


@hooks.register("construct_homepage_panels")
def add_moderation_panel(request, panels):
    if can(request.user, "moderate"):
        held, flagged = moderation_counts()
        request._held_comments = held
        panels.append(ModerationPanel(held, flagged))


@hooks.register("construct_homepage_summary_items")
def add_held_comments_summary(request, items):
    if can(request.user, "moderate"):
        held = getattr(request, "_held_comments", None)
        if held is None:
            held = moderation_counts()[0]
        items.append(HeldCommentsSummaryItem(request, held))


@hooks.register("register_account_settings_panel")
def register_comment_notices_panel(request, user, profile):
    return CommentNoticesPanel(request, user, profile)
