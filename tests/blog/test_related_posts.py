"""Related posts: the editor's pins first, then shared conditions and tags, then recency."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from blog.models import BlogIndexPage, BlogPage, BlogPageRelatedPost, Condition


@pytest.fixture
def crps(db):
    return Condition.objects.create(name="CRPS", slug="crps")


def related_titles(post):
    return [related.title for related in BlogPage.objects.related_to(post)]


def pin(post, *others):
    for order, other in enumerate(others):
        BlogPageRelatedPost.objects.create(page=post, post=other, sort_order=order)


def test_shared_conditions_and_tags_first_then_newest(make_post, condition, crps):
    post = make_post(title="Subject", conditions=[condition, crps], tags=["sleep", "pacing"])
    make_post(title="Newest, unrelated", date=datetime.date(2026, 10, 1))
    make_post(title="One condition", conditions=[condition], date=datetime.date(2025, 1, 1))
    make_post(
        title="Two conditions and a tag", conditions=[condition, crps], tags=["sleep"], date=datetime.date(2024, 1, 1)
    )
    make_post(title="A tag", tags=["pacing"], date=datetime.date(2025, 6, 1))
    assert related_titles(post) == ["Two conditions and a tag", "A tag", "One condition"]


def test_recency_fills_in_when_nothing_is_shared(make_post):
    post = make_post(title="Subject", date=datetime.date(2026, 1, 1))
    for day in range(1, 6):
        make_post(title=f"Day {day}", date=datetime.date(2026, 5, day))
    assert related_titles(post) == ["Day 5", "Day 4", "Day 3"]


def test_pins_come_first_in_the_editors_order(make_post, condition):
    post = make_post(title="Subject", conditions=[condition])
    make_post(title="Shares a condition", conditions=[condition])
    first, second = make_post(title="Pinned first"), make_post(title="Pinned second")
    pin(post, first, second)
    assert related_titles(post) == ["Pinned first", "Pinned second", "Shares a condition"]


def test_drafts_private_posts_and_the_post_itself_are_never_related(make_post, condition):
    post = make_post(title="Subject", conditions=[condition])
    draft = make_post(title="Draft", conditions=[condition], publish=False)
    private = make_post(title="Private", conditions=[condition])
    private.view_restrictions.create(restriction_type="password", password="secret")
    pin(post, draft, private)
    assert related_titles(post) == []


def test_related_posts_are_chosen_once_then_read_in_one_query(make_post, condition):
    post = make_post(title="Subject", conditions=[condition], tags=["sleep"])
    for _ in range(6):
        make_post(conditions=[condition], tags=["sleep"])
    pin(post, make_post())
    chosen = related_titles(post)
    assert len(chosen) == 3
    with CaptureQueriesContext(connection) as queries:
        assert related_titles(post) == chosen
    assert len(queries) == 1
    # Everything the page shows of them comes with that query: no field is loaded on its own.
    with CaptureQueriesContext(connection) as queries:
        surroundings = BlogPage.objects.surroundings(post)
        shown = [(other.title, other.intro, other.date, other.url) for other in surroundings.related]
        neighbours = [(other.title, other.url) for other in (surroundings.previous, surroundings.next) if other]
    assert len(queries) == 1
    assert [title for title, *_ in shown] == chosen and neighbours


def test_a_new_better_match_replaces_the_stored_choice(make_post, condition, crps):
    post = make_post(title="Subject", conditions=[condition, crps], tags=["sleep"])
    for number in range(3):
        make_post(title=f"One condition {number}", conditions=[condition])
    assert related_titles(post) == ["One condition 2", "One condition 1", "One condition 0"]
    make_post(
        title="Everything in common", conditions=[condition, crps], tags=["sleep"], date=datetime.date(2020, 1, 1)
    )
    assert related_titles(post) == ["Everything in common", "One condition 2", "One condition 1"]


def test_stored_choice_follows_unpublishing_privacy_moves_and_deletion(make_post, home, condition):
    post = make_post(title="Subject", conditions=[condition])
    posts = {name: make_post(title=name, conditions=[condition]) for name in "ABCDEFG"}
    assert related_titles(post) == ["G", "F", "E"]
    posts["G"].unpublish()
    assert related_titles(post) == ["F", "E", "D"]
    posts["F"].view_restrictions.create(restriction_type="login")
    assert related_titles(post) == ["E", "D", "C"]
    elsewhere = home.get_parent().add_child(instance=BlogIndexPage(title="Elsewhere", slug="elsewhere"))
    BlogPage.objects.get(pk=posts["E"].pk).move(elsewhere, pos="last-child")
    assert related_titles(post) == ["D", "C", "B"]
    BlogPage.objects.get(pk=posts["D"].pk).delete()
    assert related_titles(post) == ["C", "B", "A"]


def test_post_page_links_its_related_posts(client, make_post, condition):
    post = make_post(title="Subject", conditions=[condition])
    other = make_post(title="About the same", conditions=[condition], intro="Same condition, other angle.")
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    section = html.select_one("section.related-posts")
    assert section.h2.get_text(strip=True) == "Posts relacionados"
    assert [(a.get_text(strip=True), a["href"]) for a in section.select("a")] == [("About the same", other.url)]
    assert "Same condition, other angle." in section.get_text()


def test_a_post_without_siblings_shows_no_related_section(client, make_post):
    post = make_post()
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert html.select_one("section.related-posts") is None


def test_a_post_cannot_pin_itself(make_post):
    post = make_post()
    post.related_pins = [BlogPageRelatedPost(post=post)]
    with pytest.raises(ValidationError):
        post.full_clean()
