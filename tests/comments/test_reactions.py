"""Readers like comments (once each, and can take it back) and flag them for moderators with a reason."""

from bs4 import BeautifulSoup

from comments.models import Reaction, Status
from tests.comments.conftest import approved_comment


def likes_shown(client, post, comment):
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    return html.find(id=f"c{comment.pk}").select_one(".comment__like .comment__likes").text


def test_like_once_per_reader_and_take_it_back(client, post, django_user_model):
    comment = approved_comment(post, "Helpful")
    response = client.post(f"/comentarios/{comment.pk}/curtir/")
    assert response.status_code == 302
    assert response["Location"] == f"/comentarios/{comment.pk}/"
    assert likes_shown(client, post, comment) == "1"
    other = client.__class__()
    other.post(f"/comentarios/{comment.pk}/curtir/")
    assert likes_shown(client, post, comment) == "2"
    client.post(f"/comentarios/{comment.pk}/curtir/")  # the same reader again: takes it back
    assert likes_shown(client, post, comment) == "1"
    user = django_user_model.objects.create_user("ana", "ana@example.org", "pw")
    client.force_login(user)
    client.post(f"/comentarios/{comment.pk}/curtir/")
    assert Reaction.objects.filter(kind="like").count() == 2


def test_flag_with_a_reason(client, post):
    comment = approved_comment(post, "Stop all your medication now")
    assert client.get(f"/comentarios/{comment.pk}/denunciar/").status_code == 200
    missing = client.post(f"/comentarios/{comment.pk}/denunciar/", {"reason": "", "note": "Dangerous"})
    assert missing.status_code == 200
    assert BeautifulSoup(missing.content, "html.parser").select_one("#id_reason_error")
    response = client.post(f"/comentarios/{comment.pk}/denunciar/", {"reason": "unsafe", "note": "Dangerous"})
    assert response.status_code == 200
    client.post(f"/comentarios/{comment.pk}/denunciar/", {"reason": "spam"})  # a second flag keeps the first
    flag = Reaction.objects.get(kind="flag")
    assert (flag.reason, flag.note) == ("unsafe", "Dangerous")


def test_only_published_comments_take_reactions(client, post):
    held = approved_comment(post, "Held", status=Status.PENDING)
    assert client.post(f"/comentarios/{held.pk}/curtir/").status_code == 404
    assert client.get(f"/comentarios/{held.pk}/denunciar/").status_code == 404
    assert client.post("/comentarios/999999/curtir/").status_code == 404
    assert client.get(f"/comentarios/{held.pk}/curtir/").status_code == 405
