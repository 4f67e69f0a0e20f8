"""Spam layers that need no third-party JavaScript: rate limits, duplicates and, optionally, Akismet.

The honeypot field and the signed timestamp live in the form; these checks need the request.
Counters live in Django's cache, which is Redis in production, so every worker sees the same counts.
"""

import datetime
import logging
import time

import requests
from django.conf import settings
from django.core.cache import cache
from django.db.models import Value
from django.db.models.functions import MD5, Upper
from django.utils import timezone

from security.client_ip import client_ip
from zebramedic.redis_cache import count_up_many

from .models import Comment, Status

logger = logging.getLogger(__name__)

AKISMET_TIMEOUT_SECONDS = 3


def rate_limits():
    """(allowed comments, window in seconds) pairs, from settings."""
    return settings.COMMENTS_RATE_LIMITS


def _window_key(ip, seconds):
    return f"comments:rate:{ip}:{seconds}:{int(time.time() // seconds)}"


def over_rate_limit(request):
    """True when this address already sent as many comments as a window allows."""
    ip = client_ip(request)
    limits = [(allowed, _window_key(ip, seconds)) for allowed, seconds in rate_limits()]
    counts = cache.get_many([key for _allowed, key in limits])
    return any(counts.get(key, 0) >= allowed for allowed, key in limits)


def count_comment(request):
    ip = client_ip(request)
    count_up_many([(_window_key(ip, seconds), seconds) for _allowed, seconds in rate_limits()])


def duplicate_of(comment):
    """An earlier comment with the same text on the same post within a day, if any."""
    since = timezone.now() - datetime.timedelta(days=1)
    return (
        Comment.objects.alias(text_digest=MD5(Upper("comment")))
        .filter(
            content_type=comment.content_type,
            object_pk=comment.object_pk,
            # The digest is what the index (comments 0006) holds; the text itself settles it.
            text_digest=MD5(Upper(Value(comment.comment))),
            comment__iexact=comment.comment,
            submit_date__gte=since,
        )
        .exclude(status=Status.TRASH)
        .only("pk", "user_email", "status")
        .first()
    )


def akismet_says_spam(comment, request):
    """Ask Akismet only when a key is configured; when it cannot answer, let moderation decide."""
    key = settings.AKISMET_API_KEY
    if not key:
        return False
    data = {
        "blog": settings.WAGTAILADMIN_BASE_URL,
        "user_ip": client_ip(request),
        "user_agent": request.META.get("HTTP_USER_AGENT", ""),
        "referrer": request.META.get("HTTP_REFERER", ""),
        "comment_type": "reply" if comment.parent_id else "comment",
        "comment_author": comment.user_name,
        "comment_author_email": comment.user_email,
        "comment_author_url": comment.user_url,
        "comment_content": comment.comment,
        "blog_lang": settings.LANGUAGE_CODE,
    }
    try:
        response = requests.post(
            f"https://{key}.rest.akismet.com/1.1/comment-check", data=data, timeout=AKISMET_TIMEOUT_SECONDS
        )
        return response.text.strip() == "true"
    except requests.RequestException:
        logger.warning("Akismet did not answer; the comment goes through the usual moderation rules.")
        return False
