"""The comment form of a post comes from the cache, yet it is the form printed afresh: each reader
gets a signature of their own request, their own name, and every change to the form shows at once."""

import time

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from comments import form_markup
from comments.forms import CommentForm
from comments.models import Comment

from .conftest import POST_URL

SIGNED = ("timestamp", "security_hash", "csrfmiddlewaretoken")


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600


def comment_form(response):
    assert response.status_code == 200
    form = BeautifulSoup(response.content, "html.parser").select_one("#comment-form")
    assert form is not None
    return form


def signed_values(form):
    return {name: form.select_one(f"input[name={name}]")["value"] for name in SIGNED}


def without_signature(form):
    for name in SIGNED:
        form.select_one(f"input[name={name}]")["value"] = "…"
    return str(form)


def filled_in(form, **fields):
    """What a browser sends from the printed form once these fields are typed in (no follow-up)."""
    data = {field["name"]: field.get("value", "") for field in form.select("input") if field.get("name")}
    data.pop("followup")
    return data | fields


def reader(django_user_model, username, **names):
    user = django_user_model.objects.create_user(username, password="pw", **names)
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("language", ["pt-br", "en"])
@pytest.mark.parametrize("signed_in", [False, True])
def test_the_cached_form_is_the_form_printed_afresh(post, django_user_model, settings, language, signed_in):
    client = reader(django_user_model, "ana", first_name="Ana") if signed_in else Client()
    headers = {"accept-language": language}
    with translation.override(language):
        key = form_markup.cache_key(post, signed_in)
    first = comment_form(client.get(post.url, headers=headers))  # prints and stores it
    assert cache.get(key) is not None
    second = comment_form(client.get(post.url, headers=headers))  # from the cache
    settings.FRAGMENT_CACHE_SECONDS = 0
    afresh = comment_form(client.get(post.url, headers=headers))
    assert without_signature(first) == without_signature(second) == without_signature(afresh)
    assert bool(second.select_one("input[name=email]")) is not signed_in
    assert "\x00" not in str(second)


def test_each_page_carries_a_signature_of_its_own_request_that_posts(post, monkeypatch, committed):
    client = Client()
    client.get(post.url)  # the form is stored
    opened = time.time() + 100
    monkeypatch.setattr(time, "time", lambda: opened)
    form = comment_form(client.get(post.url))
    values = signed_values(form)
    assert values["timestamp"] == str(int(opened))
    expected = CommentForm(post).generate_security_hash("blog.blogpage", str(post.pk), values["timestamp"])
    assert values["security_hash"] == expected

    monkeypatch.setattr(time, "time", lambda: opened + 30)  # the reader writes for half a minute
    data = filled_in(form, name="Maria", email="maria@example.org", comment="Written on the cached form.")
    with committed():
        response = client.post(POST_URL, data)
    assert response.status_code == 302
    assert Comment.objects.get(comment="Written on the cached form.").object_pk == str(post.pk)


def test_a_form_sent_at_once_is_still_too_fast(post, committed):
    """The timestamp is the page's own, not the stored form's: a bot gains nothing from the cache."""
    client = Client()
    client.get(post.url)
    form = comment_form(client.get(post.url))
    data = filled_in(form, name="Bot", email="bot@example.org", comment="Sent the moment the page came.")
    with committed():
        response = client.post(POST_URL, data)
    assert response.status_code == 200
    assert not Comment.objects.filter(comment="Sent the moment the page came.").exists()


def test_each_signed_in_reader_sees_their_own_name(post, django_user_model):
    first = reader(django_user_model, "ana", first_name='Ana <b>"&"</b>')
    second = reader(django_user_model, "bia", first_name="Bia")
    shown = comment_form(first.get(post.url))
    line = shown.find("p", string=lambda text: text and text.startswith("Comentando como"))
    assert line.get_text() == 'Comentando como Ana <b>"&"</b>.' and not line.find("b")
    shown = comment_form(second.get(post.url))
    assert shown.find("p", string="Comentando como Bia.")
    assert "Ana" not in str(shown)
    assert comment_form(Client().get(post.url)).select_one("input[name=name]")


def test_a_new_length_limit_shows_at_once(post, discussion, committed):
    limit = lambda: comment_form(Client().get(post.url)).select_one("textarea")["maxlength"]  # noqa: E731
    assert limit() == "3000"
    discussion.max_length = 1200
    with committed():
        discussion.save()
    assert limit() == "1200"


def test_a_form_stored_by_other_code_is_not_shown(post, discussion):
    """A release that changes the form or its templates changes the digest it is stored under."""
    with translation.override("pt-br"):
        key = form_markup.cache_key(post, False)
    cache.set(key, {"html": "<form>an old release's form</form>", "made_under": (3000, "older code")})
    assert "an old release" not in Client().get(post.url).text
    assert cache.get(key)["made_under"] == (discussion.max_length, form_markup.code_digest())


def test_a_reply_form_is_printed_for_its_comment(post, committed):
    from .conftest import approved_comment

    with committed():
        parent = approved_comment(post, "Does heat help?", user_name="Maria")
    Client().get(post.url)  # the blank form is stored
    form = comment_form(Client().get(f"{post.url}?reply-to={parent.pk}"))
    assert form.select_one("input[name=reply_to]")["value"] == str(parent.pk)
    assert "Maria" in form.select_one(".comment-form__title").get_text()
    assert comment_form(Client().get(post.url)).select_one("input[name=reply_to]")["value"] == "0"


def test_security_data_is_what_a_built_form_signs_with(post, monkeypatch):
    monkeypatch.setattr(time, "time", lambda: 1_800_000_000.5)
    assert CommentForm.security_data(post) == CommentForm(post).generate_security_data()


def test_every_form_printed_afresh_names_the_signed_in_reader_too(post, django_user_model, committed):
    """The reply form (never cached) and the form sent back with errors say whom the comment is from."""
    from .conftest import approved_comment, form_data

    client = reader(django_user_model, "ana", first_name="Ana")
    with committed():
        parent = approved_comment(post, "Does heat help?")
    reply = comment_form(client.get(f"{post.url}?reply-to={parent.pk}"))
    assert reply.find("p", string="Comentando como Ana.")
    with committed():
        sent_back = client.post(POST_URL, form_data(post, name="", email="", comment="   "))
    assert sent_back.status_code == 200
    assert comment_form(sent_back).find("p", string="Comentando como Ana.")
