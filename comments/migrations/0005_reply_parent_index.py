"""An index on django-comments-xtd's table for finding a comment's replies.

Whenever a comment is saved hidden or shown (every new comment is held until confirmed, and every
moderation decision), django-comments-xtd looks up the replies of that comment and of each of
theirs by `parent_id`, a plain integer column with no index: two sequential scans of every comment
on the site per comment POST (4 ms each with 100,000 comments). The table is django-comments-xtd's,
hence an index made by hand, as in 0003 and 0004.
"""

from django.db import migrations

INDEX = "xtdcomment_parent"


def create(apps, schema_editor):
    schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {INDEX} ON django_comments_xtd_xtdcomment (parent_id)")


def drop(apps, schema_editor):
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("comments", "0004_thread_order_index")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
