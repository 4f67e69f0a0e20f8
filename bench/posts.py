"""Many published posts at once, with the demo posts' structured bodies and references.

Wagtail adds pages one at a time (add_child locks and re-reads the parent each time: minutes for
10,000 posts). The tree is a materialised path (treebeard, four base-36 characters per level), so
the rows can be written directly: each new child of the blog index gets the next step after the
last existing child, and the index's child count is set once at the end. Authors, conditions, tags
and the search index entries are bulk-inserted too.
"""

import contextlib
import datetime
import random
import re
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.html import strip_tags
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale, Page
from wagtail.search import index as search_index
from wagtail.search.backends import get_search_backend

from blog.demo import artwork, content
from blog.models import BlogPage, BlogPageAuthor, BlogPageTag, Condition, Person

from .bulk import allocate_ids, insert_chain

SLUG_PREFIX = "bench-"
SEARCH_INDEX_CHUNK = 1000
# What a generated title adds to its demo post's title, so that titles and search ranks differ.
TITLE_ANGLES = [
    "perguntas frequentes",
    "o que dizem os estudos",
    "guia prático",
    "mitos e fatos",
    "um relato de consultório",
    "o que levar à consulta",
    "novidades da pesquisa",
    "primeiros passos",
]
WORD = re.compile(r"[^\W\d_]{4,}")


@dataclass
class PostSpec:
    slug: str
    number: int  # picks the demo post it is based on, and its wording
    date: datetime.date
    title: str = ""  # added to the demo post's title instead of an angle and the number


