"""One decision per comment: publish it, hold it for a moderator, or file it as spam.

Guests first confirm their address; the decision on their comment is taken when they do.
"""

import re

from .models import Comment, DiscussionSettings, SpamSender, Status

LINK = re.compile(r"https?://|www\.", re.IGNORECASE)


def status_on_submit(comment, user, discussion):
    """The status of a comment just posted."""
    if _contains_any(comment.comment, discussion.block_words):
        return Status.SPAM
    if user is None or not user.is_authenticated:
        return Status.UNCONFIRMED
    return status_after_confirmation(comment, discussion, trusted=user.is_staff)


def status_after_confirmation(comment, discussion, trusted=False):
    """Publish or hold a comment whose author's address is known to be theirs.

    Senders a moderator marked as spam before are held, not filed as spam: an address can be shared.
    """
    if _contains_any(comment.comment, discussion.block_words):
        return Status.SPAM
    if trusted:
        return Status.APPROVED
    if SpamSender.knows(comment.user_email, comment.ip_address):
        return Status.PENDING  # a moderator marked this address's or IP's comments as spam before
    if discussion.hold_links and len(LINK.findall(comment.comment)) >= discussion.hold_links:
        return Status.PENDING
    if _contains_any(comment.comment, discussion.hold_words):
        return Status.PENDING
    if discussion.moderation == DiscussionSettings.Moderation.EVERYTHING:
        return Status.PENDING
    if discussion.moderation == DiscussionSettings.Moderation.FIRST_TIME and not has_approved_comment(comment):
        return Status.PENDING
    return Status.APPROVED


def has_approved_comment(comment):
    """A commenter with an approved comment is known to the moderators."""
    earlier = Comment.objects.approved().exclude(pk=comment.pk)
    if comment.user_id:
        return earlier.filter(user_id=comment.user_id).exists()
    return earlier.filter(user_email__iexact=comment.user_email).exists()


def _contains_any(text, words):
    lowered = text.lower()
    return any(word in lowered for word in DiscussionSettings.word_list(words))
