"""Bad input gets a clear message, keeps the reader's text, and stores nothing it should not."""

import time

import pytest
from bs4 import BeautifulSoup

import comments.forms
from comments.models import Comment, Status
from tests.comments.conftest import POST_URL, approved_comment, form_data


def form_page(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"name": ""}, "name"),
        ({"email": "not-an-email"}, "email"),
        ({"url": "javascript:alert(1)"}, "url"),
        ({"url": "ftp://files.example"}, "url"),
        ({"comment": "   "}, "comment"),
        ({"comment": "x" * 3001}, "comment"),
    ],
)
def test_field_errors_are_shown_beside_the_field_with_the_text_kept(send, post, discussion, fields, field):
    html = form_page(send(POST_URL, form_data(post, **{"comment": "My story.", **fields})))
    error = html.select_one(f"#id_{field}_error")
    assert error is not None and error.text.strip()
    if field != "comment":
        assert html.select_one("#id_comment").text.strip() == "My story."
    assert not Comment.objects.exists()


@pytest.mark.parametrize("seconds_ago", [0, 1, 3 * 60 * 60])
def test_too_fast_or_stale_forms_can_be_sent_again(send, post, discussion, seconds_ago, monkeypatch):
    html = form_page(send(POST_URL, form_data(post, seconds_ago=seconds_ago, comment="Kept text.")))
    assert html.select_one("[role=alert]").text.strip()
    assert html.select_one("#id_comment").text.strip() == "Kept text."
    assert not Comment.objects.exists()

    # The page carries a fresh signature: the same form sent again a little later goes through.
    data = {field["name"]: field.get("value", "") for field in html.select("#comment-form input")}
    data["comment"] = html.select_one("#id_comment").text.strip()
    later = time.time() + 10
    monkeypatch.setattr(comments.forms.time, "time", lambda: later)
    assert send(POST_URL, data).status_code == 302
    assert Comment.objects.get().comment == "Kept text."


def test_the_form_sent_back_carries_a_working_token(post, discussion, monkeypatch, django_capture_on_commit_callbacks):
    """With CSRF checks on, as in a browser: the page that shows the errors can be sent again."""
    from django.test import Client

    reader = Client(enforce_csrf_checks=True)
    opened = BeautifulSoup(reader.get(post.url).content, "html.parser")
    token = opened.select_one("#comment-form input[name=csrfmiddlewaretoken]")["value"]
    html = form_page(reader.post(POST_URL, form_data(post, email="nope", csrfmiddlewaretoken=token)))
    assert html.select_one("#id_email_error").text.strip()
    data = {field["name"]: field.get("value", "") for field in html.select("#comment-form input")}
    assert data["csrfmiddlewaretoken"] and "\x00" not in data["csrfmiddlewaretoken"]
    data.update(email="maria@example.org", comment=html.select_one("#id_comment").text.strip())
    later = time.time() + 10
    monkeypatch.setattr(comments.forms.time, "time", lambda: later)
    with django_capture_on_commit_callbacks(execute=True):
        assert reader.post(POST_URL, data).status_code == 302
    assert Comment.objects.get().comment == "Physiotherapy helped me a lot."


@pytest.mark.parametrize(
    "tampered",
    [
        {"security_hash": "0" * 40},
        {"object_pk": "999999"},
        {"object_pk": "abc"},
        {"object_pk": "1" * 40},
        {"object_pk": "9223372036854775808"},
        {"object_pk": "-1"},
        {"object_pk": "0"},
        {"object_pk": " 1"},
        {"object_pk": "²"},  # a digit to str.isdigit(), not to int()
        {"object_pk": "١"},
        {"object_pk": "1.0"},
        {"content_type": "auth.user"},
        {"content_type": "nonsense"},
        {"timestamp": "notanumber"},
        {"honeypot": "I am a bot"},
    ],
)
def test_tampered_forms_get_400_and_no_row(send, post, discussion, tampered):
    data = form_data(post)
    data.update(tampered)
    response = send(POST_URL, data)
    assert response.status_code == 400
    assert not Comment.objects.exists()


def test_a_form_signed_for_another_page_or_model_gets_400_and_no_row(send, post, discussion):
    """A valid signature over another target: the home page (not a post), or a comment of this post."""
    from comments.forms import CommentForm

    home = post.get_parent()
    comment = approved_comment(post)
    for content_type, object_pk in (
        ("blog.blogindexpage", home.pk),
        ("blog.blogpage", home.pk),
        ("comments.comment", comment.pk),
        ("wagtailcore.page", post.pk),
    ):
        data = form_data(post, comment="Elsewhere.", content_type=content_type, object_pk=str(object_pk))
        data["security_hash"] = CommentForm(post).generate_security_hash(
            content_type, str(object_pk), data["timestamp"]
        )
        assert send(POST_URL, data).status_code == 400, content_type
    assert Comment.objects.count() == 1


@pytest.mark.parametrize("reply_to", ["²", "-1", "1.5", "9" * 40, "%00"])
def test_reply_to_query_strings_that_are_no_comment_show_the_ordinary_form(client, post, discussion, reply_to):
    approved_comment(post)
    response = client.get(f"{post.url}?reply-to={reply_to}")
    html = form_page(response)
    assert html.select_one("#comment-form") is not None


def test_changed_timestamp_breaks_the_signature(send, post, discussion):
    data = form_data(post, seconds_ago=10)
    data["timestamp"] = str(int(data["timestamp"]) - 1)
    assert send(POST_URL, data).status_code == 400


def test_missing_fields_get_400(send, post, discussion):
    assert send(POST_URL, {}).status_code == 400
    assert send(POST_URL, {"content_type": "blog.blogpage", "object_pk": str(post.pk)}).status_code == 400
    assert not Comment.objects.exists()


def test_unpublished_post_takes_no_comments(send, make_post, discussion):
    draft = make_post(publish=False)
    assert send(POST_URL, form_data(draft)).status_code == 400
    assert not Comment.objects.exists()


def test_replies_to_missing_unpublished_or_too_deep_parents_are_refused(send, post, make_post, discussion):
    held = approved_comment(post, status=Status.PENDING)
    level0 = approved_comment(post)
    level1 = approved_comment(post, parent=level0)
    level2 = approved_comment(post, parent=level1)
    elsewhere = approved_comment(make_post())
    for parent_id in (999999, held.pk, level2.pk, elsewhere.pk):
        response = send(POST_URL, form_data(post, reply_to=parent_id))
        assert response.status_code == 400, parent_id
    assert Comment.objects.count() == 5
    assert send(POST_URL, form_data(post, reply_to=level1.pk)).status_code == 302
    assert Comment.objects.get(comment="Physiotherapy helped me a lot.").level == 2


def test_get_on_the_post_url_is_not_allowed(client, db):
    assert client.get(POST_URL).status_code == 405


def test_maximum_length_follows_the_discussion_settings(send, post, discussion):
    discussion.max_length = 5000
    discussion.save()
    assert send(POST_URL, form_data(post, comment="y" * 5001)).status_code == 200
    assert not Comment.objects.exists()
    assert send(POST_URL, form_data(post, comment="y" * 4000)).status_code == 302
    assert len(Comment.objects.get().comment) == 4000


def test_field_errors_are_tied_to_their_inputs_for_screen_readers(send, post, discussion):
    html = form_page(send(POST_URL, form_data(post, email="nope")))
    field = html.select_one("#id_email")
    assert field["aria-invalid"] == "true"
    assert "id_email_error" in field["aria-describedby"].split()
    assert html.select_one("#id_email_error").text.strip()
