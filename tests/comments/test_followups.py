"""Reply notices go to confirmed followers of a conversation, each with a one-click unsubscribe."""

import re

from django.core import mail
from django.utils import timezone

from comments.models import Comment, DiscussionSettings, Status
from tests.comments.conftest import POST_URL, approved_comment, form_data


def follower(post, email, **fields):
    return approved_comment(post, f"By {email}", user_email=email, followup=True, confirmed_at=timezone.now(), **fields)


def reply_as_user(send, client, post, user, parent, text="A reply"):
    client.force_login(user)
    response = send(POST_URL, form_data(post, name="", email="", comment=text, reply_to=parent.pk))
    assert response.status_code == 302
    return Comment.objects.get(comment=text)


def test_followers_of_the_thread_are_told_of_a_published_reply(send, client, post, discussion, django_user_model):
    discussion.moderation = DiscussionSettings.Moderation.NOTHING
    discussion.save()
    root = follower(post, "ana@example.org")
    follower(post, "bia@example.org", parent=root)
    approved_comment(post, "No notices please", user_email="caio@example.org", parent=root)
    approved_comment(post, "Not confirmed", user_email="dora@example.org", followup=True, parent=root)
    follower(post, "eva@example.org")  # another thread
    user = django_user_model.objects.create_user("rui", "rui@example.org", "pw")

    reply_as_user(send, client, post, user, root)

    assert sorted(message.to[0] for message in mail.outbox) == ["ana@example.org", "bia@example.org"]
    notice = mail.outbox[0]
    assert "A reply" in notice.body
    unsubscribe = re.search(r"http://testserver(/comentarios/cancelar-avisos/[^/\s]+/)", notice.body).group(1)
    assert notice.extra_headers["List-Unsubscribe"] == f"<http://testserver{unsubscribe}>"
    assert notice.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert re.search(r"http://testserver/comentarios/\d+/", notice.body)


def test_held_replies_notify_nobody(send, client, post, discussion, django_user_model):
    root = follower(post, "ana@example.org")
    user = django_user_model.objects.create_user("rui", "rui@example.org", "pw")
    reply_as_user(send, client, post, user, root)  # first-time commenter: held
    assert Comment.objects.get(comment="A reply").status == Status.PENDING
    assert mail.outbox == []


def test_unsubscribe_stops_notices_for_that_conversation(send, client, post, discussion, django_user_model):
    discussion.moderation = DiscussionSettings.Moderation.NOTHING
    discussion.save()
    root = follower(post, "ana@example.org")
    other_thread = follower(post, "ana@example.org")
    user = django_user_model.objects.create_user("rui", "rui@example.org", "pw")
    reply_as_user(send, client, post, user, root, "First reply")
    unsubscribe = re.search(r"http://testserver(/comentarios/cancelar-avisos/[^/\s]+/)", mail.outbox[0].body).group(1)

    client.logout()
    assert client.get(unsubscribe).status_code == 200
    mail.outbox.clear()
    reply_as_user(send, client, post, user, root, "Second reply")
    assert mail.outbox == []
    reply_as_user(send, client, post, user, other_thread, "Elsewhere")
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]


def test_one_click_post_from_a_mail_client(client, post, discussion):
    from comments import tokens

    root = follower(post, "ana@example.org")
    csrf_client = client.__class__(enforce_csrf_checks=True)
    response = csrf_client.post(
        f"/comentarios/cancelar-avisos/{tokens.make_unsubscribe('ana@example.org', root.thread_id)}/"
    )
    assert response.status_code == 200
    assert not Comment.objects.get(pk=root.pk).followup


def test_tampered_unsubscribe_link(client, post, discussion):
    assert client.get("/comentarios/cancelar-avisos/not-a-token/").status_code == 400
