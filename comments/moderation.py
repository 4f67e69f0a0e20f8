"""Every decision a moderator takes on a comment, in one place.

The admin's buttons, its bulk actions and the one-click links in moderators' emails all call these
functions: each locks the comment, changes it, writes Wagtail's audit log (who, what, when) and
announces the change (``comment_changed``) so that cached pages can be purged.
"""

from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from . import notifications
from .models import Comment, DiscussionSettings, SpamSender, Status, commenter_name
from .signals import send_comment_changed


class NotApplicable(Exception):
    """The action makes no sense for the comment as it is now (e.g. restoring a comment not in the trash)."""


@dataclass(frozen=True)
class Action:
    name: str
    label: object  # what the button says
    done: object  # what the audit log and messages say happened
    icon: str

    def applies_to(self, comment, flagged=False):
        return comment.status in APPLIES[self.name] or (self.name == "approve" and flagged)


ACTIONS = {
    action.name: action
    for action in (
        Action("approve", _("Approve"), _("Comment approved"), "check"),
        Action("unapprove", _("Unapprove"), _("Comment unapproved"), "minus"),
        Action("spam", _("Spam"), _("Comment marked as spam"), "warning"),
        Action("not_spam", _("Not spam"), _("Comment marked as not spam"), "success"),
        Action("trash", _("Trash"), _("Comment moved to the trash"), "bin"),
        Action("restore", _("Restore"), _("Comment restored from the trash"), "undo"),
    )
}
# The statuses each action takes a comment from. Approving an approved comment that readers flagged
# keeps it and clears the flags (see Action.applies_to).
APPLIES = {
    "approve": {Status.PENDING, Status.UNCONFIRMED},
    "unapprove": {Status.APPROVED},
    "spam": {Status.PENDING, Status.UNCONFIRMED, Status.APPROVED, Status.TRASH},
    "not_spam": {Status.SPAM},
    "trash": {Status.PENDING, Status.UNCONFIRMED, Status.APPROVED, Status.SPAM},
    "restore": {Status.TRASH},
}
# Extra audit log actions, beside the status changes above.
EDIT, REPLY, ERASE, EXPORT = "edit", "reply", "erase", "export"


def log_action_name(action):
    return f"comments.{action}"


def approve(comment, user, request=None):
    """Publish a held comment, or keep a flagged one on show and clear its flags."""
    return _decide(comment, user, "approve", Status.APPROVED, request)


def unapprove(comment, user, request=None):
    """Take a published comment back to the queue."""
    return _decide(comment, user, "unapprove", Status.PENDING, request)


def mark_spam(comment, user, request=None):
    """File as spam and teach the filters: the same address or IP is held next time."""
    comment = _decide(comment, user, "spam", Status.SPAM, request)
    SpamSender.objects.create(
        comment=comment, email=comment.user_email.lower(), ip_address=comment.ip_address, marked_by=user
    )
    return comment


def not_spam(comment, user, request=None):
    """A false positive: forget what it taught the filters, and publish it."""
    comment = _decide(comment, user, "not_spam", Status.APPROVED, request)
    SpamSender.objects.filter(comment=comment).delete()
    return comment


def trash(comment, user, request=None):
    """Hide a comment; it can be restored until the trash is emptied (after 30 days)."""
    return _decide(comment, user, "trash", Status.TRASH, request)


def restore(comment, user, request=None):
    """Back from the trash to where it was: published, held, or filed as spam."""
    return _decide(comment, user, "restore", _status_before_trash, request)


def perform(name, comment, user, request=None, expected_count=None):
    """Run one of ACTIONS by name (bulk actions and one-click links name them).

    With expected_count, only if nobody decided anything on the comment since that count was read.
    """
    if expected_count is not None:
        with transaction.atomic():
            if _locked(comment).moderation_count != expected_count:
                raise NotApplicable(name)
            return perform(name, comment, user, request)
    return {
        "approve": approve,
        "unapprove": unapprove,
        "spam": mark_spam,
        "not_spam": not_spam,
        "trash": trash,
        "restore": restore,
    }[name](comment, user, request)


