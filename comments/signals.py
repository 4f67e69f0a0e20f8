"""Signals other parts of the site listen to."""

from django.db import transaction
from django.dispatch import Signal

# Sent once the transaction commits, whenever a change to a comment may change what readers see
# (published, unpublished, edited, removed, erased). Arguments: comment_id, object_pk, content_type_id.
# Caches of the post's page purge themselves here; nothing else needs to know who changed what.
comment_changed = Signal()


def send_comment_changed(comment):
    """Announce a change to one comment after commit; a failing receiver never undoes the change."""
    details = {"comment_id": comment.pk, "object_pk": comment.object_pk, "content_type_id": comment.content_type_id}
    transaction.on_commit(lambda: comment_changed.send_robust(sender=type(comment), **details), robust=True)
