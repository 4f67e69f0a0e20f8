"""The three roles, each with exactly what it needs, and the "Clinical review" workflow on the blog.

- Editors write posts, people and conditions, and upload images and documents. They cannot publish:
  a post goes live when a clinical reviewer approves it. They cannot moderate comments.
- Moderators moderate comments (queue, edit, reply, privacy requests) and set the discussion
  rules. They cannot edit pages: Wagtail's own first migrations gave its "Moderators" group page,
  image and document permissions and a "Moderators approval" workflow; those are taken away here.
- Clinical reviewers approve or send back posts in the "Clinical review" workflow, which lets them
  open the posts they review in the editor; nothing else.

Safe to run again: each group ends with exactly the permissions listed here.
"""

from django.db import migrations

EDITORS, MODERATORS, REVIEWERS = "Editors", "Moderators", "Clinical reviewers"
WORKFLOW = "Clinical review"
DEFAULT_WORKFLOW = "Moderators approval"

# (app label, model, codename, name) — created here when the app's own post_migrate has not run yet.
ACCESS_ADMIN = ("wagtailadmin", "admin", "access_admin", "Can access Wagtail admin")
EDITOR_PERMISSIONS = [
    ACCESS_ADMIN,
    ("blog", "person", "add_person", "Can add person"),
    ("blog", "person", "change_person", "Can change person"),
    ("blog", "condition", "add_condition", "Can add condition"),
    ("blog", "condition", "change_condition", "Can change condition"),
    ("wagtailimages", "image", "add_image", "Can add image"),
    ("wagtailimages", "image", "change_image", "Can change image"),
    ("wagtailimages", "image", "choose_image", "Can choose image"),
    ("wagtaildocs", "document", "add_document", "Can add document"),
    ("wagtaildocs", "document", "change_document", "Can change document"),
    ("wagtaildocs", "document", "choose_document", "Can choose document"),
]
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "choose_document"),
]
MODERATOR_PERMISSIONS = [
    ACCESS_ADMIN,
    ("comments", "comment", "view_comment", "Can view comment"),
    ("comments", "comment", "change_comment", "Can change comment"),
    ("comments", "comment", "moderate_comment", "Can moderate comments"),
    ("comments", "comment", "privacy_comment", "Can export and erase a commenter's data"),
    ("comments", "discussionsettings", "change_discussionsettings", "Can change discussion settings"),
]
REVIEWER_PERMISSIONS = [ACCESS_ADMIN]


def permission(apps, app_label, model, codename, name=None):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Permission = apps.get_model("auth", "Permission")
    content_type, _ = ContentType.objects.get_or_create(app_label=app_label, model=model)
    found, _ = Permission.objects.get_or_create(
        content_type=content_type, codename=codename, defaults={"name": name or codename}
    )
    return found


def page_permission(apps, codename):
    return permission(apps, "wagtailcore", "page", codename)


def set_group(apps, name, permissions, page_permissions=(), collection_permissions=()):
    Group = apps.get_model("auth", "Group")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    group, _ = Group.objects.get_or_create(name=name)
    group.permissions.set([permission(apps, *spec) for spec in permissions])

    GroupPagePermission.objects.filter(group=group).delete()
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in page_permissions:
            GroupPagePermission.objects.create(group=group, page=root_page, permission=page_permission(apps, codename))

    GroupCollectionPermission.objects.filter(group=group).delete()
    root_collection = Collection.objects.filter(depth=1).first()
    if root_collection is not None:
        for spec in collection_permissions:
            GroupCollectionPermission.objects.create(
                group=group, collection=root_collection, permission=permission(apps, *spec)
            )
    return group


def retire_default_workflow(apps, moderators):
    """Wagtail's "Moderators approval" made moderators page approvers, with access to the page editor."""
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    WorkflowState = apps.get_model("wagtailcore", "WorkflowState")
    TaskState = apps.get_model("wagtailcore", "TaskState")

    for task in GroupApprovalTask.objects.filter(groups=moderators):
        task.groups.remove(moderators)
        if task.groups.exists():
            continue
        task.active = False
        task.save(update_fields=["active"])
        TaskState.objects.filter(task=task, status="in_progress").update(status="cancelled")
    for workflow in Workflow.objects.filter(name=DEFAULT_WORKFLOW):
        if workflow.workflow_tasks.filter(task__active=True).exists():
            continue
        workflow.active = False
        workflow.save(update_fields=["active"])
        WorkflowPage.objects.filter(workflow=workflow).delete()
        WorkflowState.objects.filter(workflow=workflow, status__in=["in_progress", "needs_changes"]).update(
            status="cancelled"
        )


def clinical_review(apps, reviewers):
    ContentType = apps.get_model("contenttypes", "ContentType")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    BlogIndexPage = apps.get_model("blog", "BlogIndexPage")

    task_type, _ = ContentType.objects.get_or_create(app_label="wagtailcore", model="groupapprovaltask")
    task, _ = GroupApprovalTask.objects.get_or_create(
        name=WORKFLOW, defaults={"content_type": task_type, "active": True}
    )
    task.groups.set([reviewers])
    workflow, _ = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    WorkflowTask.objects.get_or_create(workflow=workflow, task=task, defaults={"sort_order": 0})
    for index in BlogIndexPage.objects.all():
        WorkflowPage.objects.update_or_create(page_id=index.pk, defaults={"workflow": workflow})


def forwards(apps, schema_editor):
    set_group(apps, EDITORS, EDITOR_PERMISSIONS, EDITOR_PAGE_PERMISSIONS, EDITOR_COLLECTION_PERMISSIONS)
    moderators = set_group(apps, MODERATORS, MODERATOR_PERMISSIONS)
    reviewers = set_group(apps, REVIEWERS, REVIEWER_PERMISSIONS)
    retire_default_workflow(apps, moderators)
    clinical_review(apps, reviewers)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("blog", "0004_person_user"),
        ("comments", "0003_moderation_workspace"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
