"""Who hears about a published comment: readers who asked to be told of replies in its thread."""

from django.urls import reverse

from . import tokens
from .models import Comment
from .tasks import queue_reply_notice


def followers(comment):
    """Confirmed addresses that asked for follow-ups in the comment's thread, except its author's."""
    rows = (
        Comment.objects.approved()
        .filter(thread_id=comment.thread_id, followup=True, confirmed_at__isnull=False)
        .exclude(pk=comment.pk)
        .exclude(user_email__iexact=comment.user_email)
        .values_list("user_email", flat=True)
    )
    return sorted({email.lower() for email in rows})


def comment_published(comment, request):
    """Tell the thread's followers; call it whenever a comment becomes visible."""
    for email in followers(comment):
        token = tokens.make_unsubscribe(email, comment.thread_id)
        unsubscribe_url = request.build_absolute_uri(reverse("comments:unsubscribe", args=[token]))
        comment_url = request.build_absolute_uri(reverse("comments:permalink", args=[comment.pk]))
        queue_reply_notice(comment, email, comment_url, unsubscribe_url)
