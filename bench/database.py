"""python -m bench.database drop URL: drop the benchmark database (bench/run --fresh)."""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def drop(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    if "bench" not in name:
        raise SystemExit(f"Refusing to drop {name!r}: only a benchmark database (a name with 'bench') is dropped.")
    maintenance = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(maintenance, autocommit=True) as connection:
        connection.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))


if __name__ == "__main__":
    command, database_url = sys.argv[1], sys.argv[2]
    {"drop": drop}[command](database_url)
