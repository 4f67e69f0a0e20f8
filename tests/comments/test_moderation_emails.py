"""Moderators hear of held comments (each, or a daily digest) with one-click links; authors can opt in to notices."""

import re
import time

import pytest
from bs4 import BeautifulSoup
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import ModelLogEntry

from comments import tokens
from comments.models import Comment, StaffCommentNotices, Status
from tests.comments.conftest import POST_URL, form_data, held_comment

LINK = re.compile(r"http://testserver(/comentarios/moderar/[^/\s]+/)")


@pytest.fixture
def moderators(make_user):
    return [
        make_user("Moderators", email="mod1@zebramedic.example"),
        make_user("Moderators", email="mod2@zebramedic.example"),
    ]


def signed_in_comment(client, post, send, make_user, text="Is this safe?"):
    """A comment by a signed-in reader, held because it is their first."""
    client.force_login(make_user(email="reader@example.org"))
    send(POST_URL, form_data(post, comment=text))
    return Comment.objects.get(comment=text)


def days_later(monkeypatch, days):
    """Move the clock signatures are checked against."""
    now = time.time()
    monkeypatch.setattr(time, "time", lambda: now + days * 24 * 3600)


def links_in(message):
    approve, spam = LINK.findall(message.body)
    return approve, spam


def test_each_moderator_is_emailed_about_a_held_comment(client, post, send, make_user, moderators, discussion):
    make_user("Editors")  # not a moderator: no email
    comment = signed_in_comment(client, post, send, make_user)
    assert comment.status == Status.PENDING
    notices = [m for m in mail.outbox if "Is this safe?" in m.body]
    assert sorted(m.to[0] for m in notices) == ["mod1@zebramedic.example", "mod2@zebramedic.example"]
    assert "Living with CRPS" in notices[0].subject
    approve, spam = links_in(notices[0])
    assert approve != spam


def test_a_daily_digest_instead_when_the_settings_say_so(client, post, send, make_user, moderators, discussion):
    discussion.moderator_emails = "daily"
    discussion.save()
    signed_in_comment(client, post, send, make_user)
    held_comment(post, "Another one waiting")
    assert not [m for m in mail.outbox if m.to[0].startswith("mod")]
    call_command("send_moderation_digest", stdout=open("/dev/null", "w"))
    digests = [m for m in mail.outbox if m.to[0].startswith("mod")]
    assert len(digests) == 2
    assert "Is this safe?" in digests[0].body and "Another one waiting" in digests[0].body
    assert len(LINK.findall(digests[0].body)) == 4


def test_no_digest_when_the_settings_want_each_email(post, moderators, discussion, capsys):
    held_comment(post)
    call_command("send_moderation_digest")
    assert mail.outbox == []


def test_one_click_approve_works_once(client, post, send, make_user, moderators, discussion):
    comment = signed_in_comment(client, post, send, make_user)
    approve, _spam = links_in(next(m for m in mail.outbox if m.to == ["mod1@zebramedic.example"]))
    client.logout()
    page = client.get(approve)
    assert page.status_code == 200 and "Is this safe?" in page.content.decode()
    assert (
        Comment.objects.get(pk=comment.pk).status == Status.PENDING
    )  # opening the link (a mail scanner) decides nothing
    assert client.post(approve).status_code == 200
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED
    entry = ModelLogEntry.objects.for_instance(comment).get(action="comments.approve")
    assert entry.user == moderators[0]
    assert client.post(approve).status_code == 410  # reused
    assert client.get(approve).status_code == 410


def test_one_link_used_ends_the_others(client, post, send, make_user, moderators, discussion):
    comment = signed_in_comment(client, post, send, make_user)
    first = next(m for m in mail.outbox if m.to == ["mod1@zebramedic.example"])
    second = next(m for m in mail.outbox if m.to == ["mod2@zebramedic.example"])
    client.logout()
    assert client.post(links_in(first)[1]).status_code == 200  # spam
    assert Comment.objects.get(pk=comment.pk).status == Status.SPAM
    assert client.post(links_in(second)[0]).status_code == 410  # the other moderator's approve
    assert Comment.objects.get(pk=comment.pk).status == Status.SPAM


def test_a_link_stops_working_when_the_comment_was_decided_in_the_admin(client, post, moderators):
    comment = held_comment(post)
    token = tokens.make_moderation(comment, "approve", moderators[0])
    client.force_login(moderators[1])
    client.post(reverse("comment_moderation:act", args=[comment.pk, "trash"]))
    client.logout()
    assert client.post(reverse("comments:moderate", args=[token])).status_code == 410
    assert Comment.objects.get(pk=comment.pk).status == Status.TRASH


