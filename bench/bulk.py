"""Bulk inserts for the models Django's bulk_create refuses: multi-table inheritance.

Wagtail pages (Page -> BlogPage) and our comments (django_comments -> xtd -> comments) live in
several tables each, and bulk_create raises for such models. Rows are written table by table
instead: primary keys come from the base table's sequence first, so that the objects can refer to
each other (thread and parent ids) before anything is written, then every table gets its own
columns in multi-row INSERTs.
"""

from django.db import connection

BATCH_SIZE = 2000


def allocate_ids(model, count):
    """`count` fresh primary keys from the sequence of `model`'s own table."""
    if count <= 0:
        return []
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT nextval(pg_get_serial_sequence(%s, %s)) FROM generate_series(1, %s)",
            [model._meta.db_table, model._meta.pk.column, count],
        )
        return [row[0] for row in cursor.fetchall()]


def insert_table(model, objs):
    """Write the columns of `model`'s own table for each object (which may be of a subclass).

    Called once per table of an inheritance chain, base first: insert_table(Page, posts), then
    insert_table(BlogPage, posts). Field values are prepared as Model.save() would prepare them.
    """
    fields = model._meta.local_concrete_fields
    size = batch_size(len(fields))
    for start in range(0, len(objs), size):
        model._base_manager._insert(objs[start : start + size], fields=fields)


def batch_size(columns):
    """Rows per INSERT: BATCH_SIZE, or fewer where the server binds parameters (at most 65,535)."""
    limit = connection.features.max_query_params
    return BATCH_SIZE if limit is None else max(1, min(BATCH_SIZE, limit // max(columns, 1)))


def insert_chain(model, objs):
    """Write every table of `model`'s inheritance chain, base table first."""
    chain = [*reversed(model._meta.get_parent_list()), model]
    for table_model in chain:
        insert_table(table_model, objs)
