"""Trash emptied after 30 days; a commenter's data exported as JSON, anonymised or deleted."""

import datetime
import io
import json

from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import ModelLogEntry

from comments import moderation, privacy
from comments.models import Comment, SpamSender, Status
from tests.comments.conftest import approved_comment


def test_the_trash_is_emptied_after_30_days(post, moderator):
    old = approved_comment(post, "Old rubbish")
    recent = approved_comment(post, "Recent rubbish")
    untouched = approved_comment(post, "Kept")
    moderation.trash(old, moderator)
    moderation.trash(recent, moderator)
    Comment.objects.filter(pk=old.pk).update(status_changed_at=timezone.now() - datetime.timedelta(days=31))
    Comment.objects.filter(pk=recent.pk).update(status_changed_at=timezone.now() - datetime.timedelta(days=29))
    out = io.StringIO()
    call_command("empty_comment_trash", stdout=out)
    assert "1" in out.getvalue()
    assert set(Comment.objects.values_list("pk", flat=True)) == {recent.pk, untouched.pk}
    entry = ModelLogEntry.objects.get(object_id=str(old.pk), action="wagtail.delete")
    assert entry.deleted and "rubbish" not in entry.label


def test_comments_trashed_by_their_authors_are_emptied_too(post, client):
    comment = approved_comment(post, "Deleted by me", submit_date=timezone.now() - datetime.timedelta(days=40))
    comment.set_status(Status.TRASH, now=timezone.now() - datetime.timedelta(days=35))
    comment.save()
    call_command("empty_comment_trash", stdout=io.StringIO())
    assert not Comment.objects.filter(pk=comment.pk).exists()


def seed(post):
    mine = approved_comment(post, "My story", user_email="Ana@Example.org", user_name="Ana", ip_address="10.0.0.5")
    reply = approved_comment(post, "And more", parent=mine, user_email="ana@example.org", user_name="Ana")
    theirs = approved_comment(post, "Someone else", user_email="bia@example.org")
    return mine, reply, theirs


def test_export_lists_every_comment_by_an_address(post, moderator):
    mine, reply, _theirs = seed(post)
    data = privacy.export("ana@example.org", user=moderator)
    assert [c["id"] for c in data["comments"]] == [mine.pk, reply.pk]
    first = data["comments"][0]
    assert (first["post"], first["text"], first["ip_address"], first["in_reply_to"]) == (
        "Living with CRPS",
        "My story",
        "10.0.0.5",
        None,
    )
    assert data["comments"][1]["in_reply_to"] == mine.pk
    json.dumps(data)  # plain data
    assert ModelLogEntry.objects.filter(action="comments.export", user=moderator).count() == 2


def test_export_command_prints_json(post):
    seed(post)
    out = io.StringIO()
    call_command("export_commenter_data", "ana@example.org", stdout=out)
    assert len(json.loads(out.getvalue())["comments"]) == 2


def test_anonymising_keeps_the_words_and_removes_the_person(post, moderator):
    mine, reply, theirs = seed(post)
    moderation.mark_spam(approved_comment(post, "Old spam", user_email="ana@example.org"), moderator)
    assert privacy.erase("ana@example.org", privacy.ANONYMISE, user=moderator) == 3
    for comment in Comment.objects.filter(pk__in=[mine.pk, reply.pk]):
        assert (comment.user_email, comment.ip_address, comment.user_url) == ("", None, "")
        assert comment.user_name != "Ana" and comment.comment in ("My story", "And more")
    assert Comment.objects.get(pk=theirs.pk).user_email == "bia@example.org"
    assert not SpamSender.objects.exists()
    entries = ModelLogEntry.objects.filter(action="comments.erase")
    assert entries.count() == 3 and all("Ana" not in e.label and e.user == moderator for e in entries)
    assert privacy.export("ana@example.org")["comments"] == []


def test_deleting_removes_the_comments(post):
    mine, reply, theirs = seed(post)
    call_command("erase_commenter_data", "ana@example.org", "--delete", "--yes", stdout=io.StringIO())
    assert list(Comment.objects.values_list("pk", flat=True)) == [theirs.pk]


def test_the_privacy_page_finds_exports_and_erases(moderator_client, post):
    seed(post)
    url = reverse("comment_moderation:privacy")
    found = moderator_client.get(url, {"email": "ana@example.org"})
    assert found.context["found"]["total"] == 2
    export = moderator_client.post(url, {"email": "ana@example.org", "export": "1"})
    assert len(json.loads(export.content)["comments"]) == 2
    unconfirmed = moderator_client.post(url, {"email": "ana@example.org", "erase": "1", "mode": "delete"})
    assert unconfirmed.status_code == 200 and Comment.objects.count() == 3  # the box was not ticked
    erase = moderator_client.post(url, {"email": "ana@example.org", "erase": "1", "mode": "delete", "confirm": "on"})
    assert erase.status_code == 302 and Comment.objects.count() == 1
    assert moderator_client.get(url, {"email": "not an address"}).status_code == 200


def test_ip_addresses_are_forgotten_after_the_retention_period(post, settings):
    now = timezone.now()
    old = approved_comment(post, "Old", ip_address="198.51.100.7", submit_date=now - datetime.timedelta(days=91))
    recent = approved_comment(post, "Recent", ip_address="198.51.100.8", submit_date=now - datetime.timedelta(days=89))
    sender = SpamSender.objects.create(email="spam@example.org", ip_address="198.51.100.7")
    out = io.StringIO()

    call_command("forget_commenter_ips", stdout=out)

    assert "1 comment" in out.getvalue()
    assert Comment.objects.get(pk=old.pk).ip_address is None
    assert Comment.objects.get(pk=old.pk).comment == "Old"
    assert Comment.objects.get(pk=recent.pk).ip_address == "198.51.100.8"
    assert SpamSender.objects.get(pk=sender.pk).ip_address == "198.51.100.7"

    call_command("forget_commenter_ips", "--days", "30", stdout=out)
    assert Comment.objects.get(pk=recent.pk).ip_address is None
