"""The benchmark's bulk-written comment threads must be laid out exactly as xtd lays out its own:
the post page reads thread_id, parent_id, level and order, and a wrong layout would be measured
as if it were the site."""

import datetime

import pytest
from django.utils import timezone

from bench.threads import CommentFactory
from comments.models import Comment, Status
from comments.selectors import thread_page


@pytest.fixture
def two_posts(make_post):
    return make_post(), make_post()


def layout(comments, by_creation):
    """Each comment's thread data with ids replaced by creation order, comparable across runs."""
    number = {comment.pk: position for position, comment in enumerate(by_creation)}
    return [
        (number[c.thread_id], number[c.parent_id], c.level, c.order, c.nested_count)
        for c in sorted(comments, key=lambda c: number[c.pk])
    ]


def test_bulk_threads_match_what_xtd_computes_one_save_at_a_time(two_posts):
    bulk_post, saved_post = two_posts
    start = timezone.now() - datetime.timedelta(days=2)
    CommentFactory(seed=3).create([(bulk_post.pk, 60, start)], {Status.APPROVED: 1})
    bulk = list(Comment.objects.for_object(bulk_post).order_by("submit_date", "pk"))
    assert len(bulk) == 60
    assert {c.level for c in bulk} == {0, 1, 2}

    # The same conversation written through the model, which lets xtd compute the thread data.
    new_ids = {}
    for comment in bulk:
        copy = Comment(
            content_type=comment.content_type,
            object_pk=str(saved_post.pk),
            site_id=1,
            user_name=comment.user_name,
            user_email=comment.user_email,
            comment=comment.comment,
            submit_date=comment.submit_date,
            status=Status.APPROVED,
            parent_id=0 if comment.level == 0 else new_ids[comment.parent_id],
        )
        copy.save()
        new_ids[comment.pk] = copy.pk
    saved = list(Comment.objects.for_object(saved_post))
    saved_by_creation = sorted(saved, key=lambda c: c.pk)

    assert layout(bulk, bulk) == layout(saved, saved_by_creation)


def test_bulk_comments_show_on_the_post_page(client, two_posts):
    post, _other = two_posts
    CommentFactory(seed=5).create([(post.pk, 25, timezone.now() - datetime.timedelta(days=1))], {Status.APPROVED: 1})
    page = thread_page(post)
    assert page.total == 25
    response = client.get(post.url)
    assert response.status_code == 200
    for node in page.nodes:
        assert f'id="c{node.comment.pk}"'.encode() in response.content


def test_reset_deletes_the_stored_related_choices(home, make_post, condition):
    from django.db import connection

    from bench.generate import reset
    from blog.models import BlogPage, StoredRelatedPost

    make_post(slug="bench-post-00001", conditions=[condition])
    make_post(slug="bench-post-00002", conditions=[condition])
    kept = make_post(slug="kept", conditions=[condition])
    assert len(BlogPage.objects.related_to(kept)) == 2
    reset(home, lambda message: None)
    with connection.cursor() as cursor:
        cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # checks now what commit would: nothing left pointing
    assert list(BlogPage.objects.values_list("slug", flat=True)) == ["kept"]
    assert not StoredRelatedPost.objects.exists()


def test_bulk_inserts_stay_within_the_parameters_a_statement_may_bind(db):
    # With parameters bound on the server PostgreSQL takes at most 65,535 in one statement: a batch
    # of 2,000 page rows of 29 columns is just under it, one of wider rows would not be.
    from django.db import connection
    from wagtail.models import Page

    from bench.bulk import BATCH_SIZE, batch_size

    assert connection.features.max_query_params == 65535
    columns = len(Page._meta.local_concrete_fields)
    assert batch_size(columns) * columns <= 65535
    assert batch_size(40) * 40 <= 65535 < BATCH_SIZE * 40
    assert batch_size(3) == BATCH_SIZE
