"""The restore drill: content, comments and an image → backup → restore into a fresh database."""

import json
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from django.db import connections
from django.test import Client
from wagtail.images import get_image_model

from operations import postgres_tools

from .content import publish_content

# Marked so that the test database exists; the tests themselves work in scratch databases.
pytestmark = pytest.mark.django_db


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


def test_replace_never_empties_a_folder_that_holds_the_code(settings, tmp_path):
    from operations.restore import _unpack_media

    with pytest.raises(CommandError, match="Refusing to empty"):
        _unpack_media(tmp_path / "media.tar.gz", Path(settings.BASE_DIR).parent, replace=True)
    assert Path(settings.BASE_DIR, "manage.py").is_file()
