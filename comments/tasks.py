"""Email about comments, sent by task workers after the comment's transaction commits.

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


def _on_commit(task_function, *args):
    transaction.on_commit(
        lambda: task_function.enqueue(*args),
        robust=True,  # a mail outage must not turn a stored comment into an error page
    )


def request_confirmation(comment, confirm_url):
    """Queue the confirmation email once the comment is safely stored."""
    _on_commit(send_confirmation_request, comment.pk, confirm_url, _language())


def queue_reply_notice(comment, recipient, comment_url, unsubscribe_url):
    _on_commit(send_reply_notice, comment.pk, recipient, comment_url, unsubscribe_url, _language())


def _language():
    return translation.get_language() or settings.LANGUAGE_CODE
