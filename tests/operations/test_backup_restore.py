"""The restore drill: content, comments and an image → backup → restore into a fresh database."""

import datetime
import json
import uuid
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.core.management import CommandError, call_command
from django.db import connections
from django.test import Client
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Person
from operations import postgres_tools
from tests.comments.conftest import approved_comment
from tests.conftest import make_image, raw

# Marked so that the test database exists; the tests themselves work in scratch databases.
pytestmark = pytest.mark.django_db


def _admin_cursor():
    return connections["default"]._nodb_cursor()


@pytest.fixture(scope="module")
def migrated_template(django_db_setup, django_db_blocker):
    """A copy of the migrated test database, taken before any test opens a transaction on it
    (PostgreSQL copies a template only while nobody is connected to it)."""
    connection = connections["default"]
    name = f"{connection.settings_dict['NAME']}_drill_template"
    with django_db_blocker.unblock():
        connection.close()
        with _admin_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{connection.settings_dict["NAME"]}"')
        yield name
        with _admin_cursor() as cursor:
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture
def scratch_databases(migrated_template):
    """Databases beside the test database, each used through a connection of its own in place of
    the default one (whose test transaction stays open, untouched); all dropped afterwards."""
    original = connections["default"]
    made = []

    def create(template):
        name = f"{migrated_template}_{uuid.uuid4().hex[:8]}"
        with _admin_cursor() as cursor:
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
        made.append(name)
        return name

    def use(name):
        if connections["default"] is not original:
            connections["default"].close()
        connections["default"] = type(original)({**original.settings_dict, "NAME": name}, alias="default")
        cache.clear()  # nothing rendered from one database may be served from another

    try:
        yield type(
            "Scratch",
            (),
            {"clone": lambda: create(migrated_template), "empty": lambda: create("template0"), "use": use},
        )
    finally:
        if connections["default"] is not original:
            connections["default"].close()
        connections["default"] = original
        with _admin_cursor() as cursor:
            for name in made:
                cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def publish_content():
    """What a small live site holds: a home page, a post with a featured image, comments, an admin."""
    index = Page.get_first_root_node().add_child(instance=BlogIndexPage(title="ZebraMedic", slug="home-drill"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index, "site_name": "ZebraMedic"},
    )
    image = make_image("Drill image")
    post = BlogPage(
        title="Living with EDS",
        slug="living-with-eds",
        date=datetime.date(2026, 3, 1),
        intro="An introduction.",
        body=[raw("paragraph", "<p>Restored text.</p>")],
        featured_image=image,
        featured_image_alt="A teal square",
    )
    post.authors = [BlogPageAuthor(person=Person.objects.create(name="Ana Souza", slug="ana-souza"))]
    index.add_child(instance=post)
    post.save_revision().publish()
    post = BlogPage.objects.get(pk=post.pk)
    first = approved_comment(post, "First restored comment")
    approved_comment(post, "A restored reply", parent=first)
    get_user_model().objects.create_superuser("drill-admin", "admin@zebramedic.example", "pw")
    for url in ("/", post.url):
        Client().get(url)  # makes the image renditions the home page and the post show
    return post


def test_a_backup_restored_into_a_fresh_database_has_every_row_and_serves_the_site(
    scratch_databases, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    source = scratch_databases.clone()
    scratch_databases.use(source)
    post = publish_content()
    renditions = list(get_image_model().get_rendition_model().objects.values_list("file", flat=True))
    assert renditions, "the post page made no rendition to back up"
    source_counts = postgres_tools.table_counts(connections["default"])

    call_command("backup", output_dir=str(tmp_path / "backups"), verbosity=0)
    (folder,) = (tmp_path / "backups").iterdir()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["database"]["tables"] == source_counts

    settings.MEDIA_ROOT = str(tmp_path / "restored-media")
    scratch_databases.use(scratch_databases.empty())
    call_command("restore", str(folder), verbosity=0)

    assert postgres_tools.table_counts(connections["default"]) == source_counts
    assert source_counts["comments_comment"] == 2 and source_counts["blog_blogpage"] == 1
    for name in renditions:
        assert (Path(settings.MEDIA_ROOT) / name).is_file()

    reader = Client()
    home = reader.get("/")
    assert home.status_code == 200 and "Living with EDS" in home.content.decode()
    page = reader.get(post.url)
    html = page.content.decode()
    assert page.status_code == 200
    assert "First restored comment" in html and "A restored reply" in html
    assert any(Path(name).name in html for name in renditions)
    # The page was served with the restored renditions, not new ones made from the original.
    assert sorted(get_image_model().get_rendition_model().objects.values_list("file", flat=True)) == sorted(renditions)

    editor = Client()
    editor.force_login(get_user_model().objects.get(username="drill-admin"))
    assert editor.get("/admin/").status_code == 200
    assert editor.get(f"/admin/pages/{post.pk}/edit/").status_code == 200


def test_restore_refuses_a_database_that_is_not_empty(scratch_databases, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    scratch_databases.use(scratch_databases.clone())
    call_command("backup", output_dir=str(tmp_path / "backups"), verbosity=0)
    (folder,) = (tmp_path / "backups").iterdir()
    settings.MEDIA_ROOT = str(tmp_path / "other-media")

    with pytest.raises(CommandError, match="already has"):
        call_command("restore", str(folder), verbosity=0)


def test_restore_refuses_an_altered_backup_before_touching_anything(scratch_databases, settings, tmp_path):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    scratch_databases.use(scratch_databases.clone())
    call_command("backup", output_dir=str(tmp_path / "backups"), verbosity=0)
    (folder,) = (tmp_path / "backups").iterdir()
    with open(folder / "database.dump", "ab") as dump:
        dump.write(b"tampered")
    scratch_databases.use(scratch_databases.empty())

    with pytest.raises(CommandError, match="checksum"):
        call_command("restore", str(folder), verbosity=0)
    assert connections["default"].introspection.table_names() == []
