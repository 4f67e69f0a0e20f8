"""Scratch databases for the drills: real commits, seen by pg_dump and by worker processes."""

import uuid

import pytest
from django.core.cache import cache
from django.db import connections


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
