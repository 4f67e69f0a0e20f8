"""Line breaks in a name or address never reach an email: refused in the form, and every email a
comment triggers goes to its one recipient with our headers only."""

import pytest
from django.core import mail

from comments.models import Comment
from tests.comments.conftest import POST_URL, approved_comment, form_data

BREAKS = [
    "\r\nBcc: victim@example.org",
    "\nCc: victim@example.org",
    "\rTo: victim@example.org",
    "%0d%0aBcc: victim@example.org",
    "\r\n\r\n<p>A forged body</p>",
    "\tX-Injected: yes",
]


def headers(message):
    return dict(message.message().items())


def assert_one_recipient_and_our_headers(message, recipient):
    assert message.recipients() == [recipient]
    assert not message.cc and not message.bcc
    for name, value in headers(message).items():
        assert name.lower() not in ("bcc", "cc", "x-injected"), name
        assert "victim@example.org" not in value, (name, value)
        assert "\n" not in value.replace("\r\n ", "").replace("\n ", ""), (name, value)


@pytest.mark.parametrize("injection", BREAKS)
@pytest.mark.parametrize("field", ["name", "email"])
def test_a_break_inside_name_or_email_is_refused_with_no_row_and_no_email(send, post, discussion, field, injection):
    value = {"name": "Maria", "email": "maria@example.org"}[field]
    value = value[:3] + injection + value[3:]  # inside the value, where stripping cannot remove it
    response = send(POST_URL, form_data(post, **{field: value}))
    if injection.startswith("%0d"):
        # Percent-encoding is text, not a break: a name may say it; an address may not.
        if field == "name":
            assert response.status_code == 302
            assert_one_recipient_and_our_headers(mail.outbox[0], "maria@example.org")
            return
    assert response.status_code == 200
    assert b'id="id_%s_error"' % field.encode() in response.content
    assert not Comment.objects.exists()
    assert mail.outbox == []


def test_breaks_around_an_address_are_trimmed_and_the_confirmation_goes_to_it_alone(send, post, discussion):
    assert send(POST_URL, form_data(post, email="\r\nmaria@example.org\r\n")).status_code == 302
    (confirmation,) = mail.outbox
    assert Comment.objects.get().user_email == "maria@example.org"
    assert_one_recipient_and_our_headers(confirmation, "maria@example.org")


def test_every_email_a_comment_triggers_has_one_recipient_and_our_headers(
    send, client, post, discussion, make_user, django_user_model
):
    """Confirmation (guest), moderator notice (held comment) and reply notice (follower), each with
    a name and text that try to look like headers."""
    make_user("Moderators", email="mod@zebramedic.example")
    follower = approved_comment(
        post, "I follow this.", user_email="follower@example.org", followup=True, confirmed_at="2026-01-01T00:00Z"
    )
    trick = "Maria Bcc: victim@example.org"
    words = "Bcc: victim@example.org\r\nCc: victim@example.org\r\n\r\nHello"

    # A guest: asked to confirm.
    send(POST_URL, form_data(post, name=trick, comment=words))
    (confirmation,) = mail.outbox
    assert_one_recipient_and_our_headers(confirmation, "maria@example.org")

    # A signed-in reader's first comment: held, and each moderator told.
    mail.outbox.clear()
    reader = make_user(email="reader@example.org", first_name="Bcc:", last_name="victim@example.org")
    client.force_login(reader)
    send(POST_URL, form_data(post, comment=words + " (held)"))
    (notice,) = mail.outbox
    assert_one_recipient_and_our_headers(notice, "mod@zebramedic.example")

    # A trusted reader's reply is published at once: the thread's follower is told.
    mail.outbox.clear()
    client.force_login(make_user(superuser=True, email="staff@zebramedic.example"))
    send(POST_URL, form_data(post, comment=words + " (reply)", reply_to=follower.pk, followup="on"))
    replies = [message for message in mail.outbox if "follower@example.org" in message.recipients()]
    assert replies, [message.recipients() for message in mail.outbox]
    for message in mail.outbox:
        assert len(message.recipients()) == 1
        assert_one_recipient_and_our_headers(message, message.recipients()[0])
