"""Running PostgreSQL's own pg_dump and pg_restore against one of Django's databases."""

import os
import re
import shutil
import subprocess
from pathlib import Path

from django.core.management.base import CommandError


def server_major_version(connection):
    connection.ensure_connection()
    return connection.connection.info.server_version // 10_000


def tool(name, server_major):
    """The pg_dump or pg_restore of the server's major version: a newer server's dump format
    is unreadable by an older tool, and Debian installs each version beside the others."""
    candidates = [
        Path(os.environ["PG_BIN_DIR"]) / name if os.environ.get("PG_BIN_DIR") else None,
        Path(f"/usr/lib/postgresql/{server_major}/bin/{name}"),
        Path(found) if (found := shutil.which(name)) else None,
    ]
    for candidate in filter(None, candidates):
        if candidate.is_file() and _major_version(candidate) >= server_major:
            return str(candidate)
    raise CommandError(
        f"No {name} of PostgreSQL {server_major} or newer was found; install postgresql-client-{server_major} "
        "or set PG_BIN_DIR to the folder that holds it."
    )


def _major_version(path):
    output = subprocess.run([path, "--version"], capture_output=True, text=True, check=True).stdout
    match = re.search(r"(\d+)(?:\.\d+)?", output)
    return int(match.group(1)) if match else 0


def environment(connection):
    """libpq's variables for this database: the password never appears on a command line."""
    params = connection.settings_dict
    env = dict(os.environ)
    env.update(
        {
            key: str(value)
            for key, value in {
                "PGDATABASE": params.get("NAME"),
                "PGUSER": params.get("USER"),
                "PGPASSWORD": params.get("PASSWORD"),
                "PGHOST": params.get("HOST"),
                "PGPORT": params.get("PORT"),
                "PGSSLMODE": params.get("OPTIONS", {}).get("sslmode"),
            }.items()
            if value
        }
    )
    return env


def run(argv, connection):
    result = subprocess.run(argv, env=environment(connection), capture_output=True, text=True)
    if result.returncode != 0:
        raise CommandError(f"{Path(argv[0]).name} failed ({result.returncode}): {result.stderr.strip()}")
    return result


def table_counts(connection):
    """Rows in every table Django can see, by table name."""
    with connection.cursor() as cursor:
        names = connection.introspection.table_names(cursor)
        counts = {}
        for name in sorted(names):
            cursor.execute(f"SELECT count(*) FROM {connection.ops.quote_name(name)}")  # noqa: S608 - names from the catalogue
            counts[name] = cursor.fetchone()[0]
    return counts
