"""A backup: the database as pg_dump's custom format, the media folder as a tar archive, and a
manifest with the row count of every table and a checksum of each file, in one dated folder.

The counts and the dump come from the same snapshot (pg_export_snapshot), so comments posted
while the backup runs cannot make them disagree.
"""

import datetime
import hashlib
import json
import os
import tarfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage, storages
from django.db import connections, transaction

from . import postgres_tools

MANIFEST = "manifest.json"
DATABASE_FILE = "database.dump"
MEDIA_FILE = "media.tar.gz"
FORMAT_VERSION = 1


def sha256_of(path):
    digest = hashlib.sha256()
    with open(path, "rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def media_root():
    """The local media folder, or None when media lives elsewhere (S3-compatible storage)."""
    storage = storages["default"]
    return Path(storage.location) if isinstance(storage, FileSystemStorage) else None


def create(output_dir, database="default", include_media=True, now=None):
    now = now or datetime.datetime.now(datetime.UTC)
    folder = Path(output_dir) / f"zebramedic-{now:%Y%m%dT%H%M%SZ}"
    # Dumps hold commenters' email addresses: readable by this account alone.
    folder.mkdir(parents=True, mode=0o700)
    connection = connections[database]
    major = postgres_tools.server_major_version(connection)
    pg_dump = postgres_tools.tool("pg_dump", major)

    with transaction.atomic(using=database):
        with connection.cursor() as cursor:
            cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            cursor.execute("SELECT pg_export_snapshot()")
            snapshot = cursor.fetchone()[0]
        counts = postgres_tools.table_counts(connection)
        postgres_tools.run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={folder / DATABASE_FILE}"], connection
        )

    manifest = {
        "format": FORMAT_VERSION,
        "created": now.isoformat(),
        "database": {"server_major_version": major, "tables": counts},
        "files": {DATABASE_FILE: _describe(folder / DATABASE_FILE)},
    }
    root = media_root() if include_media else None
    if root is not None:
        manifest["media"] = {"files": _archive(root, folder / MEDIA_FILE)}
        manifest["files"][MEDIA_FILE] = _describe(folder / MEDIA_FILE)
    else:
        manifest["media"] = {"skipped": "not archived: " + ("asked" if not include_media else "not local storage")}
    (folder / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return folder, manifest


def _archive(root, path):
    files = 0
    with tarfile.open(path, "w:gz") as archive:
        if root.is_dir():
            for directory, _subdirectories, names in os.walk(root):
                for name in sorted(names):
                    full = Path(directory) / name
                    archive.add(full, arcname=str(full.relative_to(root)), recursive=False)
                    files += 1
    return files


def _describe(path):
    path.chmod(0o600)
    return {"bytes": path.stat().st_size, "sha256": sha256_of(path)}


def default_output_dir():
    return Path(os.environ.get("BACKUP_DIR") or settings.BASE_DIR / "backups")
