"""Bulk actions on a selection of comments, through Wagtail's bulk-action framework.

Each runs the same moderation function as the single-comment buttons, once per comment, so that
every comment gets its own audit log entry, notices and cache purge.
"""

from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.admin.auth import permission_denied
from wagtail.admin.views.bulk_action import BulkAction
from wagtail.permissions import policy_registry

from . import moderation
from .ids import parse_id
from .models import Comment
from .moderation_listing import filtered, in_tab, tab_from


class CommentBulkAction(BulkAction):
    models = [Comment]
    template_name = "comments/admin/confirm_bulk_action.html"

    def dispatch(self, request, *args, **kwargs):
        if not self.check_perm(None):
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)

    def check_perm(self, comment):
        return policy_registry.get_by_type(Comment).user_has_permission(self.request.user, "moderate")

    @classmethod
    def get_queryset(cls, model, object_ids):
        ids = [pk for pk in map(parse_id, object_ids) if pk is not None]
        return Comment.objects.filter(pk__in=ids).order_by("pk")

    def get_all_objects_in_listing_query(self, parent_id):
        """'Select all' acts on what the moderator's list showed: same tab, filters and search."""
        queryset, _filters = filtered(self.request.GET, self.request)
        return in_tab(queryset, tab_from(self.request.GET)).values_list("pk", flat=True)

    def get_actionable_objects(self):
        objects, extra = super().get_actionable_objects()
        flagged = set(Comment.objects.flagged().filter(pk__in=[c.pk for c in objects]).values_list("pk", flat=True))
        action = moderation.ACTIONS[self.action_type]
        applicable = [c for c in objects if action.applies_to(c, flagged=c.pk in flagged)]
        extra["not_applicable"] = [c for c in objects if c not in applicable]
        return applicable, extra

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "action": moderation.ACTIONS[self.action_type]}

    def get_execution_context(self):
        return {"user": self.request.user, "request": self.request, "name": self.action_type}

    @classmethod
    def execute_action(cls, objects, user=None, request=None, name=None, **kwargs):
        done = 0
        for comment in objects:
            try:
                moderation.perform(name, comment, user, request)
                done += 1
            except moderation.NotApplicable:
                pass  # decided on by someone else since the selection was made
        return done, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d comment: %(done)s.", "%(count)d comments: %(done)s.", num_parent_objects) % {
            "count": num_parent_objects,
            "done": moderation.ACTIONS[self.action_type].done,
        }


def _bulk(name, priority, aria_label, classes=frozenset()):
    action = moderation.ACTIONS[name]
    return type(
        f"{name.title().replace('_', '')}BulkAction",
        (CommentBulkAction,),
        {
            "display_name": action.label,
            "action_type": name,
            "aria_label": aria_label,
            "action_priority": priority,
            "classes": set(classes),
        },
    )


BULK_ACTIONS = [
    _bulk("approve", 10, _("Approve the selected comments")),
    _bulk("spam", 20, _("Mark the selected comments as spam"), {"serious"}),
    _bulk("trash", 30, _("Move the selected comments to the trash"), {"serious"}),
    _bulk("unapprove", 40, _("Unapprove the selected comments")),
    _bulk("not_spam", 50, _("Mark the selected comments as not spam")),
    _bulk("restore", 60, _("Restore the selected comments from the trash")),
]
