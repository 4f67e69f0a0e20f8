"""The moderation functions: what each decision does, what it teaches the filters, what it records and announces."""

import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from comments import moderation
from comments.models import Comment, SpamSender, Status
from comments.signals import comment_changed
from tests.comments.conftest import POST_URL, approved_comment, form_data, held_comment


def entries(comment):
    return list(ModelLogEntry.objects.for_instance(comment).order_by("timestamp", "pk"))


@pytest.mark.parametrize(
    "action, before, after",
    [
        ("approve", Status.PENDING, Status.APPROVED),
        ("unapprove", Status.APPROVED, Status.PENDING),
        ("spam", Status.APPROVED, Status.SPAM),
        ("not_spam", Status.SPAM, Status.APPROVED),
        ("trash", Status.SPAM, Status.TRASH),
    ],
)
def test_every_decision_is_in_the_audit_log(post, moderator, action, before, after):
    comment = approved_comment(post, status=before)
    moderation.perform(action, comment, moderator)
    [entry] = entries(comment)
    assert (entry.action, entry.user, entry.data) == (f"comments.{action}", moderator, {"from": before, "to": after})
    assert entry.timestamp is not None
    assert entry.label == str(comment) and entry.label.endswith(f"#{comment.pk}")  # no name, address or words
    assert entry.message == str(moderation.ACTIONS[action].done)


def test_edit_reply_and_restore_are_logged_too(post, moderator):
    comment = held_comment(post, "Words")
    moderation.edit(comment, "Better words", moderator)
    reply = moderation.reply_as_staff(comment, "Thanks", moderator)
    moderation.trash(comment, moderator)
    moderation.restore(comment, moderator)
    actions = [entry.action for entry in entries(comment)]
    assert actions == ["comments.edit", "comments.approve", "comments.reply", "comments.trash", "comments.restore"]
    assert [entry.action for entry in entries(reply)] == ["wagtail.create"]
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED  # restored to where it was


def test_audit_entries_are_visible_in_the_site_history_report(moderator_client, post, moderator):
    comment = held_comment(post)
    moderation.approve(comment, moderator)
    response = moderator_client.get(reverse("wagtailadmin_reports:site_history"))
    assert response.status_code == 200
    html = response.content.decode()
    assert f"Comment #{comment.pk}" in html or f"Comentário #{comment.pk}" in html


def test_a_decision_that_does_not_apply_raises_and_changes_nothing(post, moderator):
    comment = approved_comment(post)
    with pytest.raises(moderation.NotApplicable):
        moderation.restore(comment, moderator)
    with pytest.raises(moderation.NotApplicable):
        moderation.not_spam(comment, moderator)
    assert entries(comment) == []


def test_marking_spam_holds_the_same_address_next_time(post, moderator, send, discussion):
    discussion.moderation = "nothing"
    discussion.save()
    spam = approved_comment(post, "Buy pills", user_email="pills@junk.example", ip_address="10.9.9.9")
    moderation.mark_spam(spam, moderator)
    assert SpamSender.objects.filter(email="pills@junk.example", ip_address="10.9.9.9", marked_by=moderator).exists()
    from django.contrib.auth import get_user_model

    reader = get_user_model().objects.create_user("pillseller", "pills@junk.example", "pw")
    from django.test import Client

    browser = Client()
    browser.force_login(reader)
    browser.post(POST_URL, form_data(post, comment="Cheap pills again"), REMOTE_ADDR="10.1.1.1")
    assert Comment.objects.get(comment="Cheap pills again").status == Status.PENDING


def test_marking_spam_holds_the_same_ip_next_time(post, moderator, client, discussion):
    discussion.moderation = "nothing"
    discussion.save()
    moderation.mark_spam(approved_comment(post, "Spam", ip_address="10.9.9.9"), moderator)
    from comments import policy

    newcomer = Comment(comment="Hello", user_email="new@example.org", ip_address="10.9.9.9")
    assert policy.status_after_confirmation(newcomer, discussion) == Status.PENDING
    elsewhere = Comment(comment="Hello", user_email="new@example.org", ip_address="10.0.0.2")
    assert policy.status_after_confirmation(elsewhere, discussion) == Status.APPROVED


def test_not_spam_restores_approves_and_unlearns(post, moderator, discussion):
    discussion.moderation = "nothing"
    discussion.save()
    comment = approved_comment(post, "Real question", user_email="ana@example.org", ip_address="10.2.2.2")
    moderation.mark_spam(comment, moderator)
    moderation.not_spam(comment, moderator)
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED
    assert not SpamSender.objects.exists()
    from comments import policy

    again = Comment(comment="Another", user_email="ana@example.org", ip_address="10.2.2.2")
    assert policy.status_after_confirmation(again, discussion) == Status.APPROVED


def test_changes_readers_see_are_announced_after_commit(post, moderator, django_capture_on_commit_callbacks):
    heard = []

    def receiver(sender, comment_id, object_pk, **kwargs):
        heard.append((comment_id, object_pk))

    comment_changed.connect(receiver)
    try:
        comment = held_comment(post)
        with django_capture_on_commit_callbacks(execute=False) as callbacks:
            moderation.approve(comment, moderator)
        assert heard == []  # nothing before the transaction commits
        for callback in callbacks:
            callback()
        assert heard == [(comment.pk, str(post.pk))]
        heard.clear()
        with django_capture_on_commit_callbacks(execute=True):
            moderation.edit(comment, "New words", moderator)
            moderation.trash(comment, moderator)
        assert heard == [(comment.pk, str(post.pk))] * 2
        heard.clear()
        with django_capture_on_commit_callbacks(execute=True):
            moderation.restore(comment, moderator)  # back to approved: visible again
            moderation.mark_spam(held_comment(post), moderator)  # never visible: nothing to purge
        assert heard == [(comment.pk, str(post.pk))]
    finally:
        comment_changed.disconnect(receiver)
