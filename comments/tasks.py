"""Email about comments, queued with the comment and sent by task workers once it is stored.

Nothing a reader wrote exists only in an email: the comment row is saved first, and the email
only carries a link to it. When the mail server cannot be reached, a queue that can run tasks
later (the database queue in production) tries again with growing pauses.
"""

import datetime
import logging
import smtplib

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django_tasks import task
from django_tasks_db.backend import DatabaseBackend

from .models import Comment, Status

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 6
FIRST_PAUSE = datetime.timedelta(minutes=1)


def _send(message, task_function, args, attempt):
    try:
        message.send()
    except (smtplib.SMTPException, OSError):
        backend = task_function.get_backend()
        if attempt >= MAX_ATTEMPTS or not backend.supports_defer:
            raise
        pause = FIRST_PAUSE * 2 ** (attempt - 1)
        logger.warning("Mail server unavailable; email retried in %s (attempt %s).", pause, attempt)
        task_function.using(run_after=timezone.now() + pause).enqueue(*args, attempt=attempt + 1)


@task()
def send_confirmation_request(comment_id, confirm_url, language, attempt=1):
    comment = Comment.objects.filter(pk=comment_id, status=Status.UNCONFIRMED).first()
    if comment is None:
        return  # confirmed, expired or erased before the task ran
    with translation.override(language):
        context = {"comment": comment, "confirm_url": confirm_url, "post": comment.content_object}
        message = EmailMessage(
            _("Confirm your comment on ZebraMedic"),
            render_to_string("comments/email/confirm.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [comment.user_email],
        )
    _send(message, send_confirmation_request, (comment_id, confirm_url, language), attempt)


@task()
def send_reply_notice(comment_id, recipient, comment_url, unsubscribe_url, language, attempt=1):
    comment = Comment.objects.approved().filter(pk=comment_id).first()
    if comment is None:
        return  # removed by a moderator before the notice went out
    with translation.override(language):
        context = {
            "comment": comment,
            "post": comment.content_object,
            "comment_url": comment_url,
            "unsubscribe_url": unsubscribe_url,
        }
        message = EmailMessage(
            _("New reply on ZebraMedic: %(title)s") % {"title": context["post"].title},
            render_to_string("comments/email/reply.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
            # One-click unsubscribe for mail clients (RFC 8058).
            headers={
                "List-Unsubscribe": f"<{unsubscribe_url}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            },
        )
    _send(message, send_reply_notice, (comment_id, recipient, comment_url, unsubscribe_url, language), attempt)


@task()
def send_moderator_notice(comment_id, user_id, language, attempt=1):
    """Tell one moderator about a held comment, with their own one-click Approve and Spam links."""
    from . import notifications

    comment = Comment.objects.pending().filter(pk=comment_id).first()
    moderator = notifications.moderators().filter(pk=user_id).first()
    if comment is None or moderator is None:
        return  # decided on or erased already, or no longer a moderator
    with translation.override(language):
        message = notifications.held_comment_email(comment, moderator)
    _send(message, send_moderator_notice, (comment_id, user_id, language), attempt)


@task()
def send_moderation_digest(user_id, language, attempt=1):
    """The daily digest for one moderator: every held comment, oldest first."""
    from . import notifications

    moderator = notifications.moderators().filter(pk=user_id).first()
    if moderator is None:
        return
    with translation.override(language):
        message = notifications.digest_email(moderator)
    if message is not None:
        _send(message, send_moderation_digest, (user_id, language), attempt)


@task()
def send_author_notice(comment_id, recipient, comment_url, language, attempt=1):
    comment = Comment.objects.approved().filter(pk=comment_id).first()
    if comment is None:
        return
    with translation.override(language):
        post = comment.content_object
        message = EmailMessage(
            _("New comment on your post “%(title)s”") % {"title": post.title},
            render_to_string(
                "comments/email/author_notice.txt", {"comment": comment, "post": post, "url": comment_url}
            ),
            settings.DEFAULT_FROM_EMAIL,
            [recipient],
        )
    _send(message, send_author_notice, (comment_id, recipient, comment_url, language), attempt)


def _queue_in_database(task_function):
    """True when the task queue is a table of the comment's own database (production's queue)."""
    return isinstance(task_function.get_backend(), DatabaseBackend)


def _with_the_comment(enqueue, task_function):
    """Queue emails so that they exist exactly when the comment does.

    With the database queue the task rows are written in the comment's own transaction: both
    commit or neither does, so a database failure between the two cannot keep the comment and
    drop its email. Other queues (run at once in development and tests) wait for the commit, so
    that no email is sent about a comment that was rolled back; their failure must not turn a
    stored comment into an error page.
    """
    if _queue_in_database(task_function):
        enqueue()
    else:
        transaction.on_commit(enqueue, robust=True)


def _queue(task_function, *args):
    _with_the_comment(lambda: task_function.enqueue(*args), task_function)


def request_confirmation(comment, confirm_url):
    """Queue the confirmation email once the comment is safely stored."""
    _queue(send_confirmation_request, comment.pk, confirm_url, _language())


def queue_reply_notice(comment, recipient, comment_url, unsubscribe_url):
    _queue(send_reply_notice, comment.pk, recipient, comment_url, unsubscribe_url, _language())


def queue_moderator_notices(comment):
    """One task per moderator, so that a failed send is retried for that moderator alone."""
    from .notifications import moderators

    language = _language()

    def enqueue():
        for user_id in moderators().values_list("pk", flat=True):
            send_moderator_notice.enqueue(comment.pk, user_id, language)

    _with_the_comment(enqueue, send_moderator_notice)


def queue_moderation_digests(language=None):
    """Queue today's digest for every moderator; returns how many were queued."""
    from .notifications import moderators

    user_ids = list(moderators().values_list("pk", flat=True))
    for user_id in user_ids:
        send_moderation_digest.enqueue(user_id, language or _language())
    return len(user_ids)


def queue_author_notice(comment, recipient, comment_url):
    _queue(send_author_notice, comment.pk, recipient, comment_url, _language())


def _language():
    return translation.get_language() or settings.LANGUAGE_CODE
