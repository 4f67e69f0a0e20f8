"""Benchmark data: many posts, threaded comments, and posts with exactly 0, 20, 200 and 1,000 comments.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/zebramedic_bench \\
        .venv/bin/python -m bench.generate --posts 10000 --total-comments 100000

PostgreSQL only (it takes primary keys from the tables' sequences). Run `manage.py migrate` first.
Safe to run again: what is there is kept and only what is missing is added, so a second run with
the same arguments writes nothing. --reset first deletes everything an earlier run generated
(posts whose slug starts with "bench-" and their comments); a database that was also edited by
hand is better dropped and made again (bench/run --fresh).

What it writes:
- the demo site (manage.py load_demo_content), which the generated posts copy their bodies,
  references, authors, conditions, tags and images from;
- four posts with exactly 0, 20, 200 and 1,000 approved comments, the newest posts of the site
  (slugs bench-comments-0000 ... bench-comments-1000);
- --posts regular posts (slugs bench-post-00001 ...), dated over the last five years, each with
  its search index entry;
- comments on the regular posts until the database holds --total-comments comments, with a mix
  of statuses (--pending-share of them awaiting moderation), or exactly --comments-per-post on
  every regular post that has none yet.
Comments are threaded three levels deep like the site's default, about a fifth by signed-in
readers, with likes on about a quarter of the approved ones.
"""

import argparse
import datetime
import os
import random
import subprocess
import sys
import time

from django.utils import timezone

SPECIAL_COUNTS = (0, 20, 200, 1000)
SPECIAL_PREFIX = "bench-comments-"
REGULAR_PREFIX = "bench-post-"


def special_slug(count):
    return f"{SPECIAL_PREFIX}{count:04d}"


def regular_slug(number):
    return f"{REGULAR_PREFIX}{number:05d}"


class Log:
    def __init__(self):
        self.started = time.monotonic()

    def __call__(self, message):
        sys.stdout.write(f"[{time.monotonic() - self.started:6.1f}s] {message}\n")
        sys.stdout.flush()


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--posts", type=int, default=10_000, help="regular posts (default 10000)")
    parser.add_argument(
        "--total-comments",
        type=int,
        default=100_000,
        help="comments the database should hold in all, special posts included (default 100000)",
    )
    parser.add_argument(
        "--comments-per-post",
        type=int,
        default=None,
        help="instead of --total-comments: exactly this many comments on each regular post without any",
    )
    parser.add_argument(
        "--pending-share", type=float, default=0.1, help="share of filler comments awaiting moderation (0.1)"
    )
    parser.add_argument("--reset", action="store_true", help="delete what earlier runs generated first")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--index-only", action="store_true", help=argparse.SUPPRESS)  # see main()
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zebramedic.settings.dev")
    import django

    django.setup()
    from django.db import connection, transaction

    log = Log()
    if args.index_only:
        from .posts import index_missing

        index_missing(log)
        return
    with transaction.atomic():
        index, regular = generate_posts(args, log)
    # The search index and the comments are independent: a second process indexes the posts
    # (the slowest part) while this one writes the comments.
    indexer = subprocess.Popen([sys.executable, "-m", "bench.generate", "--index-only"])
    with transaction.atomic():
        generate_comments(args, log, regular)
    if indexer.wait() != 0:
        raise SystemExit("Search indexing failed.")
    # Posts written in bulk send no page_published signal: stored related-post choices made before
    # (by an earlier run's readers) must not outlive them.
    from blog.related_posts import published_posts_changed

    published_posts_changed()
    # What autovacuum leaves a live database with, at once: fresh statistics (plans made for
    # near-empty tables can take seconds per query on this data) and a visibility map, without
    # which an index-only scan reads every row it finds from the table as well.
    log("VACUUM ANALYZE")
    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE")
    log("Done.")


def generate_posts(args, log):
    from wagtail.images import get_image_model

    from blog.demo.loader import DemoLoader
    from blog.models import BlogIndexPage, BlogPage
    from comments.models import Comment, Status

    from .posts import PostFactory, PostSpec, spread_dates
    from .threads import CommentFactory

    log("Demo site (load_demo_content)")
    loader = DemoLoader(lambda message: None)
    index = loader.run()
    index = BlogIndexPage.objects.get(pk=index.pk)
    missing_files = [
        image.title for image in get_image_model().objects.all() if not image.file.storage.exists(image.file.name)
    ]
    if missing_files:
        raise SystemExit(
            f"{len(missing_files)} images of this database have no file in MEDIA_ROOT (e.g. {missing_files[0]!r}): "
            "the database was made with another media folder. Start again with bench/run --fresh."
        )
    if args.reset:
        reset(index, log)
        index.refresh_from_db()

    posts = PostFactory(loader, index, seed=args.seed)
    comments = CommentFactory(seed=args.seed)
    bench_posts = BlogPage.objects.child_of(index)

    # Posts with an exact number of comments, newest on the site.
    existing = set(bench_posts.filter(slug__startswith=SPECIAL_PREFIX).values_list("slug", flat=True))
    today = timezone.localdate()
    missing = [
        PostSpec(special_slug(count), 0, today, title=f"Comentários de leitores: {count}")
        for count in SPECIAL_COUNTS
        if special_slug(count) not in existing
    ]
    if missing:
        log(f"Posts with 0/20/200/1000 comments: creating {len(missing)}")
        posts.create(missing, log)
    for count in SPECIAL_COUNTS:
        post = bench_posts.get(slug=special_slug(count))
        on_post = Comment.objects.for_object(post)
        if on_post.count() == count and on_post.approved().count() == count:
            continue
        log(f"  {post.slug}: writing {count} approved comments")
        delete_comments(list(on_post.values_list("pk", flat=True)))
        start = timezone.now() - datetime.timedelta(days=30)
        comments.create([(post.pk, count, start)], {Status.APPROVED: 1})

    # Regular posts.
    existing = set(bench_posts.filter(slug__startswith=REGULAR_PREFIX).values_list("slug", flat=True))
    dates = spread_dates(args.posts)
    missing = [
        PostSpec(regular_slug(number), number, dates[number - 1])
        for number in range(1, args.posts + 1)
        if regular_slug(number) not in existing
    ]
    log(f"Regular posts: {len(existing)} there, creating {len(missing)}")
    posts.create(missing, log)
    regular = list(
        bench_posts.filter(slug__startswith=REGULAR_PREFIX, slug__lte=regular_slug(args.posts)).values_list(
            "pk", "date"
        )
    )
    return index, regular


