"""Small PostgreSQL helpers for the set-up scripts, using psycopg from the virtual environment.

postgres.py ping URL      exit 0 when the server answers
postgres.py create URL    create the database named in URL unless it exists
"""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql


def server_url(url):
    """The same server, but the maintenance database, so we can connect before ours exists."""
    parts = urlsplit(url)
    return urlunsplit(parts._replace(path="/postgres"))


def ping(url):
    try:
        with psycopg.connect(server_url(url), connect_timeout=3):
            return 0
    except psycopg.OperationalError:
        return 1


def create(url):
    name = urlsplit(url).path.lstrip("/")
    with psycopg.connect(server_url(url), autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
    return 0


if __name__ == "__main__":
    command, database_url = sys.argv[1], sys.argv[2]
    sys.exit({"ping": ping, "create": create}[command](database_url))
