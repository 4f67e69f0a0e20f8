"""An index for the comment counts of listing cards (comments.selectors.comment_totals()).

The counts read django-contrib-comments' is_public, which Comment.save() sets to whether the
status is approved: counting through comments_comment, where the status is, took PostgreSQL
5.6 ms for a listing's ten posts of about 130 comments each (1,266 rows fetched from two more
tables); this partial index answers the count alone, 0.4 ms. The flags are first set again from
the status for every stored comment, so that rows written before the counts relied on them
agree. The table is django-contrib-comments', hence an index made by hand, as in 0003 to 0006;
SQLite counts without it.
"""

from django.db import migrations

INDEX = "comment_public_per_object"
REMOVED = ("spam", "trash")


def resync_flags(apps, schema_editor):
    Comment = apps.get_model("comments", "Comment")
    StoredComment = apps.get_model("django_comments", "Comment")
    approved = Comment.objects.filter(status="approved").values("pk")
    removed = Comment.objects.filter(status__in=REMOVED).values("pk")
    StoredComment.objects.filter(pk__in=approved).exclude(is_public=True).update(is_public=True)
    StoredComment.objects.exclude(pk__in=approved).filter(is_public=True).update(is_public=False)
    StoredComment.objects.filter(pk__in=removed).exclude(is_removed=True).update(is_removed=True)
    StoredComment.objects.exclude(pk__in=removed).filter(is_removed=True).update(is_removed=False)


def create(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON django_comments (object_pk, content_type_id) WHERE is_public"
        )
        schema_editor.execute("ANALYZE django_comments")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("comments", "0006_duplicate_text_index")]

    operations = [
        migrations.RunPython(resync_flags, migrations.RunPython.noop),
        migrations.RunPython(create, drop),
    ]
