"""The rendered list of comments is cached and shared by readers, yet each reader gets their own CSRF
tokens and Edit links, and every change to a comment or a like shows at once."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from comments.models import Comment, Status


@pytest.fixture(autouse=True)
def fragments_on(settings):
    settings.FRAGMENT_CACHE_SECONDS = 3600


def comment_on(post, text, user=None, **fields):
    guest = {} if user else {"name": "Maria", "email": "maria@example.org"}
    return Comment.objects.create(
        content_object=post, site_id=1, user=user, comment=text, status=Status.APPROVED, **guest, **fields
    )


def comment_list(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser").select_one("ol.comment-list")


def like_tokens(response):
    fields = comment_list(response).select("form.comment__like input[name=csrfmiddlewaretoken]")
    return [field["value"] for field in fields]


def test_readers_share_the_list_but_each_gets_a_working_token(post, committed):
    with committed():
        comment = comment_on(post, "Warm baths help me sleep.")
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page, second_page = first.get(post.url), second.get(post.url)
    strip = lambda html: html.get_text(" ", strip=True)  # noqa: E731
    assert strip(comment_list(first_page)) == strip(comment_list(second_page))
    (first_token,), (second_token,) = like_tokens(first_page), like_tokens(second_page)
    assert "\x00" not in first_token and "\x00" not in second_token
    with committed():
        response = second.post(f"/comentarios/{comment.pk}/curtir/", {"csrfmiddlewaretoken": second_token})
    assert response.status_code == 302
    assert comment_list(first.get(post.url)).select_one(".comment__likes").get_text() == "1"


def test_every_form_of_a_post_carries_one_working_token(post, committed):
    """The comment form and the like buttons: the reader's token, masked once for the page."""
    with committed():
        comment = comment_on(post, "Warm baths help me sleep.")
    reader = Client(enforce_csrf_checks=True)
    page = BeautifulSoup(reader.get(post.url).content, "html.parser")
    tokens = {field["value"] for field in page.select("form input[name=csrfmiddlewaretoken]")}
    assert page.select_one("#comment-form input[name=csrfmiddlewaretoken]")
    assert len(tokens) == 1 and "\x00" not in next(iter(tokens))
    with committed():
        response = reader.post(f"/comentarios/{comment.pk}/curtir/", {"csrfmiddlewaretoken": tokens.pop()})
    assert response.status_code == 302


def test_only_the_author_sees_the_edit_link_on_their_comment(post, django_user_model, committed):
    author = django_user_model.objects.create_user("ana", password="pw")
    other = django_user_model.objects.create_user("bia", password="pw")
    with committed():
        comment_on(post, "My own experience.", user=author)
    Client().get(post.url)  # a guest fills the cache first
    as_author, as_other = Client(), Client()
    as_author.force_login(author)
    as_other.force_login(other)
    assert comment_list(as_author.get(post.url)).find("a", string="Editar")
    assert not comment_list(as_other.get(post.url)).find("a", string="Editar")
    assert not comment_list(Client().get(post.url)).find("a", string="Editar")


def test_new_and_removed_comments_show_at_once(post, committed):
    with committed():
        first = comment_on(post, "First comment.")
    assert "First comment." in comment_list(Client().get(post.url)).get_text()
    with committed():
        comment_on(post, "A reply.", parent_id=first.pk)
    assert "A reply." in comment_list(Client().get(post.url)).get_text()
    first.status = Status.TRASH
    with committed():
        first.save()
    assert "First comment." not in Client().get(post.url).content.decode()


def test_each_page_and_order_of_the_thread_is_its_own_fragment(post, settings, committed):
    settings.COMMENTS_PER_PAGE = 1
    with committed():
        comment_on(post, "Older comment.")
        comment_on(post, "Newer comment.")
    assert "Older comment." in comment_list(Client().get(post.url)).get_text()
    assert "Newer comment." in comment_list(Client().get(post.url + "?comments-page=2")).get_text()
    assert "Newer comment." in comment_list(Client().get(post.url + "?comments-order=newest")).get_text()


def test_a_list_rendered_for_its_author_is_never_shared(post, django_user_model, committed):
    author = django_user_model.objects.create_user("ana", password="pw")
    with committed():
        comment_on(post, "My own experience.", user=author)
    as_author = Client()
    as_author.force_login(author)
    assert comment_list(as_author.get(post.url)).find("a", string="Editar")  # first: nothing cached
    assert not comment_list(Client().get(post.url)).find("a", string="Editar")
    assert comment_list(as_author.get(post.url)).find("a", string="Editar")  # after a guest filled it


def test_a_signed_in_reader_shares_the_cached_list_without_a_comment_query(post, django_user_model, committed):
    author = django_user_model.objects.create_user("ana", password="pw")
    reader = django_user_model.objects.create_user("bia", password="pw")
    with committed():
        comment_on(post, "Signed in.", user=author)
        comment_on(post, "A guest.")
    Client().get(post.url)  # a guest fills the cache
    as_reader = Client()
    as_reader.force_login(reader)
    as_reader.get(post.url)  # the reader's session is read once from the database
    with CaptureQueriesContext(connection) as queries:
        shown = comment_list(as_reader.get(post.url))
    assert "Signed in." in shown.get_text() and "A guest." in shown.get_text()
    # The post (with its comment counts) and the reader: nothing asks whether they wrote a comment.
    looked_up = [query["sql"][: len('SELECT "wagtailcore_page"')] for query in queries.captured_queries]
    assert looked_up == ['SELECT "wagtailcore_page"', 'SELECT "auth_user"."id", ']


def test_a_saved_comment_moves_what_it_touches_at_commit_in_one_round_trip(
    post, committed, on_redis, redis_round_trips
):
    """The post's pages, the listings (their comment counts) and the moderation counts: moved again
    together once the save commits, so nothing cached from the old rows meanwhile outlives it."""
    from blog import page_cache
    from comments.cache_invalidation import COMMENTS_GENERATION

    keys = [page_cache.page_generation_key(post.pk), page_cache.LISTINGS_GENERATION, COMMENTS_GENERATION]
    with committed():
        comment_on(post, "Counted once the save commits")
        # The moderation counts move at once too, for this transaction's own next reads.
        assert [page_cache.generation(key) for key in keys] == [0, 0, 1]
        redis_round_trips.clear()
    assert len(redis_round_trips) == 1
    assert [page_cache.generation(key) for key in keys] == [1, 1, 2]


def test_a_signed_in_readers_page_reads_the_cache_in_two_round_trips(
    post, django_user_model, committed, on_redis, redis_round_trips
):
    """Site, generation, Wagtail's root paths, session, root page and settings; the fragments, the
    post's generation, the comment list and the comment form: each group in one trip, however many
    comments the page shows."""
    reader = django_user_model.objects.create_user("bia", password="pw")
    with committed():
        for number in range(3):
            comment_on(post, f"Comment {number}.")
    as_reader = Client()
    as_reader.force_login(reader)
    as_reader.get(post.url)  # fills the fragments, the list and the session's cache entry
    redis_round_trips.clear()
    response = as_reader.get(post.url)
    assert "Comment 2." in comment_list(response).get_text()
    assert len(redis_round_trips) == 2


def test_the_cached_list_follows_the_depth_of_replies(post, discussion, committed):
    with committed():
        comment_on(post, "Can anyone reply?")
    reply_links = lambda: comment_list(Client().get(post.url)).select("a[href*='reply-to']")  # noqa: E731
    assert reply_links()
    discussion.max_depth = 1  # top-level comments only: no replies
    with committed():
        discussion.save()
    assert not reply_links()
