"""A first moderation queue in the Wagtail admin: list, filter, search, and change a comment's status.

The full moderators' workspace (bulk actions, one-click email links, audit log) is its own issue.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column, DateColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet

from . import notifications
from .models import Comment, Status


class EditCommentView(generic.EditView):
    def save_instance(self):
        was_public = Comment.objects.approved().filter(pk=self.object.pk).exists()
        instance = super().save_instance()
        if instance.status == Status.APPROVED and not was_public:
            notifications.comment_published(instance, self.request)
        return instance


class CommentViewSet(ModelViewSet):
    model = Comment
    icon = "comment"
    menu_label = _("Comments")
    menu_order = 250
    add_to_admin_menu = True
    form_fields = ["status", "comment"]
    list_display = [
        Column("user_name", label=_("Author")),
        Column("comment", label=_("Comment")),
        Column("status", label=_("Status"), accessor="get_status_display"),
        DateColumn("submit_date", label=_("Sent")),
    ]
    list_filter = ["status", "submit_date"]
    search_fields = ["comment", "user_name", "user_email"]
    ordering = ["-submit_date"]
    edit_view_class = EditCommentView
    copy_view_enabled = False
    inspect_view_enabled = True


@hooks.register("register_admin_viewset")
def register_comment_viewset():
    return CommentViewSet("comment_moderation")
