"""Queries compiled once per process (blog/compiled_queries.py) give what the ORM gives."""

import datetime

import pytest
from django.contrib.auth.models import AnonymousUser
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Prefetch, prefetch_related_objects
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.images.models import Rendition
from wagtail.models import PageViewRestriction

from blog import compiled_queries
from blog.compiled_queries import CompiledQuery, ShapeError
from blog.image_sizes import CARD_SPECS, expand
from blog.listings import author_topic, condition_topic, month_topic, tag_topic
from blog.models import (
    COMPILED_LISTING_PAGES,
    POST_RELATIONS,
    BlogPage,
    BlogPageAuthor,
    Condition,
    _listing_pages,
    _routed_posts,
    listing_posts,
    load_listing_relations,
    load_post_relations,
    routed_post,
)
from blog.view_restrictions import RESTRICTED, view_restricted
from comments.selectors import ROOTS, TOTAL, thread_counts
from tests.comments.conftest import approved_comment
from tests.conftest import make_image


def fields_of(instance):
    """Its field values and annotations, without what loading it leaves for Django's own use."""
    return {name: value for name, value in vars(instance).items() if not name.startswith(("_state", "_prefetch"))}


@pytest.fixture
def commented_post(make_post, reviewer, image):
    post = make_post(title="Commented", reviewer=reviewer, featured_image=image, featured_image_alt="A chart")
    first = approved_comment(post, "First")
    approved_comment(post, "A reply", parent=first)
    approved_comment(post, "Second")
    return post


def test_the_routed_post_is_the_one_the_orm_loads(home, commented_post, make_post):
    private = make_post(title="Private")
    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.LOGIN)
    for post in (commented_post, private):
        expected = (
            BlogPage.objects.select_related("reviewer", "featured_image")
            .annotate(**{RESTRICTED: view_restricted()}, **thread_counts(BlogPage))
            .child_of(home)
            .get(slug=post.slug)
        )
        found = routed_post(home, post.slug)
        assert fields_of(found) == fields_of(expected)
        assert found._state.adding is False and found._state.db == "default"
        for relation in ("reviewer", "featured_image"):
            assert BlogPage._meta.get_field(relation).is_cached(found)
            cached, loaded = getattr(found, relation), getattr(expected, relation)
            assert (cached and fields_of(cached)) == (loaded and fields_of(loaded))
    assert (getattr(found, RESTRICTED), getattr(routed_post(home, commented_post.slug), RESTRICTED)) == (True, False)
    counted = routed_post(home, commented_post.slug)
    assert (getattr(counted, TOTAL), getattr(counted, ROOTS)) == (3, 2)


def test_a_post_elsewhere_or_missing_is_not_found(home, make_post):
    post = make_post(title="Here")
    assert routed_post(home, post.slug).pk == post.pk
    assert routed_post(home, "not-there") is None
    assert routed_post(post, post.slug) is None  # not a child of itself
    assert routed_post(home, "post-%") is None  # a slug is compared, not matched


@pytest.mark.django_db
def test_the_sql_run_is_the_sql_the_orm_runs():
    Condition.objects.create(name="CRPS", slug="crps")
    query = CompiledQuery(Condition, lambda slug, pk: Condition.objects.filter(slug=slug).exclude(pk=pk))
    with CaptureQueriesContext(connection) as orm:
        expected = list(query.build(slug="crps", pk=0))
    for _ in range(2):  # compiled on the first call, reused on the second
        with CaptureQueriesContext(connection) as compiled:
            assert [fields_of(c) for c in query(slug="crps", pk=0)] == [fields_of(c) for c in expected]
        assert [q["sql"] for q in compiled.captured_queries] == [q["sql"] for q in orm.captured_queries]


@pytest.mark.django_db
def test_a_patterns_value_is_escaped_as_django_escapes_it():
    for name in ("50% better", "50 ways", "5_0 rule", "5x0 rule", r"back\slash"):
        Condition.objects.create(name=name, slug=name.replace(" ", "-").replace("%", "pct").replace("\\", "-"))
    query = CompiledQuery(Condition, lambda start: Condition.objects.filter(name__startswith=start).order_by("name"))
    for start in ("50%", "5_", "50", r"back\s", "%", "_"):
        assert [c.name for c in query(start=start)] == [c.name for c in query.build(start=start)], start
    assert [c.name for c in query(start="50%")] == ["50% better"]


@pytest.mark.django_db
def test_a_number_its_column_cannot_hold_finds_nothing_as_in_the_orm(condition):
    query = CompiledQuery(Condition, lambda pk: Condition.objects.filter(pk=pk))
    assert query.first(pk=condition.pk).name == condition.name
    assert query(pk=10**15) == list(Condition.objects.filter(pk=10**15)) == []
    assert query(pk=-(10**30)) == []


