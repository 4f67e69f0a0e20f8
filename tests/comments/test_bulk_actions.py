"""Bulk actions on a selection of comments, through Wagtail's bulk-action framework."""

from django.urls import reverse
from wagtail.models import ModelLogEntry

from comments.models import Comment, SpamSender, Status
from tests.comments.conftest import approved_comment, held_comment

INDEX = reverse("comment_moderation:index")


def bulk_url(action, *comments, **params):
    query = "&".join([f"id={c.pk}" for c in comments] + [f"{key}={value}" for key, value in params.items()])
    return f"{reverse('wagtail_bulk_action', args=['comments', 'comment', action])}?{query}"


def test_the_list_offers_the_bulk_actions(moderator_client, post):
    held_comment(post)
    html = moderator_client.get(INDEX).content.decode()
    assert "data-bulk-action-footer" in html
    assert reverse("wagtail_bulk_action", args=["comments", "comment", "approve"]) in html


def test_confirming_then_approving_a_selection(moderator_client, post, moderator):
    comments = [held_comment(post, f"Held {n}") for n in range(3)]
    url = bulk_url("approve", *comments[:2], next=INDEX)
    confirmation = moderator_client.get(url)
    assert confirmation.status_code == 200 and "Held 0" in confirmation.content.decode()
    assert Comment.objects.filter(status=Status.APPROVED).count() == 0
    response = moderator_client.post(url)
    assert response.status_code == 302 and response.url == INDEX
    statuses = [Comment.objects.get(pk=c.pk).status for c in comments]
    assert statuses == [Status.APPROVED, Status.APPROVED, Status.PENDING]
    for comment in comments[:2]:  # one audit entry per comment, by the moderator
        entry = ModelLogEntry.objects.for_instance(comment).get()
        assert (entry.action, entry.user) == ("comments.approve", moderator)


def test_comments_the_action_does_not_fit_are_left_alone(moderator_client, post):
    held = held_comment(post, "Held")
    trashed = approved_comment(post, "Trashed", status=Status.TRASH)
    url = bulk_url("restore", held, trashed)
    assert "Held" in moderator_client.get(url).content.decode()  # listed as not applicable
    moderator_client.post(url)
    assert Comment.objects.get(pk=held.pk).status == Status.PENDING
    assert Comment.objects.get(pk=trashed.pk).status == Status.PENDING  # restored; it had no earlier status
    assert not ModelLogEntry.objects.for_instance(held).exists()


def test_bulk_spam_teaches_the_filters_for_each_comment(moderator_client, post):
    comments = [held_comment(post, f"Spam {n}", user_email=f"s{n}@junk.example") for n in range(2)]
    moderator_client.post(bulk_url("spam", *comments))
    assert set(SpamSender.objects.values_list("email", flat=True)) == {"s0@junk.example", "s1@junk.example"}


def test_select_all_acts_on_what_the_list_showed(moderator_client, post, make_post):
    other = make_post(title="Another post")
    shown = [held_comment(post, f"Shown {n}") for n in range(3)]
    hidden_by_filter = held_comment(other, "Other post")
    approved = approved_comment(post, "Approved already")
    url = bulk_url("trash", post=str(post.pk), status="pending") + "&id=all"
    moderator_client.post(url)
    assert {Comment.objects.get(pk=c.pk).status for c in shown} == {Status.TRASH}
    assert Comment.objects.get(pk=hidden_by_filter.pk).status == Status.PENDING
    assert Comment.objects.get(pk=approved.pk).status == Status.APPROVED


def test_nonsense_ids_are_ignored(moderator_client, post):
    comment = held_comment(post)
    response = moderator_client.post(bulk_url("approve", comment) + "&id=abc&id=-1&id=%C2%B2&id=" + "9" * 30)
    assert response.status_code == 302
    assert Comment.objects.get(pk=comment.pk).status == Status.APPROVED
