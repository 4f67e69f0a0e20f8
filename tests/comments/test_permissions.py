"""Who may do what with comments: anonymous, editor, moderator, clinical reviewer and superuser, for every action."""

import pytest
from django.urls import reverse

from comments.models import Comment, Status
from tests.comments.conftest import approved_comment

ROLES = {
    "anonymous": None,
    "editor": ("Editors",),
    "moderator": ("Moderators",),
    "reviewer": ("Clinical reviewers",),
    "superuser": "superuser",
}
ALLOWED = {"moderator", "superuser"}

# action: (status the comment starts in, status it ends in when the action is allowed)
STATUS_ACTIONS = {
    "approve": (Status.PENDING, Status.APPROVED),
    "unapprove": (Status.APPROVED, Status.PENDING),
    "spam": (Status.PENDING, Status.SPAM),
    "not_spam": (Status.SPAM, Status.APPROVED),
    "trash": (Status.APPROVED, Status.TRASH),
    "restore": (Status.TRASH, Status.PENDING),
}


@pytest.fixture
def login_as(client, make_user):
    def login(role):
        spec = ROLES[role]
        if spec == "superuser":
            client.force_login(make_user(superuser=True))
        elif spec is not None:
            client.force_login(make_user(*spec))
        return client

    return login


def start(post, status):
    comment = approved_comment(post, "Original words", status=status)
    if status == Status.TRASH:
        Comment.objects.filter(pk=comment.pk).update(previous_status=Status.PENDING)
    return comment


def denied(response):
    """Anonymous visitors go to the login page; signed-in people without the permission are turned away."""
    return response.status_code in (302, 403) and (
        response.status_code == 403
        or response.url.startswith(reverse("wagtailadmin_login"))
        or response.url == reverse("wagtailadmin_home")
    )


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", STATUS_ACTIONS)
def test_status_actions(login_as, post, role, action):
    before, after = STATUS_ACTIONS[action]
    comment = start(post, before)
    response = login_as(role).post(reverse("comment_moderation:act", args=[comment.pk, action]))
    status = Comment.objects.get(pk=comment.pk).status
    if role in ALLOWED:
        assert (response.status_code, status) == (302, after)
    else:
        assert denied(response) and status == before


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("action", STATUS_ACTIONS)
def test_bulk_actions(login_as, post, role, action):
    before, after = STATUS_ACTIONS[action]
    comments = [start(post, before), start(post, before)]
    url = reverse("wagtail_bulk_action", args=["comments", "comment", action])
    query = "&".join(f"id={c.pk}" for c in comments)
    response = login_as(role).post(f"{url}?{query}")
    statuses = set(Comment.objects.filter(pk__in=[c.pk for c in comments]).values_list("status", flat=True))
    if role in ALLOWED:
        assert (response.status_code, statuses) == (302, {after})
    else:
        assert denied(response) and statuses == {before}


@pytest.mark.parametrize("role", ROLES)
def test_edit(login_as, post, role):
    comment = start(post, Status.APPROVED)
    client = login_as(role)
    url = reverse("comment_moderation:edit", args=[comment.pk])
    page = client.get(url)
    response = client.post(url, {"comment": "Moderated words"})
    text = Comment.objects.get(pk=comment.pk).comment
    if role in ALLOWED:
        assert page.status_code == 200 and text == "Moderated words"
    else:
        assert denied(page) and denied(response) and text == "Original words"


@pytest.mark.parametrize("role", ROLES)
def test_reply_as_staff(login_as, post, role):
    comment = start(post, Status.APPROVED)
    client = login_as(role)
    url = reverse("comment_moderation:reply", args=[comment.pk])
    page = client.get(url)
    response = client.post(url, {"comment": "Staff reply"})
    replied = Comment.objects.filter(comment="Staff reply").exists()
    if role in ALLOWED:
        assert page.status_code == 200 and response.status_code == 302 and replied
    else:
        assert denied(page) and denied(response) and not replied


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("view", ["index", "inspect", "history"])
def test_reading_the_queue(login_as, post, role, view):
    comment = start(post, Status.PENDING)
    url = reverse(f"comment_moderation:{view}", args=[] if view == "index" else [comment.pk])
    response = login_as(role).get(url)
    if role in ALLOWED:
        expected = f"#{comment.pk}" if view == "history" else "Original words"
        assert response.status_code == 200 and expected in response.content.decode()
    else:
        assert denied(response)


@pytest.mark.parametrize("role", ROLES)
def test_privacy_requests(login_as, post, role):
    comment = approved_comment(post, "Mine", user_email="ana@example.org")
    client = login_as(role)
    url = reverse("comment_moderation:privacy")
    export = client.post(url, {"email": "ana@example.org", "export": "1"})
    erase = client.post(url, {"email": "ana@example.org", "erase": "1", "mode": "anonymise", "confirm": "on"})
    email = Comment.objects.get(pk=comment.pk).user_email
    if role in ALLOWED:
        assert export.status_code == 200 and export["Content-Type"].startswith("application/json")
        assert erase.status_code == 302 and email == ""
    else:
        assert denied(export) and denied(erase) and email == "ana@example.org"


@pytest.mark.parametrize("role", ROLES)
def test_only_moderators_see_the_comments_menu(login_as, role):
    response = login_as(role).get(reverse("wagtailadmin_home"))
    if role == "anonymous":
        assert denied(response)
        return
    assert response.status_code == 200
    assert (reverse("comment_moderation:index") in response.content.decode()) == (role in ALLOWED)


@pytest.mark.parametrize(
    "role, can_edit, can_publish",
    [("editor", True, False), ("moderator", False, False), ("reviewer", False, False), ("superuser", True, True)],
)
def test_pages_are_for_editors_not_moderators(login_as, post, role, can_edit, can_publish):
    client = login_as(role)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk]))
    assert (response.status_code == 200) == can_edit
    user = response.wsgi_request.user
    permissions = post.permissions_for_user(user)
    assert permissions.can_publish() == can_publish
    assert user.has_perm("comments.moderate_comment") == (role in ALLOWED)