@pytest.mark.django_db
def test_the_shape_is_compiled_once_per_kind_of_values(condition, monkeypatch):
    compiled = []
    compile_shape = compiled_queries._Shape.compile
    monkeypatch.setattr(
        compiled_queries._Shape,
        "compile",
        classmethod(lambda cls, *args: compiled.append(args) or compile_shape(*args)),
    )
    query = CompiledQuery(
        "blog.Condition", lambda key: Condition.objects.filter(slug=key) | Condition.objects.filter(pk=0)
    )
    assert query.first(key=condition.slug).pk == condition.pk
    assert query(key="other") == []
    assert len(compiled) == 1
    with pytest.raises(ShapeError):  # a number where the slug goes is another shape: cast to text
        query(key=5)


@pytest.mark.django_db
def test_values_that_do_not_reach_the_sql_as_parameters_are_refused():
    with pytest.raises(ShapeError):
        CompiledQuery(Condition, lambda n: Condition.objects.all()[:n])(n=3)  # LIMIT is written into the SQL
    with pytest.raises(ShapeError):
        CompiledQuery(Condition, lambda name: Condition.objects.filter(name=name.upper()))(name="crps")
    with pytest.raises(ShapeError):
        CompiledQuery(Condition, lambda name: Condition.objects.values("pk").filter(name=name))(name="crps")
    with pytest.raises(TypeError):
        CompiledQuery(Condition, lambda day: Condition.objects.filter(pk=day))(day=datetime.date(2026, 1, 1))


def test_posts_are_served_from_one_compiled_lookup_that_keeps_no_rows(client, make_post):
    first, second = make_post(title="First of two"), make_post(title="Second of two")
    _routed_posts.cache_clear()
    for post in (first, second, first, second):
        response = client.get(post.url)
        assert f"<h1>{post.title}</h1>" in response.content.decode()
    assert _routed_posts.cache_info().misses == 1
    lookup = _routed_posts(ContentType.objects.get_for_model(BlogPage).pk)
    assert len(lookup._shapes) == 1
    (shape,) = lookup._shapes.values()
    assert not any(isinstance(value, BlogPage) for value in vars(shape).values())


def test_a_posts_relations_are_left_as_prefetch_related_objects_leaves_them(make_post, person, reviewer, image):
    person.photo = image
    person.save()
    crps, fibro = Condition.objects.create(name="CRPS", slug="crps"), Condition.objects.create(name="Fibro", slug="fib")
    post = make_post(authors=[reviewer, person], conditions=[fibro, crps], tags=["sleep", "pain"])
    make_post(authors=[person], conditions=[crps], tags=["other"])  # relations of another post
    expected, loaded = BlogPage.objects.get(pk=post.pk), BlogPage.objects.get(pk=post.pk)
    prefetch_related_objects([expected], *POST_RELATIONS)
    load_post_relations(loaded)
    assert loaded._prefetched_objects_cache.keys() == expected._prefetched_objects_cache.keys()

    def shown(page):
        authors = page.authors.all()
        return (
            [
                (fields_of(a), fields_of(a.person), fields_of(a.person.photo) if a.person.photo else None)
                for a in authors
            ],
            [fields_of(c) for c in page.conditions.all()],
            sorted(tag.name for tag in page.tags.all()),
            [a.page is page for a in authors],
        )

    with CaptureQueriesContext(connection) as queries:
        assert shown(loaded) == shown(expected)
    assert len(queries) == 0
    assert shown(loaded)[2] == ["pain", "sleep"] and [c.name for c in loaded.conditions.all()] == ["CRPS", "Fibro"]
    # Narrowed further, a kept relation still asks for this post's rows only.
    assert [a.person for a in loaded.authors.filter(person=person)] == [person]


@pytest.mark.django_db
def test_a_fixed_parameter_equal_to_a_placeholder_is_not_taken_for_a_value(condition, monkeypatch):
    picks = iter([[25_000], [26_000], [27_000], [28_000]])  # the first build's placeholder is the fixed 25000
    monkeypatch.setattr(compiled_queries.random, "sample", lambda population, k: next(picks))
    query = CompiledQuery(Condition, lambda pk: Condition.objects.filter(pk=pk).exclude(pk=25_000))
    assert query.first(pk=condition.pk).pk == condition.pk
    (shape,) = query._shapes.values()
    assert [name for _, (name, _), _ in shape.slots] == ["pk"] and 25_000 in shape.params


@pytest.mark.django_db
def test_a_list_of_values_is_a_shape_per_length():
    first, second, third = (Condition.objects.create(name=n, slug=n.lower()) for n in ("A", "B", "C"))
    query = CompiledQuery(Condition, lambda pks: Condition.objects.filter(pk__in=pks).order_by("pk"))
    assert [c.name for c in query(pks=[third.pk, first.pk])] == ["A", "C"]
    assert [c.name for c in query(pks=[second.pk, third.pk])] == ["B", "C"]
    assert [c.name for c in query(pks=[second.pk])] == ["B"]
    assert len(query._shapes) == 2
    with CaptureQueriesContext(connection) as queries:
        assert query(pks=[]) == []
    assert len(queries) == 0


