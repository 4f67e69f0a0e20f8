"""The clinical review: approving a post in the "Clinical review" workflow credits the reviewer on it.

Wagtail publishes a post when its workflow's last task is approved, through the function named by
WAGTAIL_FINISH_WORKFLOW_ACTION. Ours first writes the reviewer, the review date and the next review
date into a new revision by the reviewer, so that the published post carries them and the page
history shows who reviewed what and when.
"""

import datetime

from django.utils import timezone
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import TaskState, Workflow, WorkflowPage
from wagtail.workflows import publish_workflow_state

from .roles import CLINICAL_REVIEW, CLINICAL_REVIEWERS

REVIEW_ACTION = "editorial.clinical_review"


def publish_with_review(workflow_state, user=None):
    from blog.models import BlogPage

    approval = (
        TaskState.objects.filter(
            workflow_state=workflow_state,
            status=TaskState.STATUS_APPROVED,
            task__groupapprovaltask__groups__name=CLINICAL_REVIEWERS,
        )
        .select_related("finished_by")
        .order_by("-finished_at")
        .first()
    )
    revision = workflow_state.content_object.get_latest_revision()
    post = revision.as_object() if revision else None
    if approval is None or approval.finished_by is None or not isinstance(post, BlogPage):
        return publish_workflow_state(workflow_state, user=user)
    reviewer = approval.finished_by
    person = person_for(reviewer)
    today = timezone.localdate()
    post.reviewer = person
    post.last_reviewed = today
    if not post.next_review_due or post.next_review_due <= today:
        post.next_review_due = a_year_after(today)
    # Validated when submitted; only the review fields changed since.
    reviewed = post.save_revision(user=reviewer, log_action=True, clean=False, previous_revision=None)
    # Approval by the Clinical reviewers group is the authority to publish: reviewers hold no page
    # permissions of their own (Wagtail's default finish action would demand "publish" from them).
    reviewed.publish(user=reviewer, skip_permission_checks=True)
    log(
        post,
        REVIEW_ACTION,
        user=reviewer,
        revision=reviewed,
        data={"reviewer": person.name, "reviewed": today.isoformat(), "next_review": post.next_review_due.isoformat()},
    )


def person_for(user):
    """The person a reviewer's account is linked to; a new person named after the account when there is none."""
    from blog.models import Person

    person = Person.objects.filter(user=user).first()
    if person is not None:
        return person
    name = (user.get_full_name() or user.get_username())[:150]
    base = slugify(name)[:140] or f"reviewer-{user.pk}"
    slug, number = base, 1
    while Person.objects.filter(slug=slug).exists():
        number += 1
        slug = f"{base}-{number}"
    return Person.objects.create(name=name, slug=slug, user=user)


def a_year_after(day):
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day + datetime.timedelta(days=365)


def assign_clinical_review(sender, instance, created, raw=False, **kwargs):
    """Every new blog index gets the clinical review, as the migration gave the existing ones."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=CLINICAL_REVIEW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
