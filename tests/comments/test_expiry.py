import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from comments.models import Comment, Status
from tests.comments.conftest import approved_comment


def test_unconfirmed_comments_expire_after_the_configured_days(post, discussion):
    discussion.unconfirmed_expiry_days = 7
    discussion.save()
    old = timezone.now() - datetime.timedelta(days=8)
    approved_comment(post, "Old unconfirmed", status=Status.UNCONFIRMED, submit_date=old)
    approved_comment(post, "Recent unconfirmed", status=Status.UNCONFIRMED)
    approved_comment(post, "Old but approved", submit_date=old)
    approved_comment(post, "Old but pending", status=Status.PENDING, submit_date=old)
    out = io.StringIO()
    call_command("expire_unconfirmed_comments", stdout=out)
    assert sorted(Comment.objects.values_list("comment", flat=True)) == [
        "Old but approved",
        "Old but pending",
        "Recent unconfirmed",
    ]
    assert "Deleted 1" in out.getvalue()


def test_demo_comments_are_idempotent(db):
    call_command("load_demo_content", stdout=io.StringIO())
    call_command("load_demo_comments", stdout=io.StringIO())
    first = Comment.objects.count()
    assert first >= 6
    assert Comment.objects.filter(level=1).exists()
    call_command("load_demo_comments", stdout=io.StringIO())
    assert Comment.objects.count() == first
