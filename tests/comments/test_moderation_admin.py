"""The first moderation queue: moderators find held comments and approve them in the Wagtail admin."""

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment, Status
from tests.comments.conftest import approved_comment


def test_queue_lists_and_filters_by_status(admin_client, post):
    approved_comment(post, "Waiting for you", status=Status.PENDING)
    approved_comment(post, "Already out")
    response = admin_client.get(reverse("comment_moderation:index"), {"status": "pending"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "Waiting for you" in html
    assert "Already out" not in html


def test_approving_publishes_and_notifies_followers(admin_client, client, post, django_capture_on_commit_callbacks):
    root = approved_comment(post, "Root", user_email="ana@example.org", followup=True, confirmed_at=timezone.now())
    held = approved_comment(post, "A held reply", parent=root, status=Status.PENDING)
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(
            reverse("comment_moderation:edit", args=[held.pk]), {"status": "approved", "comment": "A held reply"}
        )
    assert response.status_code == 302
    assert Comment.objects.get(pk=held.pk).status == Status.APPROVED
    assert "A held reply" in client.get(post.url).content.decode()
    assert [message.to for message in mail.outbox] == [["ana@example.org"]]


def test_readers_cannot_reach_the_queue(client, post, django_user_model):
    reader = django_user_model.objects.create_user("r", "r@example.org", "pw")
    client.force_login(reader)
    response = client.get(reverse("comment_moderation:index"))
    assert response.status_code in (302, 403)


def test_discussion_settings_are_edited_in_the_wagtail_admin(admin_client, discussion):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    url = reverse("wagtailsettings:edit", args=["comments", "discussionsettings", site.pk])
    assert admin_client.get(url).status_code == 200
    data = {
        "comments_enabled": "on",
        "close_after_days": "90",
        "max_depth": "2",
        "moderation": "everything",
        "hold_links": "1",
        "hold_words": "cura milagrosa",
        "block_words": "",
        "max_length": "2000",
        "edit_window_minutes": "10",
        "unconfirmed_expiry_days": "3",
    }
    assert admin_client.post(url, data).status_code == 302
    discussion.refresh_from_db()
    assert (discussion.max_depth, discussion.moderation, discussion.hold_words) == (2, "everything", "cura milagrosa")
