"""How a moderator approves a held comment in the Wagtail admin, kept in one place.

The moderation queue is being rebuilt; when its screens change, only this module changes.
"""

from django.urls import reverse

from comments.models import Comment


def open_queue(page):
    """The moderation queue, showing the comments that wait for a moderator."""
    page.goto(reverse("comment_moderation:index") + "?status=pending")


def approve(page, text):
    """Find the held comment with this text in the queue and approve it in its admin form."""
    open_queue(page)
    row = page.locator("tbody tr", has_text=text)
    row.wait_for()
    # The first queue's rows carry no link yet: open the comment's form as its address says.
    comment = Comment.objects.get(comment=text)
    page.goto(reverse("comment_moderation:edit", args=[comment.pk]))
    page.get_by_role("combobox", name="Status").select_option("approved")
    page.get_by_role("button", name="Save").first.click()
    page.wait_for_url("**" + reverse("comment_moderation:index") + "**")