def edit(comment, text, user):
    """Change a comment's words, e.g. to remove a phone number or unsafe advice, keeping its status."""
    with transaction.atomic():
        comment = _locked(comment)
        if text == comment.comment:
            return comment
        before = len(comment.comment)
        comment.comment = text
        comment.reviewed_at = timezone.now()
        comment.moderation_count += 1
        comment.save(update_fields=["comment", "reviewed_at", "moderation_count"])
        # Only lengths: the log outlives an erased comment and must not keep its words.
        log(comment, log_action_name(EDIT), user=user, data={"characters": [before, len(text)]})
        send_comment_changed(comment)
    return comment


def reply_as_staff(comment, text, user, request=None):
    """Answer a comment in its thread under the staff member's name, published at once.

    Replying to a held comment approves it first, as a reply under a hidden comment would not show.
    When the thread is as deep as the site allows, the reply goes to the nearest comment that can take one.
    """
    with transaction.atomic():
        comment = _locked(comment)
        if comment.status in (Status.PENDING, Status.UNCONFIRMED):
            comment = approve(comment, user, request)
        elif comment.status != Status.APPROVED:
            raise NotApplicable
        parent = _deepest_allowed_parent(comment)
        reply = Comment(
            content_type_id=comment.content_type_id,
            object_pk=comment.object_pk,
            site_id=comment.site_id,
            user=user,
            user_name=commenter_name(user)[:50],
            user_email=user.email,
            comment=text,
            submit_date=timezone.now(),
            parent_id=parent.pk,
            status=Status.APPROVED,
            confirmed_at=timezone.now(),
            status_changed_at=timezone.now(),
            reviewed_at=timezone.now(),
        )
        reply.save()
        log(comment, log_action_name(REPLY), user=user, data={"reply": reply.pk})
        log(reply, "wagtail.create", user=user)
        send_comment_changed(reply)
        notifications.comment_published(reply, request)
    return reply


def log_erasure(comment, user, mode):
    """Audit an erasure without keeping what was erased."""
    log(comment, log_action_name(ERASE), user=user, data={"mode": mode})
    send_comment_changed(comment)


def log_deletion(comment, user=None):
    """The trash emptied: the audit log keeps that the comment existed and went, not its words."""
    log(comment, "wagtail.delete", user=user, deleted=True)


def log_export(comment, user):
    log(comment, log_action_name(EXPORT), user=user)


def _status_before_trash(comment):
    return comment.previous_status if comment.previous_status not in ("", Status.TRASH) else Status.PENDING


def _decide(comment, user, name, status, request):
    """Lock, check, change, log, announce. `status` may be a function of the comment as stored."""
    with transaction.atomic():
        comment = _locked(comment)
        flagged = name == "approve" and Comment.objects.flagged().filter(pk=comment.pk).exists()
        if not ACTIONS[name].applies_to(comment, flagged=flagged):
            raise NotApplicable(name)
        was_public = comment.status == Status.APPROVED
        before = comment.status
        now = timezone.now()
        comment.set_status(status(comment) if callable(status) else status, now)
        comment.reviewed_at = now
        comment.moderation_count += 1
        comment.save(
            update_fields=[
                "status",
                "previous_status",
                "status_changed_at",
                "reviewed_at",
                "moderation_count",
                "is_public",
                "is_removed",
            ]
        )
        log(comment, log_action_name(name), user=user, data={"from": before, "to": comment.status})
        if was_public != (comment.status == Status.APPROVED):
            send_comment_changed(comment)
        if comment.status == Status.APPROVED and not was_public:
            notifications.comment_published(comment, request)
    return comment


def _locked(comment):
    """The comment as stored now, locked until the transaction ends: two moderators never half-decide."""
    return Comment.objects.select_for_update(of=("self",)).get(pk=comment.pk)


def _deepest_allowed_parent(comment):
    post = comment.content_object
    site = post.get_site() if post is not None else None
    max_depth = DiscussionSettings.for_site(site).max_depth if site is not None else 3
    parent = comment
    while parent.level + 1 >= max_depth and parent.parent_id != parent.pk:
        parent = Comment.objects.get(pk=parent.parent_id)
    return parent
