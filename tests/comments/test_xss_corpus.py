"""The script-injection corpus in every field of the comment section: refused, or stored and shown as text.

Each test sends every vector of tests/xss_corpus.py and collects what went wrong, so that one run
names every vector that failed rather than the first.
"""

import unicodedata
from urllib.parse import quote

import pytest
from django.contrib.contenttypes.models import ContentType
from django.urls import NoReverseMatch, reverse

from comments import tokens
from comments.models import Comment, Reaction, Status
from tests.comments.conftest import POST_URL, approved_comment, form_data
from tests.safe_html import field_value, injected, normalised, parse
from tests.xss_corpus import VECTORS


@pytest.fixture(autouse=True)
def _many_comments_from_one_reader(settings, monkeypatch):
    """Hundreds of comments from one address in a minute, some equal but for case: the rate limit
    and duplicate rules are tested elsewhere and would refuse them here."""
    settings.COMMENTS_RATE_LIMITS = []
    settings.COMMENTS_PER_PAGE = len(VECTORS) + 10
    monkeypatch.setattr("comments.views.spam.duplicate_of", lambda comment: None)


def test_the_corpus_has_over_a_hundred_distinct_vectors():
    assert len(set(VECTORS)) == len(VECTORS) >= 100


def fits_a_name(text):
    """Names are one line of up to 50 characters."""
    return len(text.strip()) <= 50 and not any(unicodedata.category(character) == "Cc" for character in text.strip())


def publish_all():
    Comment.objects.update(status=Status.APPROVED, is_public=True, is_removed=False)


def problems_in(label, content):
    return [f"{label}: {found}" for found in injected(content)]


def assert_post_page_safe(client, post):
    """Every stored comment is on the post's page, and nothing on the page runs script."""
    publish_all()
    response = client.get(post.url)
    assert response.status_code == 200
    soup = parse(response.content)
    assert injected(soup) == []
    shown = {int(article["id"][1:]) for article in soup.select("article.comment")}
    assert shown == set(Comment.objects.values_list("pk", flat=True))
    return soup


def test_every_vector_as_comment_name_follow_up_and_next_is_stored_and_shown_as_text(client, post, discussion):
    """What a reader may write freely: the words (Markdown), a name of up to 50 characters, the
    follow-up box (any value ticks it) and `next` (never followed). Every other comment replies to
    the first, through the reply form."""
    parent = approved_comment(post, "The first comment.")
    problems = []
    for number, vector in enumerate(VECTORS):
        name = vector if fits_a_name(vector) else f"Reader {number}"
        reply_to = parent.pk if number % 2 else 0
        data = form_data(post, comment=vector, name=name, followup=vector, next=vector, reply_to=reply_to)
        response = client.post(POST_URL, data)
        label = f"{vector!r}"
        if response.status_code != 302 or not response["Location"].startswith("/comentarios/enviado/"):
            problems.append(f"{label}: {response.status_code} {response.get('Location')}")
            continue
        row = Comment.objects.latest("pk")
        if (normalised(row.comment), normalised(row.user_name)) != (normalised(vector), normalised(name)):
            problems.append(f"{label}: stored as {row.comment!r} by {row.user_name!r}")
        if row.parent_id != (parent.pk if reply_to else row.pk):
            problems.append(f"{label}: parent {row.parent_id}")
    assert problems == []
    assert Comment.objects.count() == len(VECTORS) + 1
    soup = assert_post_page_safe(client, post)
    names = sorted(normalised(span.text) for span in soup.select(".comment__author"))
    assert names == sorted(normalised(name) for name in Comment.objects.values_list("user_name", flat=True))


def test_vectors_refused_by_a_field_store_nothing_and_come_back_in_the_form(client, post, discussion):
    """Names over 50 characters or with control characters, addresses that are not email or http(s)
    addresses: the form comes back with the reader's text in each field, escaped, and no row."""
    problems = []
    for number, vector in enumerate(VECTORS):
        fields = {"email": vector, "url": vector}
        if not fits_a_name(vector):
            fields["name"] = vector
        before = Comment.objects.count()
        response = client.post(POST_URL, form_data(post, comment=f"Comment number {number}.", **fields))
        label = f"{vector!r}"
        if response.status_code != 200:
            problems.append(f"{label}: status {response.status_code}")
            continue
        soup = parse(response.content)
        problems.extend(problems_in(label, soup))
        for field in fields:
            if field_value(soup, f"id_{field}") != normalised(vector):
                problems.append(f"{field}={label}: the form did not keep the text")
        if soup.select_one("#id_email_error") is None:
            problems.append(f"{label}: refused without saying why")
        if Comment.objects.count() != before:
            problems.append(f"{label}: rows {before} -> {Comment.objects.count()}")
    assert problems == []


def test_vectors_a_website_field_accepts_are_shown_as_a_harmless_link(client, post, discussion):
    """Some vectors are valid http(s) addresses (https://example.org/"onmouseover=…): they are stored
    as given and the page escapes them inside href."""
    accepted = []
    for number, vector in enumerate(vector for vector in VECTORS if vector.startswith("https://")):
        response = client.post(POST_URL, form_data(post, comment=f"Comment number {number}.", url=vector))
        assert response.status_code in (200, 302), vector
        if response.status_code == 302:
            accepted.append(vector)
    assert len(accepted) >= 3
    assert sorted(Comment.objects.values_list("user_url", flat=True)) == sorted(accepted)
    soup = assert_post_page_safe(client, post)
    assert sorted(link["href"] for link in soup.select(".comment__author a")) == sorted(accepted)


