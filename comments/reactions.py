"""Likes and flags from readers, one of each per reader and comment."""

import hashlib

from django.db import IntegrityError, transaction

from .models import Reaction


def reader_key(request):
    """Who is reacting: the account, or the browser's session for guests."""
    if request.user.is_authenticated:
        return f"user:{request.user.pk}"
    if not request.session.session_key:
        request.session.save()
    return "session:" + hashlib.sha256(request.session.session_key.encode()).hexdigest()[:40]


def toggle_like(comment, request):
    """Like, or take the like back; returns True when the comment is now liked by this reader."""
    key = reader_key(request)
    existing = Reaction.objects.filter(comment=comment, kind=Reaction.Kind.LIKE, reader_key=key)
    if existing.exists():
        existing.delete()
        return False
    _create(comment=comment, kind=Reaction.Kind.LIKE, reader_key=key)
    return True


def flag(comment, request, reason, note=""):
    """Record a flag; flagging twice keeps the first."""
    _create(comment=comment, kind=Reaction.Kind.FLAG, reader_key=reader_key(request), reason=reason, note=note)


def _create(**fields):
    try:
        with transaction.atomic():
            Reaction.objects.create(**fields)
    except IntegrityError:
        pass  # the same reader reacting twice at once: one row is the right outcome
