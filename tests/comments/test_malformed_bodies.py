"""Raw bodies no browser would send: invalid UTF-8, NUL, encoded surrogates, repeated and array
fields, very long values. Every public form answers without a 500 and stores nothing it refused."""

from urllib.parse import quote

import pytest
from django.urls import reverse

from comments import tokens
from comments.models import Comment, Reaction
from tests.comments.conftest import POST_URL, POSTED_FIELDS, approved_comment, form_data

# Each replaces a field's value on the wire, already percent-encoded where that matters.
WIRE_VALUES = [
    b"%FF%FE",  # not UTF-8
    b"\xff\xfe",  # not UTF-8, not even percent-encoded
    b"%C0%AF",  # an overlong "/"
    b"%E0%80%AF",
    b"%ED%A0%80",  # a lone surrogate, UTF-8-encoded
    b"%F4%90%80%80",  # beyond U+10FFFF
    b"%00",
    b"a%00b",
    b"\x00",
    b"%F0%9F%98%80",  # an emoji: valid, for comparison
    b"x" * 100_000,
]


def body(fields, field, wire_value):
    parts = [
        quote(name).encode() + b"=" + (wire_value if name == field else quote(str(value)).encode())
        for name, value in fields.items()
    ]
    return b"&".join(parts)


def post_raw(client, url, raw):
    return client.generic("POST", url, raw, content_type="application/x-www-form-urlencoded")


@pytest.fixture(autouse=True)
def _many_comments_from_one_reader(settings, monkeypatch):
    """Bytes that decode alike ("%FF%FE" and "%C0%AF" both become two U+FFFD) would be duplicates."""
    settings.COMMENTS_RATE_LIMITS = []
    monkeypatch.setattr("comments.views.spam.duplicate_of", lambda comment: None)


@pytest.mark.parametrize("field", POSTED_FIELDS)
def test_comment_post_with_malformed_bytes_in_each_field(client, post, discussion, field):
    for wire_value in WIRE_VALUES:
        before = Comment.objects.count()
        response = post_raw(
            client, POST_URL, body(form_data(post, comment=f"Bytes {wire_value[:12]!r}."), field, wire_value)
        )
        assert response.status_code in (200, 302, 400), (wire_value[:20], response.status_code)
        stored = Comment.objects.count() - before
        assert stored == (response.status_code == 302), wire_value[:20]
        if stored:
            row = Comment.objects.latest("pk")
            assert "\x00" not in row.comment + row.user_name + row.user_email + row.user_url


def test_nul_bytes_are_refused_in_the_reader_s_text_with_the_text_kept(client, post, discussion):
    for field in ("name", "comment"):
        response = client.post(POST_URL, form_data(post, **{field: "Ma\x00ria"}))
        assert response.status_code == 200
        assert b'id="id_%s_error"' % field.encode() in response.content
    assert not Comment.objects.exists()


def test_repeated_and_array_fields(client, post, discussion):
    data = form_data(post)
    repeated = {**data, "comment": ["First.", "Second."], "name": ["A", "B"], "reply_to": ["0", "abc"]}
    assert client.post(POST_URL, repeated).status_code in (200, 302, 400)
    arrays = {**data, "comment[]": "Array.", "name[]": "X", "object_pk[]": "1"}
    del arrays["comment"]
    assert client.post(POST_URL, arrays).status_code == 200  # the comment itself is missing
    assert Comment.objects.count() <= 1


def test_other_public_posts_with_malformed_bytes(client, post, discussion):
    comment = approved_comment(post)
    edit = reverse("comments:edit", args=[tokens.make(comment, tokens.EDIT_SALT)])
    forms = {
        reverse("comments:flag", args=[comment.pk]): {"reason": "spam", "note": "Note."},
        reverse("comments:like", args=[comment.pk]): {"x": "1"},
        edit: {"comment": "New words."},
        reverse("set_language"): {"language": "en", "next": "/"},
        reverse("comments:unsubscribe", args=[tokens.make_unsubscribe("a@example.org", comment.pk)]): {"x": "1"},
        reverse("comments:confirm", args=[tokens.make(comment, tokens.CONFIRM_SALT)]): {"x": "1"},
    }
    for url, fields in forms.items():
        for field in fields:
            for wire_value in WIRE_VALUES:
                response = post_raw(client, url, body(fields, field, wire_value))
                assert response.status_code < 500, (url, field, wire_value[:20], response.status_code)
    comment.refresh_from_db()
    assert "\x00" not in comment.comment
    assert all("\x00" not in note for note in Reaction.objects.values_list("note", flat=True))


def test_malformed_bytes_in_paths_of_signed_links(client, post, discussion):
    for name in ("receipt", "confirm", "edit", "unsubscribe", "moderate"):
        base = reverse(f"comments:{name}", args=["x"])[: -len("x/")]
        for wire_value in (b"%FF%FE", b"%C0%AF", b"%ED%A0%80", b"%00", b"a" * 5000):
            response = client.get(base + wire_value.decode("latin-1") + "/")
            assert response.status_code in (400, 404), (name, wire_value[:20], response.status_code)
