import time

import pytest
from django.urls import reverse

from comments.forms import CommentForm
from comments.models import Comment, DiscussionSettings, Status

POST_URL = reverse("comments:post")


@pytest.fixture
def post(make_post):
    return make_post(title="Living with CRPS")


@pytest.fixture
def send(client, django_capture_on_commit_callbacks):
    """POST like a browser, then run what the view queued for after its transaction commits."""

    def post(url, data=None):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return post


@pytest.fixture
def discussion(home):
    from wagtail.models import Site

    settings, _ = DiscussionSettings.objects.get_or_create(site=Site.objects.get(is_default_site=True))
    return settings


# Every field the comment form posts (form_data() fills them all).
POSTED_FIELDS = [
    "name",
    "email",
    "url",
    "comment",
    "followup",
    "reply_to",
    "honeypot",
    "timestamp",
    "security_hash",
    "content_type",
    "object_pk",
]


def form_data(post, *, seconds_ago=10, reply_to=0, **fields):
    """What the comment form sends, signed as if the reader had opened it seconds_ago."""
    timestamp = str(int(time.time()) - seconds_ago)
    form = CommentForm(post)
    data = {
        "content_type": "blog.blogpage",
        "object_pk": str(post.pk),
        "timestamp": timestamp,
        "security_hash": form.generate_security_hash("blog.blogpage", str(post.pk), timestamp),
        "reply_to": str(reply_to),
        "name": "Maria",
        "email": "maria@example.org",
        "url": "",
        "comment": "Physiotherapy helped me a lot.",
        "honeypot": "",
    }
    data.update(fields)
    return data


def approved_comment(post, text="A comment", parent=None, **fields):
    """A published comment, stored the way the views store them."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    comment = Comment(
        content_type=ContentType.objects.get_for_model(post),
        object_pk=str(post.pk),
        site_id=1,
        user_name=fields.pop("user_name", "Reader"),
        user_email=fields.pop("user_email", "reader@example.org"),
        comment=text,
        submit_date=fields.pop("submit_date", timezone.now()),
        parent_id=parent.pk if parent else 0,
        status=fields.pop("status", Status.APPROVED),
        **fields,
    )
    comment.save()
    return Comment.objects.get(pk=comment.pk)


def held_comment(post, text="A held comment", **fields):
    return approved_comment(post, text, status=Status.PENDING, **fields)


def flag(comment, reader="session:reader", reason="unsafe", note=""):
    from comments.models import Reaction

    return Reaction.objects.create(
        comment=comment, kind=Reaction.Kind.FLAG, reader_key=reader, reason=reason, note=note
    )


@pytest.fixture
def moderator(make_user):
    return make_user("Moderators", username="mod", email="mod@zebramedic.example")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


def real_queries(captured):
    """SQL sent for a request, without the savepoints ATOMIC_REQUESTS adds inside a test's transaction."""
    return [q["sql"] for q in captured if not q["sql"].startswith(("SAVEPOINT", "RELEASE SAVEPOINT"))]
