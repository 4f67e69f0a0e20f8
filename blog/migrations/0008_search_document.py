"""The search document (title and body vectors together) as a function the planner knows is costly.

0006 indexed `title || body`, but the planner prices that concatenation like an addition: when a
query matches a third of the posts (as the benchmark's does) it scans the table instead, and every
row pays for reading its body vector out of line (TOAST) and concatenating it: 350-500 ms per
query over 10,000 posts. Declared expensive, the same expression makes the planner take the GIN
index, whose matches need no recheck, and leave the vectors unread: about 25 ms. plpgsql, because a
SQL function would be inlined back into the cheap operator; STRICT, so that a search can still
turn the join to the index entries into an inner join.
"""

from django.db import migrations

FUNCTION = "blog_search_document"
INDEX = "blog_search_document"
OLD_INDEX = "blog_search_title_body"


def _table(apps, schema_editor):
    return schema_editor.quote_name(apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE OR REPLACE FUNCTION {FUNCTION}(title tsvector, body tsvector) RETURNS tsvector "
        "LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE COST 10000 "
        "AS $$ BEGIN RETURN title || body; END $$"
    )
    table = _table(apps, schema_editor)
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ({FUNCTION}(title, body))")
    schema_editor.execute(f"DROP INDEX IF EXISTS {OLD_INDEX}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = _table(apps, schema_editor)
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {OLD_INDEX} ON {table} USING gin ((title || body))")
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")
    schema_editor.execute(f"DROP FUNCTION IF EXISTS {FUNCTION}(tsvector, tsvector)")


class Migration(migrations.Migration):
    dependencies = [
        ("blog", "0007_stored_related_posts"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create, drop, elidable=False)]
