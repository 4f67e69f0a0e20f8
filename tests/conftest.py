import datetime
import io
import uuid

import pytest
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from blog.models import BlogIndexPage, BlogPage, BlogPageAuthor, Condition, Person


def raw(block_type, value):
    return {"type": block_type, "value": value, "id": str(uuid.uuid4())}


def items(values):
    return [{"type": "item", "value": value, "id": str(uuid.uuid4())} for value in values]


def reference(key, *, authors=1, **fields):
    value = {
        "key": key,
        "authors": [
            raw("person", {"family_name": f"Author{number}", "given_names": "AB"}) for number in range(1, authors + 1)
        ],
        "year": 2020,
        "title": f"Study {key}",
        "container": "J Test",
        "volume": "1",
        "issue": "2",
        "pages": "3-4",
        "doi": f"10.1000/{key}",
        "pmid": "123456",
        "url": "",
        "accessed": None,
    }
    value.update(fields)
    return raw("reference", value)


def people(*names):
    """Person authors in the AuthorsBlock stream's stored form, from (family, given) pairs."""
    return [raw("person", {"family_name": family, "given_names": given}) for family, given in names]


# Seven real first authors of one paper: enough to show "et al." after six.
SEVEN_AUTHORS = [
    ("Malfait", "F"),
    ("Francomano", "C"),
    ("Byers", "P"),
    ("Belmont", "J"),
    ("Berglund", "B"),
    ("Black", "J"),
    ("Bloom", "L"),
]


def journal_article(key, authors, **fields):
    """A ReferenceBlock value as stored, for a well-known article; fields override."""
    value = {
        "key": key,
        "authors": authors,
        "year": 2017,
        "title": "The 2017 international classification of the Ehlers-Danlos syndromes",
        "container": "Am J Med Genet C Semin Med Genet",
        "volume": "175",
        "issue": "1",
        "pages": "8-26",
        "doi": "10.1002/ajmg.c.31552",
        "pmid": "28306229",
        "url": "",
        "accessed": None,
    }
    value.update(fields)
    return value


def findings(*citation_lists, title="What the research says"):
    return raw(
        "research_findings",
        {
            "title": title,
            "findings": items(
                [
                    {"label": f"Finding {number}", "text": "Text of the finding.", "citations": items(keys)}
                    for number, keys in enumerate(citation_lists, start=1)
                ]
            ),
        },
    )


@pytest.fixture
def home(db):
    """The blog index as the default site's root, as load_demo_content leaves it."""
    root = Page.get_first_root_node()
    index = root.add_child(instance=BlogIndexPage(title="ZebraMedic", slug="zebramedic-home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "localhost", "port": 80, "root_page": index, "site_name": "ZebraMedic"},
    )
    return index


@pytest.fixture
def person(db):
    return Person.objects.create(name="Ana Souza", slug="ana-souza", credentials="MD, PhD", role="Rheumatologist")


@pytest.fixture
def reviewer(db):
    return Person.objects.create(name="Carlos Lima", slug="carlos-lima", credentials="MD", role="Geneticist")


@pytest.fixture
def condition(db):
    return Condition.objects.create(name="Fibromyalgia", slug="fibromyalgia")


def make_image(title="Test image", size=(640, 360), color=(30, 120, 130)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, color).save(buffer, format="PNG")
    image = get_image_model()(title=title)
    image.file = ImageFile(io.BytesIO(buffer.getvalue()), name=f"{title.replace(' ', '-')}.png")
    image.save()
    return image


@pytest.fixture
def image(db):
    return make_image()


@pytest.fixture
def make_post(home, person):
    """Publish a post under the home page; keyword arguments override the defaults."""
    counter = iter(range(1, 10_000))

    def factory(*, body=None, references=None, authors=None, conditions=(), tags=(), publish=True, **fields):
        number = next(counter)
        page = BlogPage(
            title=fields.pop("title", f"Post {number}"),
            slug=fields.pop("slug", f"post-{number}"),
            date=fields.pop("date", datetime.date(2026, 1, 1) + datetime.timedelta(days=number)),
            intro=fields.pop("intro", "An introduction."),
            body=body if body is not None else [raw("paragraph", "<p>Hello.</p>")],
            references=references or [],
            **fields,
        )
        page.authors = [BlogPageAuthor(person=p) for p in (authors or [person])]
        page.conditions = list(conditions)
        page.tags.add(*tags)
        page.live = publish
        home.add_child(instance=page)
        revision = page.save_revision()
        if publish:
            revision.publish()
        return BlogPage.objects.get(pk=page.pk)

    return factory


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """`with committed():` runs the block, then what it left for after its transaction commits, as a
    real commit would: cache generations move and emails are queued only then."""
    return lambda: django_capture_on_commit_callbacks(execute=True)


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with no rate-limit counters or cached renditions from the one before."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def make_user(db, django_user_model):
    """An admin account in the named role groups (created by editorial's migration), or a superuser."""
    from django.contrib.auth.models import Group

    counter = iter(range(1, 10_000))

    def factory(*groups, superuser=False, **fields):
        number = next(counter)
        username = fields.pop("username", f"user{number}")
        user = django_user_model.objects.create_user(
            username,
            fields.pop("email", f"{username}@zebramedic.example"),
            "pw",
            is_superuser=superuser,
            is_staff=superuser,
            **fields,
        )
        user.groups.set(Group.objects.filter(name__in=groups))
        assert user.groups.count() == len(groups), "every role group exists after migrating"
        return user

    return factory


@pytest.fixture
def on_redis(settings):
    """The default cache on the machine's Redis, under a key prefix of this test's own."""
    settings.CACHES = {
        "default": {
            "BACKEND": "zebramedic.redis_cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
        }
    }


@pytest.fixture
def redis_round_trips(monkeypatch):
    """A list that grows by one for every command or pipeline sent to Redis: its round trips."""
    import redis.connection

    sent = []
    original = redis.connection.Connection.send_packed_command
    monkeypatch.setattr(
        redis.connection.Connection,
        "send_packed_command",
        lambda self, *args, **kwargs: sent.append(1) or original(self, *args, **kwargs),
    )
    return sent
