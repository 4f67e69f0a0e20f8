"""Authors may correct or delete their comment within the edit window."""

import datetime
import re

from bs4 import BeautifulSoup
from django.utils import timezone

from comments.models import Comment, DiscussionSettings, Status
from tests.comments.conftest import POST_URL, approved_comment, form_data


def edit_link(client, receipt_url):
    html = BeautifulSoup(client.get(receipt_url).content, "html.parser")
    link = html.find("a", href=re.compile(r"^/comentarios/editar/"))
    return link["href"] if link else None


def test_guest_edits_through_the_signed_link_on_the_receipt(send, client, post, discussion):
    receipt = send(POST_URL, form_data(post, comment="Teh typo"))["Location"]
    link = edit_link(client, receipt)
    assert link
    assert client.get(link).status_code == 200
    assert send(link, {"comment": "The typo, fixed"}).status_code == 302
    comment = Comment.objects.get()
    assert comment.comment == "The typo, fixed"
    assert "The typo, fixed" in comment.comment_html
    assert comment.status == Status.UNCONFIRMED  # still waits for its author's confirmation


def test_edit_keeps_text_on_error(send, client, post, discussion):
    link = edit_link(client, send(POST_URL, form_data(post))["Location"])
    response = send(link, {"comment": "z" * 3001})
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("#id_comment_error")
    assert html.select_one("#id_comment").text.strip() == "z" * 3001


def test_guest_deletes_within_the_window(send, client, post, discussion):
    link = edit_link(client, send(POST_URL, form_data(post))["Location"])
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert send(f"/comentarios/apagar/{token}/").status_code == 200
    assert Comment.objects.get().status == Status.TRASH


def test_after_the_window_nothing_can_be_changed(send, client, post, discussion):
    link = edit_link(client, send(POST_URL, form_data(post, comment="Original"))["Location"])
    Comment.objects.update(submit_date=timezone.now() - datetime.timedelta(minutes=16))
    assert send(link, {"comment": "Changed"}).status_code == 400
    token = link.rstrip("/").rsplit("/", 1)[1]
    assert send(f"/comentarios/apagar/{token}/").status_code == 400
    assert Comment.objects.get().comment == "Original"
    assert Comment.objects.get().status == Status.UNCONFIRMED


def test_signed_in_author_edits_from_the_thread_and_others_cannot(send, client, post, discussion, django_user_model):
    discussion.moderation = DiscussionSettings.Moderation.NOTHING
    discussion.save()
    author = django_user_model.objects.create_user("ana", "ana@example.org", "pw")
    mine = approved_comment(post, "Mine", user=author, user_email="ana@example.org")
    approved_comment(post, "Someone else's")
    client.force_login(author)
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    links = [a["href"] for a in html.find_all("a", href=re.compile(r"^/comentarios/editar/"))]
    assert len(links) == 1
    assert html.find(id=f"c{mine.pk}").find("a", href=links[0])

    other = django_user_model.objects.create_user("rui", "rui@example.org", "pw")
    client.force_login(other)
    assert send(links[0], {"comment": "Hijacked"}).status_code == 400
    client.force_login(author)
    assert send(links[0], {"comment": "Mine, with https://a.example and https://b.example"}).status_code == 302
    edited = Comment.objects.get(pk=mine.pk)
    assert edited.status == Status.PENDING  # two links now: held like any new comment


def test_tampered_edit_token(client, post, discussion):
    assert client.get("/comentarios/editar/forged/").status_code == 400
    assert client.post("/comentarios/apagar/forged/").status_code == 400