def test_expired_links_do_nothing(client, post, moderators, monkeypatch):
    comment = held_comment(post)
    token = tokens.make_moderation(comment, "approve", moderators[0])
    days_later(monkeypatch, 8)
    response = client.post(reverse("comments:moderate", args=[token]))
    assert response.status_code == 400
    assert Comment.objects.get(pk=comment.pk).status == Status.PENDING


def test_links_still_work_on_the_sixth_day(client, post, moderators, monkeypatch):
    comment = held_comment(post)
    token = tokens.make_moderation(comment, "approve", moderators[0])
    days_later(monkeypatch, 6)
    assert client.post(reverse("comments:moderate", args=[token])).status_code == 200
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED


def test_tampered_links_do_nothing(client, post, moderators, make_user):
    comment = held_comment(post)
    token = tokens.make_moderation(comment, "approve", moderators[0])
    tampered = token[:-3] + ("abc" if not token.endswith("abc") else "xyz")
    assert client.post(reverse("comments:moderate", args=[tampered])).status_code == 400
    other = held_comment(post, "Other")
    from django.core import signing

    payload = {"c": other.pk, "a": "approve", "v": 0, "u": moderators[0].pk}
    forged = signing.dumps(payload, salt=tokens.EDIT_SALT, compress=True)  # signed for something else
    assert client.post(reverse("comments:moderate", args=[forged])).status_code == 400

    wrong_action = signing.dumps(
        {"c": comment.pk, "a": "trash", "v": 0, "u": moderators[0].pk}, salt=tokens.MODERATION_SALT, compress=True
    )
    assert client.post(reverse("comments:moderate", args=[wrong_action])).status_code == 400
    editor_token = tokens.make_moderation(comment, "approve", make_user("Editors"))
    assert client.post(reverse("comments:moderate", args=[editor_token])).status_code == 400
    assert Comment.objects.get(pk=comment.pk).status == Status.PENDING
    assert Comment.objects.get(pk=other.pk).status == Status.PENDING


def test_a_former_moderator_link_does_nothing(client, post, moderators):
    comment = held_comment(post)
    token = tokens.make_moderation(comment, "spam", moderators[0])
    moderators[0].groups.clear()
    assert client.post(reverse("comments:moderate", args=[token])).status_code == 400
    assert Comment.objects.get(pk=comment.pk).status == Status.PENDING


def test_authors_who_opted_in_hear_of_approved_comments(
    post, person, make_user, moderator, django_capture_on_commit_callbacks
):
    from comments import moderation

    author = make_user("Editors", email="ana.souza@zebramedic.example")
    person.user = author
    person.save()
    held = held_comment(post, "Thank you for this post")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(held, moderator)
    assert not [m for m in mail.outbox if m.to == [author.email]]  # not opted in

    StaffCommentNotices.objects.create(user=author, on_my_posts=True)
    held = held_comment(post, "Second thanks")
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve(held, moderator)
    [notice] = [m for m in mail.outbox if m.to == [author.email]]
    assert "Second thanks" in notice.body and "Living with CRPS" in notice.subject


def test_authors_opt_in_on_their_account_page(client, person, make_user):
    author = make_user("Editors")
    person.user = author
    person.save()
    client.force_login(author)
    url = reverse("wagtailadmin_account")
    page = BeautifulSoup(client.get(url).content, "html.parser")
    assert page.select('input[name="comment_notices-on_my_posts"]')
    # Send the account form as the browser would, with the box ticked.
    data = {
        field["name"]: field.get("value", "")
        for field in page.select("form input[name]")
        if field.get("type") != "checkbox"
    }
    data.update(
        {
            select["name"]: (select.select_one("option[selected]") or select.select_one("option"))["value"]
            for select in page.select("form select[name]")
        }
    )
    data.update({radio["name"]: radio["value"] for radio in page.select("form input[type=radio][checked]")})
    data["comment_notices-on_my_posts"] = "on"
    data.update({"name_email-first_name": "Ana", "name_email-last_name": "Souza"})
    response = client.post(url, data)
    assert response.status_code == 302
    assert StaffCommentNotices.objects.get(user=author).on_my_posts is True


def test_accounts_without_a_person_are_not_offered_author_notices(client, make_user):
    client.force_login(make_user("Moderators"))
    assert "comment_notices-on_my_posts" not in client.get(reverse("wagtailadmin_account")).content.decode()
