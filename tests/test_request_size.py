"""Bodies too large to take get 413 and a page saying so; the admin's uploads still work."""

import io
import os
from urllib.parse import urlencode

import pytest
from django.test import RequestFactory
from django.test.client import ClientHandler
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.images import get_image_model

from comments.models import Comment, Reaction
from tests.comments.conftest import POST_URL, approved_comment, form_data


def assert_too_large_page(response):
    assert response.status_code == 413
    assert b'role="alert"' in response.content
    assert b"<h1>" in response.content


@pytest.fixture
def post(make_post):
    return make_post(title="Living with CRPS")


def test_an_oversized_comment_gets_413_and_no_row(client, post, settings):
    body = "x" * (settings.PUBLIC_REQUEST_MAX_BYTES + 1)
    assert_too_large_page(client.post(POST_URL, form_data(post, comment=body)))
    assert not Comment.objects.exists()


def test_a_comment_just_under_the_limit_is_read_as_usual(client, post, settings):
    """Under the byte limit the form decides: here, over the site's length limit, with the text kept."""
    response = client.post(POST_URL, form_data(post, comment="x" * 100_000))
    assert response.status_code == 200
    assert b'id="id_comment_error"' in response.content


def test_oversized_multipart_and_other_public_posts_get_413(client, post, settings):
    comment = approved_comment(post)
    big = "x" * (settings.PUBLIC_REQUEST_MAX_BYTES + 1)
    assert_too_large_page(client.post(POST_URL, {**form_data(post), "comment": big}, format="multipart"))
    assert_too_large_page(client.post(reverse("comments:flag", args=[comment.pk]), {"reason": "spam", "note": big}))
    assert_too_large_page(client.post(reverse("set_language"), {"language": "en", "next": "/", "x": big}))
    assert_too_large_page(client.post(reverse("comments:like", args=[comment.pk]), {"x": big}))
    assert Comment.objects.count() == 1 and not Reaction.objects.exists()


def test_the_413_page_speaks_the_reader_s_language(client, post, settings):
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    response = client.post(POST_URL, {"comment": "x" * (settings.PUBLIC_REQUEST_MAX_BYTES + 1)})
    assert_too_large_page(response)
    assert b"Too much to send" in response.content


def test_a_body_over_django_s_limit_in_the_admin_is_413_not_400(client, home, settings):
    """The admin has no public limit, but Django's DATA_UPLOAD_MAX_MEMORY_SIZE still refuses form data."""
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 10_000
    login = reverse("wagtailadmin_login")
    response = client.post(login, {"username": "x", "password": "y", "padding": "x" * 20_000})
    assert_too_large_page(response)


def test_a_body_without_content_length_is_not_read(post, db):
    """Chunked bodies reach Django without CONTENT_LENGTH under WSGI: it reads none of it, so no
    limit is needed there; the request is answered and nothing stored."""
    body = urlencode(form_data(post, comment="x" * 5_000_000)).encode()
    stream = io.BytesIO(body)
    environ = RequestFactory()._base_environ(
        PATH_INFO=POST_URL,
        REQUEST_METHOD="POST",
        CONTENT_TYPE="application/x-www-form-urlencoded",
        HTTP_TRANSFER_ENCODING="chunked",
    )
    environ.pop("CONTENT_LENGTH", None)
    environ["wsgi.input"] = stream
    # The test client's handler, without the client: the environ goes to a WSGIRequest as it is.
    response = ClientHandler()(environ)
    assert response.status_code == 403  # the CSRF token is in the unread body
    assert stream.tell() == 0
    assert not Comment.objects.exists()


def test_admin_image_uploads_larger_than_the_public_limit_still_work(client, make_user, settings):
    editor = make_user(superuser=True)
    client.force_login(editor)
    buffer = io.BytesIO()
    PILImage.frombytes("RGB", (400, 400), os.urandom(400 * 400 * 3)).save(buffer, format="PNG")
    assert len(buffer.getvalue()) > settings.PUBLIC_REQUEST_MAX_BYTES
    buffer.name = "noise.png"
    buffer.seek(0)
    response = client.post(reverse("wagtailimages:add"), {"title": "Noise", "file": buffer})
    assert response.status_code in (200, 302)
    assert get_image_model().objects.filter(title="Noise").exists()
