"""How a moderator approves a held comment in the Wagtail admin, kept in one place."""

from django.urls import reverse

from comments.models import Comment


def open_queue(page):
    """The moderation queue, showing the comments that wait for a moderator."""
    page.goto(reverse("comment_moderation:index") + "?status=pending")


def approve(page, text):
    """Find the held comment with this text in the Pending tab and press its Approve button."""
    open_queue(page)
    comment = Comment.objects.get(comment=text)
    approve_url = reverse("comment_moderation:act", args=[comment.pk, "approve"])
    button = page.locator(f'form[action="{approve_url}"] button[type=submit]')
    button.wait_for()
    with page.expect_navigation():
        button.click()
    comment.refresh_from_db()
    assert comment.status == "approved", (comment.status, page.url, page.content()[:3000])
