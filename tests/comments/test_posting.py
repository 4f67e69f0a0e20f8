"""A reader's comment is stored the moment it is sent, and never lost on the way."""

import re

from bs4 import BeautifulSoup
from django.core import mail
from django.utils import timezone

from comments.models import Comment, DiscussionSettings, Status
from tests.comments.conftest import POST_URL, approved_comment, form_data


def comment_texts(client, post, query=""):
    html = BeautifulSoup(client.get(post.url + query).content, "html.parser")
    return [body.get_text(strip=True) for body in html.select(".comment__body")]


def test_guest_comment_is_stored_unconfirmed_then_confirmed_then_moderated(send, client, post, discussion):
    response = send(POST_URL, form_data(post))
    assert response.status_code == 302
    comment = Comment.objects.get()
    assert comment.status == Status.UNCONFIRMED
    assert not comment.is_public
    assert comment.comment == "Physiotherapy helped me a lot."
    assert comment_texts(client, post) == []

    receipt = client.get(response["Location"])
    assert "maria@example.org" in receipt.content.decode()

    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["maria@example.org"]
    link = re.search(r"http://testserver(/comentarios/confirmar/[^/\s]+/)", message.body).group(1)
    assert "Physiotherapy helped me a lot." in message.body

    # Opening the link only asks; mail scanners that follow links confirm nothing.
    assert client.get(link).status_code == 200
    assert Comment.objects.get().status == Status.UNCONFIRMED
    send(link)
    comment = Comment.objects.get()
    assert comment.status == Status.PENDING  # a first-time commenter waits for a moderator
    assert comment.confirmed_at is not None
    assert comment_texts(client, post) == []

    comment.status = Status.APPROVED
    comment.save()
    assert comment_texts(client, post) == ["Physiotherapy helped me a lot."]


def test_returning_commenter_is_published_after_confirming(send, client, post, discussion):
    approved_comment(post, user_email="Maria@Example.org")
    send(POST_URL, form_data(post, comment="Second time here."))
    link = re.search(r"http://testserver(/comentarios/confirmar/[^/\s]+/)", mail.outbox[0].body).group(1)
    send(link)
    assert Comment.objects.get(comment="Second time here.").status == Status.APPROVED
    assert "Second time here." in comment_texts(client, post)


def test_moderate_everything(send, client, post, discussion):
    discussion.moderation = DiscussionSettings.Moderation.EVERYTHING
    discussion.save()
    approved_comment(post, user_email="maria@example.org")
    send(POST_URL, form_data(post, comment="Held anyway."))
    link = re.search(r"http://testserver(/comentarios/confirmar/[^/\s]+/)", mail.outbox[0].body).group(1)
    send(link)
    assert Comment.objects.get(comment="Held anyway.").status == Status.PENDING


def test_logged_in_reader_needs_no_confirmation(send, client, post, discussion, django_user_model):
    user = django_user_model.objects.create_user("joana", "joana@example.org", "pw", first_name="Joana")
    approved_comment(post, user=user)
    client.force_login(user)
    response = send(POST_URL, form_data(post, name="", email="", comment="Logged in."))
    assert response.status_code == 302
    comment = Comment.objects.get(comment="Logged in.")
    assert comment.status == Status.APPROVED
    assert comment.user == user and comment.user_name == "Joana" and comment.user_email == "joana@example.org"
    assert mail.outbox == []


def test_first_comment_of_a_logged_in_reader_is_held(send, client, post, discussion, django_user_model):
    user = django_user_model.objects.create_user("joana", "joana@example.org", "pw")
    client.force_login(user)
    send(POST_URL, form_data(post, name="", email="", comment="Hello."))
    assert Comment.objects.get().status == Status.PENDING


def test_block_words_file_spam_and_hold_words_hold(send, client, post, discussion, django_user_model):
    discussion.block_words = "casino\nbuy pills"
    discussion.hold_words = "cure"
    discussion.moderation = DiscussionSettings.Moderation.NOTHING
    discussion.save()
    user = django_user_model.objects.create_user("joana", "joana@example.org", "pw")
    client.force_login(user)
    send(POST_URL, form_data(post, comment="Best CASINO online"))
    send(POST_URL, form_data(post, comment="This is the cure!"))
    send(POST_URL, form_data(post, comment="Plain words."))
    statuses = dict(Comment.objects.values_list("comment", "status"))
    assert statuses == {
        "Best CASINO online": Status.SPAM,
        "This is the cure!": Status.PENDING,
        "Plain words.": Status.APPROVED,
    }


