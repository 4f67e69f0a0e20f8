"""Restoring a backup made by operations.backup into an empty database and media folder."""

import json
import shutil
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import CommandError
from django.db import connections

from . import postgres_tools
from .backup import DATABASE_FILE, FORMAT_VERSION, MANIFEST, MEDIA_FILE, media_root, sha256_of


def read_manifest(folder):
    """The manifest, once every file it lists is present and unaltered."""
    path = Path(folder) / MANIFEST
    if not path.is_file():
        raise CommandError(f"{folder} holds no {MANIFEST}: not a backup made by `manage.py backup`.")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT_VERSION:
        raise CommandError(f"Unknown backup format {manifest.get('format')!r}.")
    for name, expected in manifest["files"].items():
        file = Path(folder) / name
        if not file.is_file() or sha256_of(file) != expected["sha256"]:
            raise CommandError(f"{file} is missing or does not match its checksum; nothing was restored.")
    return manifest


def restore(folder, database="default", replace=False):
    """Returns {table: (expected, restored)} for every table whose count differs (empty: all match)."""
    folder = Path(folder)
    manifest = read_manifest(folder)
    connection = connections[database]
    root = media_root() if MEDIA_FILE in manifest["files"] else None
    if not replace:
        _refuse_unless_empty(connection, root)

    major = postgres_tools.server_major_version(connection)
    pg_restore = postgres_tools.tool("pg_restore", max(major, manifest["database"]["server_major_version"]))
    options = ["--clean", "--if-exists"] if replace else []
    postgres_tools.run(
        [
            pg_restore,
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            *options,
            f"--dbname={connection.settings_dict['NAME']}",
            str(folder / DATABASE_FILE),
        ],
        connection,
    )
    if root is not None:
        _unpack_media(folder / MEDIA_FILE, root, replace)

    restored = postgres_tools.table_counts(connection)
    expected = manifest["database"]["tables"]
    return {
        table: (expected.get(table), restored.get(table))
        for table in sorted(set(expected) | set(restored))
        if expected.get(table) != restored.get(table)
    }


def _refuse_unless_empty(connection, root):
    tables = connection.introspection.table_names()
    if tables:
        raise CommandError(
            f"The database {connection.settings_dict['NAME']!r} already has {len(tables)} tables. Restore into a "
            "freshly created database, or pass --replace to drop what is there."
        )
    if root is not None and root.is_dir() and any(root.iterdir()):
        raise CommandError(f"The media folder {root} is not empty. Use an empty folder, or pass --replace.")


def _unpack_media(archive_path, root, replace):
    if replace and root.is_dir():
        # A mistyped MEDIA_ROOT must not empty the disk or the code.
        if root == Path(root.anchor) or Path(settings.BASE_DIR).is_relative_to(root):
            raise CommandError(f"Refusing to empty {root}: it is not a media folder.")
        shutil.rmtree(root)
    root.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive_path, "r:gz") as archive:
        # The "data" filter refuses absolute paths, links out of the folder and device files.
        archive.extractall(root, filter="data")
