"""Posts pass a clinical review before they go live; approving credits the reviewer on the post."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, PageLogEntry, Workflow

from blog.models import BlogIndexPage, BlogPage, Person
from editorial.review import a_year_after


@pytest.fixture
def editor(make_user):
    return make_user("Editors", username="edna", first_name="Edna", last_name="Editor")


@pytest.fixture
def clinician(make_user):
    return make_user("Clinical reviewers", username="drlima", first_name="Carlos", last_name="Lima")


def submit(post, editor, title="Revised title"):
    post.title = title
    post.save_revision(user=editor)
    post.get_workflow().start(post, editor)
    return BlogPage.objects.get(pk=post.pk)


def approve_in_admin(client, post, user):
    task_state = post.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "approve", task_state.pk])
    return client.post(url, {"comment": ""})


def test_roles_and_the_workflow_exist(db):
    assert set(Group.objects.values_list("name", flat=True)) >= {"Editors", "Moderators", "Clinical reviewers"}
    workflow = Workflow.objects.get(name="Clinical review", active=True)
    [task] = [task.specific for task in workflow.tasks]
    assert list(task.groups.values_list("name", flat=True)) == ["Clinical reviewers"]
    assert not Workflow.objects.filter(name="Moderators approval", active=True).exists()


def test_the_blog_is_under_clinical_review(home, make_post):
    post = make_post()
    assert post.get_workflow().name == "Clinical review"
    assert home.get_workflow().name == "Clinical review"
    assert Page.get_first_root_node().get_workflow() is None


def test_a_new_blog_index_gets_the_review_too(home):
    second = Page.get_first_root_node().add_child(instance=BlogIndexPage(title="Second site", slug="second"))
    assert second.get_workflow().name == "Clinical review"


def test_editors_submit_for_review_and_cannot_publish(client, make_post, editor):
    post = make_post()
    client.force_login(editor)
    html = client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).content.decode()
    assert 'name="action-submit"' in html
    assert 'name="action-publish"' not in html
    assert not post.permissions_for_user(editor).can_publish()


def test_approving_publishes_and_credits_the_reviewer(client, make_post, editor, clinician, reviewer):
    post = make_post(title="Living with EDS")
    submitted = submit(post, editor)
    assert BlogPage.objects.get(pk=post.pk).title == "Living with EDS"  # not live until reviewed
    client.force_login(clinician)
    assert client.get(reverse("wagtailadmin_pages:edit", args=[post.pk])).status_code == 200  # the reviewer can read it
    response = approve_in_admin(client, submitted, clinician)
    assert response.status_code == 302

    live = BlogPage.objects.get(pk=post.pk)
    today = timezone.localdate()
    assert live.title == "Revised title" and live.live and not live.has_unpublished_changes
    assert live.reviewer.user == clinician
    assert live.reviewer.name == "Carlos Lima"  # a person made for the reviewer's account
    assert (live.last_reviewed, live.next_review_due) == (today, a_year_after(today))

    history = PageLogEntry.objects.filter(page=post).order_by("timestamp", "pk")
    actions = [entry.action for entry in history]
    assert "wagtail.workflow.approve" in actions and "editorial.clinical_review" in actions
    review = history.get(action="editorial.clinical_review")
    assert review.user == clinician and "Carlos Lima" in review.message
    client.force_login(editor)
    page_history = client.get(reverse("wagtailadmin_pages:history", args=[post.pk])).content.decode()
    assert "Carlos Lima" in page_history


def test_an_existing_person_linked_to_the_reviewer_is_credited(make_post, editor, clinician, reviewer, client):
    reviewer.user = clinician
    reviewer.save()
    post = make_post(next_review_due=timezone.localdate() + datetime.timedelta(days=90))
    client.force_login(clinician)
    approve_in_admin(client, submit(post, editor), clinician)
    live = BlogPage.objects.get(pk=post.pk)
    assert live.reviewer == reviewer and Person.objects.filter(user=clinician).count() == 1
    assert live.next_review_due == timezone.localdate() + datetime.timedelta(days=90)  # the editor's later date stays


def test_requesting_changes_publishes_nothing(client, make_post, editor, clinician):
    post = make_post(title="Original")
    submitted = submit(post, editor)
    client.force_login(clinician)
    task_state = submitted.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[post.pk, "reject", task_state.pk])
    client.post(url, {"comment": "Cite the 2017 criteria."})
    live = BlogPage.objects.get(pk=post.pk)
    assert live.title == "Original" and live.reviewer is None


def test_moderators_and_editors_cannot_approve(client, make_post, editor, make_user):
    post = make_post(title="Original")
    submitted = submit(post, editor)
    for user in (editor, make_user("Moderators")):
        client.force_login(user)
        approve_in_admin(client, submitted, user)
    assert BlogPage.objects.get(pk=post.pk).title == "Original"