def test_comments_with_many_links_are_held(send, client, post, discussion, django_user_model):
    discussion.moderation = DiscussionSettings.Moderation.NOTHING
    discussion.save()
    user = django_user_model.objects.create_user("joana", "joana@example.org", "pw")
    client.force_login(user)
    send(POST_URL, form_data(post, comment="See https://a.example and www.b.example"))
    send(POST_URL, form_data(post, comment="See https://a.example only"))
    statuses = dict(Comment.objects.values_list("comment", "status"))
    assert statuses["See https://a.example and www.b.example"] == Status.PENDING
    assert statuses["See https://a.example only"] == Status.APPROVED


def test_closed_comments(send, client, post, discussion):
    discussion.comments_enabled = False
    discussion.save()
    assert send(POST_URL, form_data(post)).status_code == 400
    assert not Comment.objects.exists()
    page = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert page.select_one("#comment-form") is None
    assert page.select_one(".comments__closed") is not None


def test_comments_close_after_days(send, client, make_post, discussion):
    import datetime

    discussion.close_after_days = 30
    discussion.save()
    old = make_post(date=datetime.date.today() - datetime.timedelta(days=31))
    fresh = make_post(date=datetime.date.today())
    assert send(POST_URL, form_data(old)).status_code == 400
    assert send(POST_URL, form_data(fresh)).status_code == 302
    assert 'id="comment-form"' not in client.get(old.url).content.decode()
    assert 'id="comment-form"' in client.get(fresh.url).content.decode()


def test_confirmation_link_tampered_or_expired(send, client, post, discussion):
    send(POST_URL, form_data(post))
    link = re.search(r"http://testserver(/comentarios/confirmar/[^/\s]+/)", mail.outbox[0].body).group(1)
    assert send(link[:-3] + "xx/").status_code == 400
    discussion.unconfirmed_expiry_days = 0
    discussion.save()
    assert send(link).status_code == 400
    assert Comment.objects.get().status == Status.UNCONFIRMED


def test_mail_outage_keeps_the_comment(send, client, post, discussion, settings):
    # Nothing listens on port 1: the SMTP connection is refused.
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 1},
        }
    }
    response = send(POST_URL, form_data(post))
    assert response.status_code == 302
    assert Comment.objects.get().status == Status.UNCONFIRMED
    assert client.get(response["Location"]).status_code == 200


def test_email_is_retried_later_when_the_queue_can_wait(post, discussion, settings):
    from django_tasks import default_task_backend

    from comments.tasks import send_confirmation_request

    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.dummy.DummyBackend"}}
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": 1},
        }
    }
    comment = approved_comment(post, status=Status.UNCONFIRMED)
    default_task_backend.clear()
    send_confirmation_request.call(comment.pk, "https://example.org/confirm", "pt-br")
    [retry] = [result for result in default_task_backend.results if result.task.func is send_confirmation_request.func]
    assert retry.args == [comment.pk, "https://example.org/confirm", "pt-br"]
    assert retry.kwargs == {"attempt": 2}
    assert retry.task.run_after > timezone.now()
    default_task_backend.clear()


DATABASE_QUEUE = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


def test_with_the_database_queue_the_email_is_queued_in_the_comments_transaction(client, post, discussion, settings):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = DATABASE_QUEUE
    # No on-commit callback runs here: whatever the view queued must already be in its transaction.
    response = client.post(POST_URL, form_data(post))

    assert response.status_code == 302
    comment = Comment.objects.get()
    [queued] = DBTaskResult.objects.filter(task_path="comments.tasks.send_confirmation_request")
    assert queued.args_kwargs["args"][0] == comment.pk


