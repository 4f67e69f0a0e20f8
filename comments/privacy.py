"""A commenter's data requests (LGPD/GDPR): everything written with an address, exported or erased."""

import datetime

from django.db import transaction
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from . import moderation
from .models import Comment, SpamSender, Status

ANONYMISE, DELETE = "anonymise", "delete"
MODES = [
    (ANONYMISE, _("Anonymise: keep the words, remove the name, address, website and IP")),
    (DELETE, _("Delete: remove the comments and their likes and flags")),
]


def comments_by(email):
    return Comment.objects.by_email(email.strip()).order_by("submit_date", "pk")


def summary(email):
    """{status: count} of the comments written with an address."""
    rows = comments_by(email).order_by().values("status").annotate(total=Count("pk"))
    counts = {row["status"]: row["total"] for row in rows}
    return {"total": sum(counts.values()), "by_status": [(Status(key).label, value) for key, value in counts.items()]}


def export(email, user=None):
    """Every comment written with an address, as plain data for a JSON file."""
    comments = list(comments_by(email))
    for comment in comments:
        moderation.log_export(comment, user)
    titles = dict(
        Page.objects.filter(pk__in={int(c.object_pk) for c in comments if c.object_pk.isdigit()}).values_list(
            "pk", "title"
        )
    )
    return {
        "email": email.strip(),
        "comments": [
            {
                "id": comment.pk,
                "post": titles.get(int(comment.object_pk)) if comment.object_pk.isdigit() else None,
                "post_id": comment.object_pk,
                "in_reply_to": comment.parent_id if comment.level else None,
                "submitted": comment.submit_date.isoformat(),
                "name": comment.user_name,
                "email": comment.user_email,
                "website": comment.user_url,
                "ip_address": comment.ip_address,
                "text": comment.comment,
                "status": comment.status,
                "emailed_about_replies": comment.followup,
                "email_confirmed": comment.confirmed_at.isoformat() if comment.confirmed_at else None,
            }
            for comment in comments
        ],
    }


@transaction.atomic
def erase(email, mode, user=None):
    """Anonymise or delete every comment written with an address; returns how many.

    What spam taught the filters about the address goes too. The audit log keeps that an erasure
    happened, by whom, never what was erased (its labels carry only the comment's number).
    """
    comments = list(comments_by(email).select_for_update(of=("self",)))
    SpamSender.objects.filter(email__iexact=email.strip()).delete()
    SpamSender.objects.filter(comment__in=comments).delete()
    for comment in comments:
        moderation.log_erasure(comment, user, mode)
        if mode == DELETE:
            comment.delete()  # one by one, so that xtd's thread bookkeeping runs
        else:
            comment.user = None
            comment.user_name = str(_("Anonymous"))[:50]
            comment.user_email = ""
            comment.user_url = ""
            comment.ip_address = None
            comment.followup = False
            comment.save(update_fields=["user", "user_name", "user_email", "user_url", "ip_address", "followup"])
    return len(comments)


def forget_ip_addresses(days):
    """Clear the IP address of comments sent more than `days` ago; returns how many.

    An address is kept only while it helps against abuse (rate limits, the moderators' IP filter,
    spotting a spammer's next comment). After that it is personal data with no purpose, which the
    LGPD asks us not to keep. What marking spam taught (SpamSender) stays: it is the filter itself.
    """
    since = timezone.now() - datetime.timedelta(days=days)
    # A plain UPDATE: readers never see the address, so no page needs re-rendering.
    return Comment.objects.filter(submit_date__lt=since, ip_address__isnull=False).update(ip_address=None)