def generate_comments(args, log, regular):
    """Comments on the regular posts, until the database holds --total-comments."""
    from blog.models import BlogPage
    from comments.models import Comment, Status

    from .threads import CommentFactory

    comments = CommentFactory(seed=args.seed + 1)
    statuses = status_mix(args.pending_share)
    if args.comments_per_post is not None:
        with_comments = set(
            Comment.objects.filter(object_pk__in=[str(pk) for pk, _date in regular]).values_list("object_pk", flat=True)
        )
        todo = [(pk, args.comments_per_post, _morning(date)) for pk, date in regular if str(pk) not in with_comments]
    else:
        deficit = args.total_comments - Comment.objects.count()
        todo = spread_comments(regular, max(deficit, 0), random.Random(args.seed))
    wanted = sum(count for _pk, count, _when in todo)
    log(f"Comments: {Comment.objects.count()} there, writing {wanted} more on {len(todo)} posts")
    if wanted:
        comments.create(todo, statuses, log)
    log(
        f"Database: {BlogPage.objects.count()} posts, {Comment.objects.count()} comments, "
        f"{Comment.objects.filter(status=Status.PENDING).count()} pending"
    )


def status_mix(pending_share):
    from comments.models import Status

    others = {Status.UNCONFIRMED: 0.04, Status.SPAM: 0.03, Status.TRASH: 0.01}
    approved = max(0.0, 1 - pending_share - sum(others.values()))
    return {Status.APPROVED: approved, Status.PENDING: pending_share, **others}


def spread_comments(posts, total, rng):
    """(post id, count, first comment time) so that `total` comments fall on `posts`, a few
    posts drawing most of the conversation as they do on a real blog."""
    if not posts or not total:
        return []
    weights = [rng.paretovariate(1.5) for _ in posts]
    counts = {}
    for number in rng.choices(range(len(posts)), weights, k=total):
        counts[number] = counts.get(number, 0) + 1
    return [(posts[number][0], count, _morning(posts[number][1])) for number, count in sorted(counts.items())]


def _morning(date):
    return datetime.datetime.combine(date, datetime.time(10, 0), tzinfo=datetime.UTC)


def delete_comments(ids):
    """Delete comments and what hangs on them, without loading them: many thousands at a time."""
    from django_comments.models import Comment as BaseComment
    from django_comments.models import CommentFlag
    from django_comments_xtd.models import XtdComment

    from comments.models import Comment, Reaction

    for start in range(0, len(ids), 10_000):
        chunk = ids[start : start + 10_000]
        for queryset in (
            Reaction.objects.filter(comment_id__in=chunk),
            CommentFlag.objects.filter(comment_id__in=chunk),
            Comment.objects.filter(pk__in=chunk),
            XtdComment.norel_objects.filter(pk__in=chunk),
            BaseComment.objects.filter(pk__in=chunk),
        ):
            queryset._raw_delete(queryset.db)


def reset(index, log):
    """Delete the generated posts and every comment on them."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page, PageLogEntry, ReferenceIndex, Revision
    from wagtail.search.models import IndexEntry

    from blog.models import BlogPage, BlogPageAuthor, BlogPageTag, StoredRelatedPost
    from comments.models import Comment

    ids = list(BlogPage.objects.child_of(index).filter(slug__startswith="bench-").values_list("pk", flat=True))
    keys = [str(pk) for pk in ids]
    content_type = ContentType.objects.get_for_model(BlogPage)
    comment_ids = list(
        Comment.objects.filter(content_type=content_type, object_pk__in=keys).values_list("pk", flat=True)
    )
    log(f"Reset: deleting {len(ids)} generated posts and {len(comment_ids)} comments on them")
    delete_comments(comment_ids)
    page_type = ContentType.objects.get_for_model(Page)
    for queryset in (
        BlogPageAuthor.objects.filter(page_id__in=ids),
        BlogPage.conditions.through.objects.filter(blogpage_id__in=ids),
        BlogPageTag.objects.filter(content_object_id__in=ids),
        # Every post's stored choice may name a generated post or depend on one: all are made again.
        StoredRelatedPost.objects.all(),
        IndexEntry.objects.filter(content_type=content_type, object_id__in=keys),
        ReferenceIndex.objects.filter(base_content_type=page_type, object_id__in=keys),
        Revision.objects.filter(base_content_type=page_type, object_id__in=keys),
        PageLogEntry.objects.filter(page_id__in=ids),
    ):
        queryset._raw_delete(queryset.db)
    for model in (BlogPage, Page):
        queryset = model._base_manager.filter(pk__in=ids)
        queryset._raw_delete(queryset.db)
    children = Page.objects.filter(path__startswith=index.path, depth=index.depth + 1).count()
    Page.objects.filter(pk=index.pk).update(numchild=children)


if __name__ == "__main__":
    main()
