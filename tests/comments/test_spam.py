"""Spam layers: rate limits, duplicates, honeypot and timing (in test_bad_input), optional Akismet."""

from bs4 import BeautifulSoup

import comments.spam
from comments import tokens
from comments.models import Comment, Status
from tests.comments.conftest import POST_URL, form_data


def test_five_comments_a_minute_then_429_with_the_text_kept(send, post, discussion):
    for number in range(5):
        assert send(POST_URL, form_data(post, comment=f"Comment {number}")).status_code == 302
    response = send(POST_URL, form_data(post, comment="The sixth, kept."))
    assert response.status_code == 429
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("[role=alert]").text.strip()
    assert html.select_one("#id_comment").text.strip() == "The sixth, kept."
    assert Comment.objects.count() == 5


def test_hourly_limit(send, post, discussion, settings):
    settings.COMMENTS_RATE_LIMITS = [(100, 60), (3, 3600)]
    for number in range(3):
        assert send(POST_URL, form_data(post, comment=f"Comment {number}")).status_code == 302
    assert send(POST_URL, form_data(post, comment="Fourth")).status_code == 429


def test_limits_are_per_address(send, client, post, discussion, settings):
    settings.COMMENTS_RATE_LIMITS = [(1, 60)]
    assert send(POST_URL, form_data(post, comment="From one")).status_code == 302
    assert send(POST_URL, form_data(post, comment="Again from one")).status_code == 429
    other = client.post(POST_URL, form_data(post, comment="From another"), REMOTE_ADDR="10.1.2.3")
    assert other.status_code == 302


def test_the_same_text_twice_stores_one_row(send, post, discussion):
    first = send(POST_URL, form_data(post, comment="Same words"))
    again = send(POST_URL, form_data(post, comment="  same WORDS "))
    assert first.status_code == again.status_code == 302
    # Both receipts name the one stored comment; the tokens themselves carry the second they were
    # signed in, so they differ when the two requests straddle a second.
    (comment,) = Comment.objects.all()
    named = [tokens.read_receipt_address(response["Location"]) for response in (first, again)]
    assert named == [comment.pk, comment.pk]


def test_the_same_text_from_someone_else_is_refused_with_a_message(send, post, discussion):
    send(POST_URL, form_data(post, comment="Copied words"))
    response = send(POST_URL, form_data(post, comment="Copied words", email="other@example.org"))
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    assert html.select_one("[role=alert]").text.strip()
    assert html.select_one("#id_comment").text.strip() == "Copied words"
    assert Comment.objects.count() == 1


def test_the_same_text_on_another_post_is_fine(send, post, make_post, discussion):
    send(POST_URL, form_data(post, comment="Useful everywhere"))
    send(POST_URL, form_data(make_post(), comment="Useful everywhere"))
    assert Comment.objects.count() == 2


def test_no_akismet_call_without_a_key(send, post, discussion, monkeypatch):
    def forbidden(*args, **kwargs):
        raise AssertionError("no request may leave the site without an Akismet key")

    monkeypatch.setattr(comments.spam.requests, "post", forbidden)
    assert send(POST_URL, form_data(post)).status_code == 302


def test_akismet_verdict_is_used_when_configured(send, post, discussion, settings, monkeypatch):
    settings.AKISMET_API_KEY = "abc123"
    calls = []

    class Answer:
        text = "true"

    def fake_post(url, data, timeout):
        calls.append((url, data))
        return Answer()

    monkeypatch.setattr(comments.spam.requests, "post", fake_post)
    send(POST_URL, form_data(post, comment="Cheap pills here"))
    assert Comment.objects.get().status == Status.SPAM
    assert calls[0][0] == "https://abc123.rest.akismet.com/1.1/comment-check"
    assert calls[0][1]["comment_content"] == "Cheap pills here"


def test_akismet_outage_falls_back_to_moderation(send, post, discussion, settings, monkeypatch):
    settings.AKISMET_API_KEY = "abc123"

    def down(*args, **kwargs):
        raise comments.spam.requests.ConnectionError("unreachable")

    monkeypatch.setattr(comments.spam.requests, "post", down)
    assert send(POST_URL, form_data(post)).status_code == 302
    assert Comment.objects.get().status == Status.UNCONFIRMED


def test_client_address_behind_trusted_proxies(rf, settings):
    request = rf.get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="6.6.6.6, 203.0.113.7, 10.0.0.2")
    settings.TRUSTED_PROXY_COUNT = 0
    assert comments.spam.client_ip(request) == "10.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 2
    # The client could have written 6.6.6.6 itself; what our two proxies saw is 203.0.113.7.
    assert comments.spam.client_ip(request) == "203.0.113.7"
    settings.TRUSTED_PROXY_COUNT = 5
    assert comments.spam.client_ip(request) == "10.0.0.1"


def test_rate_limits_hold_on_redis(send, post, discussion, settings, on_redis):
    # Both windows are read in one MGET and counted in one pipeline there.
    settings.COMMENTS_RATE_LIMITS = [(3, 60), (2, 3600)]
    for number in range(2):
        assert send(POST_URL, form_data(post, comment=f"Comment {number}")).status_code == 302
    assert send(POST_URL, form_data(post, comment="Third, over the hourly limit")).status_code == 429
    assert Comment.objects.count() == 2


def test_the_duplicate_check_is_answered_by_its_index(post, discussion):
    """The check's text condition must be the expression comments 0006 indexes: with another
    spelling PostgreSQL would compare the text of every comment of the post's day again."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for number in range(30):
        Comment.objects.create(
            content_object=post, site_id=1, user_name="R", user_email="r@example.org", comment=f"Words {number}"
        )
    candidate = Comment(content_object=post, comment="Words 7")
    with CaptureQueriesContext(connection) as captured:
        assert comments.spam.duplicate_of(candidate) is not None
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE django_comments")
        cursor.execute("SET LOCAL enable_seqscan = off")  # 30 rows would be scanned rather than looked up
        cursor.execute("EXPLAIN " + captured.captured_queries[-1]["sql"])
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "comment_duplicate_text" in plan, plan
    assert "md5(upper(comment))" in plan.split("comment_duplicate_text", 1)[1].split("Filter")[0], plan