class PostFactory:
    """Builds unsaved BlogPage objects from the demo content, and writes them in bulk."""

    def __init__(self, loader, index, seed=8):
        self.loader = loader  # blog.demo.loader.DemoLoader: it turns demo data into stream blocks
        self.index = index
        self.rng = random.Random(seed)
        self.content_type = ContentType.objects.get_for_model(BlogPage)
        self.locale_id = Locale.get_default().pk
        self.people = {person.slug: person for person in Person.objects.all()}
        self.conditions = {condition.slug: condition for condition in Condition.objects.all()}
        self.tags = {}
        self.covers = {}
        for key, data in content.IMAGES.items():  # body images, without drawing them again
            image = get_image_model().objects.filter(title=data["title"]).first()
            if image is not None:
                loader.images[key] = image
        self.vocabulary = sorted(
            {word.lower() for post in content.POSTS for word in WORD.findall(strip_tags(str(post["body"])))}
        )

    # --- one post ----------------------------------------------------------------------------

    def build(self, spec, path):
        base = content.POSTS[spec.number % len(content.POSTS)]
        angle = TITLE_ANGLES[(spec.number // len(content.POSTS)) % len(TITLE_ANGLES)]
        title = f"{base['title']}: {spec.title or f'{angle} ({spec.number})'}"
        published = datetime.datetime.combine(spec.date, datetime.time(9, 0), tzinfo=datetime.UTC)
        post = BlogPage(
            title=title,
            draft_title=title,
            slug=spec.slug,
            content_type_id=self.content_type.pk,
            locale_id=self.locale_id,
            path=path,
            depth=self.index.depth + 1,
            numchild=0,
            url_path=f"{self.index.url_path}{spec.slug}/",
            live=True,
            has_unpublished_changes=False,
            first_published_at=published,
            last_published_at=published,
            date=spec.date,
            intro=base["intro"],
            featured_image=self.cover(base),
            featured_image_alt=base["image"]["alt"],
            body=[self.loader.body_block(kind, value) for kind, value in base["body"]] + [self.extra_paragraph()],
            references=[self.loader.reference_block(reference) for reference in base["references"]],
            reviewer=self.people[base["reviewer"]],
            last_reviewed=datetime.date.fromisoformat(base["last_reviewed"]),
            next_review_due=datetime.date.fromisoformat(base["next_review_due"]),
            disclaimer=f"<p>{base['disclaimer']}</p>" if base.get("disclaimer") else "",
        )
        post.reading_minutes = post.count_reading_minutes()  # bulk inserts skip save()
        post.bench_base = base
        return post

    def cover(self, base):
        slug = base["slug"]
        if slug not in self.covers:
            # The demo loader made these images already; drawing one again would take a second.
            image = get_image_model().objects.filter(title=base["image"]["title"]).first()
            if image is None:
                image = self.loader.image(
                    base["image"]["title"], artwork.illustration(base["image"]["colors"], seed=slug)
                )
            self.covers[slug] = image
        return self.covers[slug]

    def extra_paragraph(self):
        """A paragraph of the demo's own words in a random order: search ranks then differ per post."""
        words = self.rng.sample(self.vocabulary, k=min(60, len(self.vocabulary)))
        return self.loader.body_block("paragraph", f"<p>{' '.join(words).capitalize()}.</p>")

    # --- many posts --------------------------------------------------------------------------

    def create(self, specs, log):
        """Write the posts of `specs` as live children of the index. Returns their ids."""
        if not specs:
            return []
        ids = allocate_ids(Page, len(specs))
        step = self.next_step()
        posts = []
        for offset, (spec, pk) in enumerate(zip(specs, ids, strict=True)):
            path = Page._get_path(self.index.path, self.index.depth + 1, step + offset)
            post = self.build(spec, path)
            post.id = post.page_ptr_id = pk
            posts.append(post)
            if len(posts) % 1000 == 0:
                log(f"  built {len(posts)}/{len(specs)} posts")
        insert_chain(BlogPage, posts)
        self.relations(posts)
        children = Page.objects.filter(path__startswith=self.index.path, depth=self.index.depth + 1).count()
        Page.objects.filter(pk=self.index.pk).update(numchild=children)
        self.index.numchild = children
        log(f"  wrote {len(posts)} posts")
        return ids

    def next_step(self):
        last = Page.objects.filter(path__startswith=self.index.path, depth=self.index.depth + 1).order_by("-path")
        last_path = last.values_list("path", flat=True).first()
        return Page._str2int(last_path[-Page.steplen :]) + 1 if last_path else 1

    def relations(self, posts):
        authors, conditions, tags = [], [], []
        through = BlogPage.conditions.through
        for post in posts:
            base = post.bench_base
            for order, slug in enumerate(base["authors"]):
                authors.append(BlogPageAuthor(page_id=post.pk, person=self.people[slug], sort_order=order))
            for slug in base["conditions"]:
                conditions.append(through(blogpage_id=post.pk, condition_id=self.conditions[slug].pk))
            for name in base["tags"]:
                tags.append(BlogPageTag(content_object_id=post.pk, tag=self.tag(name)))
        BlogPageAuthor.objects.bulk_create(authors, batch_size=2000)
        through.objects.bulk_create(conditions, batch_size=2000)
        BlogPageTag.objects.bulk_create(tags, batch_size=2000)

    def tag(self, name):
        if name not in self.tags:
            self.tags[name] = Tag.objects.get_or_create(name=name)[0]
        return self.tags[name]


def index_missing(log):
    """Add the posts that have no search index entry yet to the search index."""
    from wagtail.search.models import IndexEntry

    content_type = ContentType.objects.get_for_model(BlogPage)
    indexed = set(IndexEntry.objects.filter(content_type=content_type).values_list("object_id", flat=True))
    ids = [pk for pk in BlogPage.objects.order_by("pk").values_list("pk", flat=True) if str(pk) not in indexed]
    backend = get_search_backend()
    for start in range(0, len(ids), SEARCH_INDEX_CHUNK):
        chunk = BlogPage.objects.filter(pk__in=ids[start : start + SEARCH_INDEX_CHUNK])
        with remembered_field_values():
            backend.add_bulk(BlogPage, list(chunk.prefetch_related("conditions", "tags")))
        done = min(start + SEARCH_INDEX_CHUNK, len(ids))
        if done % 2000 == 0 or done == len(ids):
            log(f"  search index: {done}/{len(ids)}")
    return len(ids)


def spread_dates(count, days=5 * 365):
    """Publication dates from today back over `days`, newest first."""
    today = timezone.localdate()
    return [today - datetime.timedelta(days=(number * days) // max(count, 1)) for number in range(count)]


@contextlib.contextmanager
def remembered_field_values():
    """Read each search field of each object once while bulk indexing.

    The database search backend reads every search field of an object five times (title, body,
    autocomplete and two plain texts), and a StreamField's searchable text is the slow part of
    indexing: remembering the values makes indexing 10,000 posts several times faster. The
    objects stay alive (and their ids unique) for the length of one add_bulk call.
    """
    original = search_index.BaseField.get_value
    remembered = {}

    def get_value(field, obj):
        key = (id(field), id(obj))
        if key not in remembered:
            remembered[key] = original(field, obj)
        return remembered[key]

    search_index.BaseField.get_value = get_value
    try:
        yield
    finally:
        search_index.BaseField.get_value = original
