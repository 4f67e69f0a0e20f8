"""Email about comments, sent by task workers after the comment's transaction commits.

Nothing a reader wrote exists only in an email: the comment row is saved first, and the email
only carries a link to it.
"""

from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django_tasks import task

from .models import Comment


@task()
def send_confirmation_request(comment_id, confirm_url, language):
    comment = Comment.objects.filter(pk=comment_id).first()
    if comment is None:
        return  # deleted (expired, or erased on request) before the task ran
    with translation.override(language):
        context = {"comment": comment, "confirm_url": confirm_url, "post": comment.content_object}
        send_mail(
            _("Confirm your comment on ZebraMedic"),
            render_to_string("comments/email/confirm.txt", context),
            settings.DEFAULT_FROM_EMAIL,
            [comment.user_email],
        )


def request_confirmation(comment, confirm_url):
    """Queue the confirmation email once the comment is safely stored."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: send_confirmation_request.enqueue(comment.pk, confirm_url, language),
        robust=True,  # a mail outage must not turn a stored comment into an error page
    )


@task()
def send_reply_notice(comment_id, recipient, comment_url, unsubscribe_url, language):
    comment = Comment.objects.filter(pk=comment_id, status="approved").first()
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
        message.send()


def queue_reply_notice(comment, recipient, comment_url, unsubscribe_url):
    language = translation.get_language() or settings.LANGUAGE_CODE
    transaction.on_commit(
        lambda: send_reply_notice.enqueue(comment.pk, recipient, comment_url, unsubscribe_url, language),
        robust=True,
    )