def test_a_posted_and_moderated_comment_queues_only_its_email(client, post, discussion, settings):
    """Wagtail's reference index leaves comments out: it queued a task on every save of one."""
    from django_tasks_db.models import DBTaskResult
    from wagtail.models import ReferenceIndex

    settings.TASKS = DATABASE_QUEUE
    assert client.post(POST_URL, form_data(post)).status_code == 302
    comment = Comment.objects.get()
    comment.status = Status.APPROVED
    comment.save()
    assert list(DBTaskResult.objects.values_list("task_path", flat=True)) == [
        "comments.tasks.send_confirmation_request"
    ]
    assert not ReferenceIndex.objects.filter(content_type__model="comment").exists()


def test_with_the_database_queue_a_rolled_back_comment_leaves_no_email(post, discussion, settings):
    from django.db import transaction
    from django_tasks_db.models import DBTaskResult

    from comments.tasks import request_confirmation

    settings.TASKS = DATABASE_QUEUE
    try:
        with transaction.atomic():
            comment = approved_comment(post, status=Status.UNCONFIRMED)
            request_confirmation(comment, "https://example.org/confirm")
            assert DBTaskResult.objects.filter(task_path="comments.tasks.send_confirmation_request").count() == 1
            raise RuntimeError("the database failed before the commit")
    except RuntimeError:
        pass
    assert not Comment.objects.exists()
    assert not DBTaskResult.objects.exists()


def test_a_post_can_open_or_close_its_own_comments(send, make_post, discussion, client):
    discussion.comments_enabled = False
    discussion.save()
    opened = make_post(allow_comments="open")
    default = make_post()
    assert send(POST_URL, form_data(opened)).status_code == 302
    assert send(POST_URL, form_data(default)).status_code == 400
    discussion.comments_enabled = True
    discussion.save()
    closed = make_post(allow_comments="closed")
    assert send(POST_URL, form_data(closed)).status_code == 400
    assert 'id="comment-form"' not in client.get(closed.url).content.decode()


def test_the_replies_of_a_comment_are_found_through_an_index(send, post, discussion):
    """django-comments-xtd looks up a comment's replies by parent whenever one is held or shown
    (every save of a comment): without an index, a scan of every comment on the site each time."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    comment = approved_comment(post, "To be held.")
    comment.status = Status.PENDING
    with CaptureQueriesContext(connection) as queries:
        comment.save()
    replies = [q["sql"] for q in queries.captured_queries if '"parent_id" = ' in q["sql"] and "SELECT" in q["sql"]]
    assert replies, "the replies look-up this index serves is gone"
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a few test rows would not need an index
        for sql in replies:
            cursor.execute("EXPLAIN " + sql)
            plan = "\n".join(row[0] for row in cursor.fetchall())
            assert "xtdcomment_parent" in plan, plan


def test_the_form_renders_as_with_django_s_own_widget_templates(post, discussion):
    """The comment form's widgets come from Django's Jinja2 templates: the markup must not change."""
    from django.forms.renderers import DjangoTemplates

    from comments.forms import CommentForm

    bound = form_data(post, name="", email="not an address", comment="Hi")
    for data in (None, bound):
        jinja, django = (CommentForm(post, data=data, renderer=r) for r in (None, DjangoTemplates()))
        assert type(jinja.renderer).__name__ == "Jinja2"
        for name in ("name", "email", "url", "comment", "followup", "honeypot", "reply_to"):  # no timestamp
            assert str(jinja[name]) == str(django[name]), name
            assert str(jinja[name].errors) == str(django[name].errors), name


def test_the_post_a_comment_is_for_is_found_by_a_query_compiled_once(send, make_post, discussion):
    from comments.views import _commentable_post

    first, second, draft = make_post(title="First"), make_post(title="Second"), make_post(title="Draft")
    draft.unpublish()
    _commentable_post._shapes.clear()
    for post in (first, second, first, draft):
        send(POST_URL, form_data(post, comment=f"For {post.title} {post.pk} {Comment.objects.count()}"))
    assert sorted(int(pk) for pk in Comment.objects.values_list("object_pk", flat=True)) == sorted(
        [first.pk, first.pk, second.pk]
    )
    assert len(_commentable_post._shapes) == 1