def test_listing_cards_relations_are_left_as_prefetch_related_objects_leaves_them(make_post, person, reviewer):
    cover = make_image("Shared cover")
    for spec in expand(CARD_SPECS)[:3]:
        cover.get_rendition(spec)
    cover.get_rendition("width-100")  # not a card's size: not loaded
    crps, fibro = Condition.objects.create(name="CRPS", slug="crps"), Condition.objects.create(name="Fibro", slug="fib")
    make_post(authors=[reviewer, person], conditions=[fibro, crps], featured_image=cover, featured_image_alt="A")
    make_post(authors=[person], conditions=[crps], featured_image=cover, featured_image_alt="A")
    make_post(authors=[reviewer])
    listed = lambda: list(BlogPage.objects.for_listing())  # noqa: E731
    expected, loaded = listed(), listed()
    prefetch_related_objects(
        expected,
        Prefetch("authors", queryset=BlogPageAuthor.objects.select_related("person")),
        "conditions",
        Prefetch("featured_image__renditions", queryset=Rendition.objects.filter(filter_spec__in=expand(CARD_SPECS))),
    )
    with CaptureQueriesContext(connection) as loading:
        assert load_listing_relations(loaded) == loaded
    assert len(loading) == 3

    def shown(post):
        return (
            [(fields_of(a), fields_of(a.person), a.page is post) for a in post.authors.all()],
            [fields_of(c) for c in post.conditions.all()],
            sorted((r.filter_spec, r.image.pk) for r in post.featured_image.renditions.all())
            if post.featured_image
            else None,
        )

    with CaptureQueriesContext(connection) as queries:
        assert [shown(post) for post in loaded] == [shown(post) for post in expected]
    assert len(queries) == 0
    assert [len(shown(post)[2] or []) for post in loaded] == [0, 3, 3]


def test_a_listing_page_holds_what_the_orm_gives_for_every_kind_of_listing(home, make_post, person, condition):
    other = Condition.objects.create(name="CRPS", slug="crps")
    for number in range(23):
        make_post(conditions=[condition] if number % 2 else [other], tags=["dor"] if number % 3 else [])
    hidden = make_post(conditions=[condition], tags=["dor"])
    PageViewRestriction.objects.create(page=hidden, restriction_type=PageViewRestriction.LOGIN)
    make_post(conditions=[condition], publish=False)
    approved_comment(BlogPage.objects.order_by("-date").first(), "Counted")
    tag = Tag.objects.get(slug="dor")
    topics = [None, condition_topic(condition), tag_topic(tag), author_topic(person), month_topic(2026, 1)]
    _listing_pages.cache_clear()
    for topic in topics:
        selection = topic.selection if topic else ()
        orm = listing_posts(home.path, home.depth + 1, *selection)
        for number in (1, 2, 3):
            page = home.serve_listing(_listing_request(number), topic).context_data["posts"]
            listed = list(page.object_list)
            expected = list(orm[(page.number - 1) * 10 : page.number * 10])  # a page too far is the last
            assert [post.pk for post in listed] == [post.pk for post in expected], (topic, number)
            assert [fields_of(post) for post in listed] == [fields_of(post) for post in expected]
    assert hidden.pk not in [post.pk for post in listing_posts(home.path, home.depth + 1)]
    # Compiled per kind of listing and page number; a month's listing compares dates: built each time.
    lookup = _listing_pages(ContentType.objects.get_for_model(BlogPage).pk)
    kinds = (None, "in_condition", "tagged", "by_author")
    assert {shape for _, shape, _ in lookup._shapes} >= {(method, 0, 10) for method in kinds}
    assert {shape[0] for _, shape, _ in lookup._shapes} == set(kinds)


def test_only_the_first_pages_of_a_listing_are_compiled(home, make_post):
    for _ in range(10 * COMPILED_LISTING_PAGES + 1):
        make_post()
    _listing_pages.cache_clear()
    last = home.serve_listing(_listing_request(COMPILED_LISTING_PAGES + 1))
    assert len(last.context_data["posts"].object_list) == 1
    assert _listing_pages.cache_info().misses == 0
    for number in range(1, COMPILED_LISTING_PAGES + 1):
        assert len(home.serve_listing(_listing_request(number)).context_data["posts"].object_list) == 10
    assert len(_listing_pages(ContentType.objects.get_for_model(BlogPage).pk)._shapes) == COMPILED_LISTING_PAGES


def _listing_request(number):
    request = RequestFactory().get("/", {"page": number})
    request.user = AnonymousUser()
    return request
