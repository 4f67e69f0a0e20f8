"""Time the moderators' queue with many comments in the database (issue: p95 under 300 ms at 100,000).

Usage (PostgreSQL only; it works in its own database, "<DATABASE_URL's name>_bench", made and
migrated here, and dropped afterwards unless --keep):

    DJANGO_SETTINGS_MODULE=zebramedic.settings.test .venv/bin/python scripts/bench_moderation_queue.py \
        [--comments 100000] [--requests 40] [--keep]

The comments are written with SQL in a few statements (10% held, 80% approved, 5% spam, 5% in
the trash, 2% flagged); each listing is then requested by a moderator through Django's test client,
in this process, after two warm-up requests. Prints p50 and p95 per listing, and the SQL count.
"""

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def say(line):
    sys.stdout.write(line + "\n")


def bench_database_url():
    import dj_database_url

    base = os.environ.get("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/zebramedic"
    name = dj_database_url.parse(base)["NAME"]
    return base.rsplit("/", 1)[0] + f"/{name}_bench"


def seed(total):
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from wagtail.models import Page, Site

    from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Person

    root = Page.get_first_root_node()
    home = root.add_child(instance=BlogIndexPage(title="Bench", slug="bench"))
    Site.objects.update_or_create(is_default_site=True, defaults={"hostname": "localhost", "root_page": home})
    person = Person.objects.create(name="Bench Author", slug="bench-author")
    post = BlogPage(title="A busy post", slug="busy", intro="Intro.", body=[])
    post.authors = [BlogPageAuthor(person=person)]
    home.add_child(instance=post)
    post.save_revision().publish()
    content_type = ContentType.objects.get_for_model(BlogPage)
    with connection.cursor() as cursor:
        cursor.execute("SELECT COALESCE(MAX(id), 0) FROM django_comments")
        (before,) = cursor.fetchone()
        cursor.execute(
            """
            INSERT INTO django_comments (content_type_id, object_pk, site_id, user_name, user_email, user_url,
                comment, submit_date, ip_address, is_public, is_removed)
            SELECT %s, %s, 1, 'Reader ' || g, 'reader' || (g %% 7000) || '@example.org', '',
                'Comentário número ' || g || ' sobre dor crônica e '
                    || CASE WHEN g %% 100 = 7 THEN 'cloroquina' ELSE 'fisioterapia' END || '.',
                now() - (g || ' minutes')::interval, ('10.0.' || (g %% 250) || '.' || (g %% 200))::inet, false, false
            FROM generate_series(1, %s) AS g
            """,
            [content_type.pk, str(post.pk), total],
        )
        cursor.execute(
            """
            INSERT INTO django_comments_xtd_xtdcomment (comment_ptr_id, thread_id, parent_id, level, "order",
                followup, nested_count)
            SELECT id, id, id, 0, 1, false, 0 FROM django_comments WHERE id > %s
            """,
            [before],
        )
        cursor.execute(
            """
            INSERT INTO comments_comment (xtdcomment_ptr_id, status, previous_status, confirmed_at, comment_html,
                moderation_count)
            SELECT id, CASE WHEN id %% 20 < 2 THEN 'pending' WHEN id %% 20 = 2 THEN 'spam'
                            WHEN id %% 20 = 3 THEN 'trash' ELSE 'approved' END, '', now(), '', 0
            FROM django_comments WHERE id > %s
            """,
            [before],
        )
        cursor.execute(
            """
            INSERT INTO comments_reaction (comment_id, kind, reason, note, reader_key, created_at)
            SELECT id, 'flag', 'unsafe', '', 'session:bench', now() FROM django_comments
            WHERE id > %s AND id %% 50 = 5
            """,
            [before],
        )
        cursor.execute("UPDATE django_comments SET is_public = true WHERE id > %s AND id %% 20 >= 4", [before])
        cursor.execute("ANALYZE")


def measure(client, url, requests):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    for _ in range(2):
        assert client.get(url).status_code == 200
    timings = []
    for _ in range(requests):
        with CaptureQueriesContext(connection) as captured:
            started = time.perf_counter()
            response = client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    timings.sort()
    p95 = timings[max(0, round(0.95 * len(timings)) - 1)]
    return statistics.median(timings), p95, len(captured.captured_queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--comments", type=int, default=100_000)
    parser.add_argument("--requests", type=int, default=40)
    parser.add_argument("--keep", action="store_true", help="Keep the benchmark database afterwards.")
    args = parser.parse_args()

    url = bench_database_url()
    drop(url)  # a fresh database each run
    subprocess.run([sys.executable, str(ROOT / "scripts/postgres.py"), "create", url], check=True)
    os.environ["DATABASE_URL"] = url
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zebramedic.settings.test")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from django.core.management import call_command
    from django.test import Client
    from django.test.utils import setup_test_environment
    from django.urls import reverse

    setup_test_environment()
    call_command("migrate", verbosity=0)
    try:
        started = time.perf_counter()
        seed(args.comments)
        say(f"Seeded {args.comments:,} comments in {time.perf_counter() - started:.1f} s")
        moderator = get_user_model().objects.create_user("bench-moderator", "mod@example.org", "pw")
        moderator.groups.add(Group.objects.get(name="Moderators"))
        client = Client()
        client.force_login(moderator)
        index = reverse("comment_moderation:index")
        for label, query in [
            ("Pending", "?status=pending"),
            ("Pending, page 100", "?status=pending&p=100"),
            ("Flagged", "?status=flagged"),
            ("Approved", "?status=approved"),
            ("All, search (1% match)", "?status=all&q=cloroquina"),
            ("All, search (99% match)", "?status=all&q=fisioterapia"),
            ("All, by email", "?status=all&email=reader42@example.org"),
        ]:
            p50, p95, queries = measure(client, index + query, args.requests)
            say(f"{label:32} p50 {p50:7.1f} ms   p95 {p95:7.1f} ms   {queries} SQL statements")
    finally:
        from django.db import connections

        connections.close_all()
        if not args.keep:
            drop(url)


def drop(url):
    server, name = url.rsplit("/", 1)
    subprocess.run(["psql", f"{server}/postgres", "-c", f'DROP DATABASE IF EXISTS "{name}"'], capture_output=True)


if __name__ == "__main__":
    main()
