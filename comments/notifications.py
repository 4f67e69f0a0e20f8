"""Who hears about a comment: followers of its thread, the post's authors, and the moderators."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import EmailMessage
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import tokens
from .models import Comment, DiscussionSettings
from .tasks import queue_author_notice, queue_moderator_notices, queue_reply_notice

# A digest lists at most this many held comments; the rest are a click away in the admin.
DIGEST_LIMIT = 50


def absolute(path, request=None):
    """A full address for a link in an email, from the request when there is one."""
    if request is not None:
        return request.build_absolute_uri(path)
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


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


def opted_in_authors(comment):
    """Addresses of the post's authors whose admin accounts asked to hear of new comments."""
    from blog.models import BlogPageAuthor

    rows = (
        BlogPageAuthor.objects.filter(
            page_id=comment.object_pk,
            person__user__is_active=True,
            person__user__comment_notices__on_my_posts=True,
        )
        .exclude(person__user__email="")
        .values_list("person__user__email", flat=True)
    )
    return sorted({email.lower() for email in rows} - {comment.user_email.lower()})


def comment_published(comment, request=None):
    """Tell the thread's followers and the post's opted-in authors; call it whenever a comment becomes visible."""
    comment_url = absolute(reverse("comments:permalink", args=[comment.pk]), request)
    for email in followers(comment):
        token = tokens.make_unsubscribe(email, comment.thread_id)
        unsubscribe_url = absolute(reverse("comments:unsubscribe", args=[token]), request)
        queue_reply_notice(comment, email, comment_url, unsubscribe_url)
    for email in opted_in_authors(comment):
        queue_author_notice(comment, email, comment_url)


def comment_held(comment):
    """A comment waits for a moderator: email the moderators now, unless the site wants a daily digest."""
    post = comment.content_object
    site = post.get_site() if post is not None else None
    discussion = DiscussionSettings.for_site(site) if site is not None else DiscussionSettings()
    if discussion.moderator_emails == DiscussionSettings.ModeratorEmails.EACH:
        queue_moderator_notices(comment)


def moderators():
    """Active accounts with an address that may moderate comments, through a group or their own permissions."""
    from django.contrib.auth.models import Permission

    permission = Permission.objects.filter(content_type__app_label="comments", codename="moderate_comment")
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .exclude(email="")
        .filter(Q(groups__permissions__in=permission) | Q(user_permissions__in=permission))
        .distinct()
        .order_by("pk")
    )


def moderation_links(comment, moderator):
    """The one-click Approve and Spam links for one moderator, and the comment's page in the admin."""
    return {
        "approve_url": absolute(
            reverse("comments:moderate", args=[tokens.make_moderation(comment, "approve", moderator)])
        ),
        "spam_url": absolute(reverse("comments:moderate", args=[tokens.make_moderation(comment, "spam", moderator)])),
        "admin_url": absolute(reverse("comment_moderation:inspect", args=[comment.pk])),
    }


def held_comment_email(comment, moderator):
    post = comment.content_object
    parent = (
        Comment.objects.filter(pk=comment.parent_id).only("user_name", "comment").first() if comment.level else None
    )
    context = {
        "comment": comment,
        "post": post,
        "parent": parent,
        "days": tokens.MODERATION_LINK_DAYS,
        **moderation_links(comment, moderator),
    }
    return EmailMessage(
        _("Comment awaiting moderation on “%(title)s”") % {"title": post.title if post else ""},
        render_to_string("comments/email/held.txt", context),
        settings.DEFAULT_FROM_EMAIL,
        [moderator.email],
    )


def digest_email(moderator):
    """Every held comment with its one-click links, oldest first; None when nothing is held."""
    held = Comment.objects.pending().order_by("submit_date", "pk")
    total = held.count()
    if not total:
        return None
    comments = list(held.prefetch_related("content_object")[:DIGEST_LIMIT])
    items = [
        {"comment": comment, "post": comment.content_object, **moderation_links(comment, moderator)}
        for comment in comments
    ]
    context = {
        "items": items,
        "total": total,
        "more": total - len(items),
        "queue_url": absolute(reverse("comment_moderation:index")),
        "days": tokens.MODERATION_LINK_DAYS,
    }
    subject = ngettext("%(count)d comment awaiting moderation", "%(count)d comments awaiting moderation", total) % {
        "count": total
    }
    return EmailMessage(
        subject, render_to_string("comments/email/digest.txt", context), settings.DEFAULT_FROM_EMAIL, [moderator.email]
    )
