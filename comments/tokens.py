"""Signed, expiring tokens that stand for a comment in links sent to its author."""

import datetime

from django.core import signing

CONFIRM_SALT = "comments.confirm"
RECEIPT_SALT = "comments.receipt"
EDIT_SALT = "comments.edit"


def make(comment, salt):
    return signing.dumps(comment.pk, salt=salt, compress=True)


def read(token, salt, max_age=None):
    """The comment id in the token, or None when it is forged, altered or too old."""
    try:
        return int(signing.loads(token, salt=salt, max_age=max_age))
    except (signing.BadSignature, TypeError, ValueError):
        return None


def read_receipt_address(location):
    """The comment id a receipt address (where a sent comment redirects to) names, or None."""
    return read(location.rstrip("/").rsplit("/", 1)[-1], RECEIPT_SALT)


UNSUBSCRIBE_SALT = "comments.unsubscribe"


def make_unsubscribe(email, thread_id):
    return signing.dumps({"email": email.lower(), "thread": thread_id}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe(token):
    """(email, thread id) from an unsubscribe token, or None. These links do not expire."""
    try:
        value = signing.loads(token, salt=UNSUBSCRIBE_SALT)
        return value["email"], int(value["thread"])
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None


MODERATION_SALT = "comments.moderate"
MODERATION_LINK_DAYS = 7


def make_moderation(comment, action, user):
    """A link for one moderator to take one decision on one comment.

    It names the comment's count of decisions, so it stops working once anyone decides anything.
    """
    value = {"c": comment.pk, "a": action, "v": comment.moderation_count, "u": user.pk}
    return signing.dumps(value, salt=MODERATION_SALT, compress=True)


def read_moderation(token, max_age=None):
    """{"c": comment id, "a": action, "v": decisions count, "u": user id}, or None when forged or expired."""
    max_age = max_age or datetime.timedelta(days=MODERATION_LINK_DAYS)
    try:
        value = signing.loads(token, salt=MODERATION_SALT, max_age=max_age)
        return {"c": int(value["c"]), "a": str(value["a"]), "v": int(value["v"]), "u": int(value["u"])}
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return None