HIDDEN_FIELDS = ["reply_to", "honeypot", "timestamp", "security_hash", "content_type", "object_pk"]


def test_vectors_in_signed_or_hidden_fields_get_400_and_no_row(client, post, discussion):
    """Each vector replaces one hidden or signed field in turn (every field gets a sixth of the corpus)."""
    problems = []
    for number, vector in enumerate(VECTORS):
        field = HIDDEN_FIELDS[number % len(HIDDEN_FIELDS)]
        response = client.post(POST_URL, form_data(post, comment=f"Comment number {number}.", **{field: vector}))
        if response.status_code != 400:
            problems.append(f"{field}={vector!r}: status {response.status_code}")
        problems.extend(problems_in(f"{field}={vector!r}", response.content))
    assert problems == []
    assert not Comment.objects.exists()


def test_every_vector_as_the_reply_to_query_string(client, post, discussion):
    """The reply form's and the thread's own query strings, three vectors a request."""
    approved_comment(post, "The first comment.")
    problems = []
    for triple in zip(VECTORS[0::3], VECTORS[1::3], VECTORS[2::3], strict=False):
        query = dict(zip(("reply-to", "comments-page", "comments-order"), triple, strict=True))
        response = client.get(post.url, query)
        if response.status_code != 200:
            problems.append(f"{query}: status {response.status_code}")
        problems.extend(problems_in(f"{query}", response.content))
    assert problems == []


def test_every_vector_through_the_edit_form(client, post, discussion):
    """Authors change their words within the edit window: the edit form and the post show the new words as text."""
    comments = [approved_comment(post, f"My first words, number {number}.") for number in range(len(VECTORS))]
    problems = []
    for comment, vector in zip(comments, VECTORS, strict=True):
        url = reverse("comments:edit", args=[tokens.make(comment, tokens.EDIT_SALT)])
        response = client.post(url, {"comment": vector})
        if response.status_code != 302:
            problems.append(f"edit {vector!r}: status {response.status_code}")
            continue
        comment.refresh_from_db()
        if normalised(comment.comment) != normalised(vector):
            problems.append(f"edit {vector!r}: stored as {comment.comment!r}")
    assert problems == []
    for comment, vector in list(zip(comments, VECTORS, strict=True))[:: len(VECTORS) // 10]:
        page = parse(client.get(reverse("comments:edit", args=[tokens.make(comment, tokens.EDIT_SALT)])).content)
        assert injected(page) == []
        assert field_value(page, "id_comment") == normalised(vector)
    assert Comment.objects.count() == len(VECTORS)
    assert_post_page_safe(client, post)


def test_every_vector_as_a_signed_link_token(client, post, discussion):
    """Receipt, confirmation, edit, unsubscribe and moderation links, a fifth of the corpus each."""
    approved_comment(post)
    problems = []
    links = ("receipt", "confirm", "edit", "unsubscribe", "moderate")
    for number, vector in enumerate(VECTORS):
        name = links[number % len(links)]
        try:
            url = reverse(f"comments:{name}", args=[vector])
        except NoReverseMatch:  # a vector with "/" cannot be one path segment
            url = reverse(f"comments:{name}", args=["token"]) + quote(vector, safe="")
        response = client.get(url)
        if response.status_code not in (400, 404):
            problems.append(f"{name} {vector!r}: status {response.status_code}")
        problems.extend(problems_in(f"{name} {vector!r}", response.content))
    assert problems == []


def test_every_vector_as_a_flag_note(client, post, discussion):
    comment = approved_comment(post)
    url = reverse("comments:flag", args=[comment.pk])
    problems = []
    for vector in VECTORS:
        response = client.post(url, {"reason": vector, "note": vector})  # no reason is a vector
        if response.status_code != 200:
            problems.append(f"flag reason {vector!r}: status {response.status_code}")
        problems.extend(f"flag {vector!r}: {found}" for found in injected(response.content))
    assert problems == []
    assert not Reaction.objects.exists()


def hold(post, texts):
    content_type = ContentType.objects.get_for_model(post)
    for number, text in enumerate(texts):
        Comment.objects.create(
            content_type=content_type,
            object_pk=str(post.pk),
            site_id=1,
            user_name=text[:50],
            user_email=f"reader{number}@example.org",
            user_url="https://example.org/",
            comment=text,
            status=Status.PENDING,
        )


def queue_pages(client, pages):
    return [client.get(reverse("comment_moderation:index"), {"p": number}) for number in range(1, pages + 1)]


def test_held_vectors_are_shown_as_text_in_the_moderation_queue(moderator_client, post, discussion):
    from comments.admin_views import PER_PAGE

    # The admin's own inline scripts are in every page of the queue; anything beyond them is injected.
    hold(post, [f"Harmless comment {number}" for number in range(PER_PAGE)])
    (baseline,) = queue_pages(moderator_client, 1)
    admin_own = set(injected(baseline.content))
    Comment.objects.all().delete()

    hold(post, VECTORS)
    pages = queue_pages(moderator_client, -(-len(VECTORS) // PER_PAGE))
    shown = set()
    for response in pages:
        assert response.status_code == 200
        assert set(injected(response.content)) - admin_own == set()
        shown |= {normalised(tag.text) for tag in parse(response.content).find_all(string=True)}
    assert shown  # the pages have text at all
