import re
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection
from django.db.models.signals import post_save
from django.test.utils import CaptureQueriesContext
from wagtail.images import get_image_model

from blog import image_sizes
from tests.conftest import make_image, raw

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
IMAGE_TAG = re.compile(r"{%\s*(?:picture|image|srcset_image)\s+\S+\s+(.*?)%}")
# The Jinja2 templates' picture(image, "specs", ...) of blog/jinja2tags.py.
IMAGE_CALL = re.compile(r"\bpicture\(\s*[^,]+,\s*\"([^\"]*)\"")


def template_specs():
    """The filter specs of every image tag in the templates (the words before the attributes)."""
    found = set()
    for path in TEMPLATES.rglob("*.html"):
        for arguments in IMAGE_TAG.findall(path.read_text()):
            words = []
            for word in arguments.split():
                if "=" in word or word == "as":
                    break
                words.append(word)
            found.add(" ".join(words))
        found.update(IMAGE_CALL.findall(path.read_text()))
    return found


def test_every_size_a_template_asks_for_is_generated():
    planned = {
        image_sizes.POST_IMAGE_SPECS,
        image_sizes.CARD_SPECS,
        image_sizes.PORTRAIT_SPECS,
    }
    assert template_specs()
    assert template_specs() <= planned


@pytest.fixture
def illustrated_post(make_post, person):
    person.photo = make_image("Portrait")
    person.save()
    figure = make_image("Figure")
    cover = make_image("Cover")
    body = [
        raw("paragraph", "<p>Text.</p>"),
        raw("image", {"image": figure.pk, "alt_text": "A figure", "caption": "", "credit": ""}),
    ]
    return make_post(body=body, featured_image=cover, featured_image_alt="A cover")


def test_readers_find_every_rendition_ready(client, illustrated_post):
    call_command("generate_renditions", verbosity=0)
    created = []
    Rendition = get_image_model().get_rendition_model()

    def record(sender, instance, **kwargs):
        created.append(instance.filter_spec)

    post_save.connect(record, sender=Rendition)
    try:
        for url in ("/", illustrated_post.url):
            response = client.get(url)
            assert response.status_code == 200
            assert b"<picture" in response.content
    finally:
        post_save.disconnect(record, sender=Rendition)
    assert created == []


def test_running_again_creates_nothing(illustrated_post):
    call_command("generate_renditions", verbosity=0)
    Rendition = get_image_model().get_rendition_model()
    count = Rendition.objects.count()
    assert count == (9 + 6 + 1) + 9 + 1  # cover (post, card and sharing sizes), figure (post sizes), portrait
    call_command("generate_renditions", verbosity=0)
    assert Rendition.objects.count() == count


def test_pages_load_only_the_renditions_they_show(client, illustrated_post, monkeypatch):
    call_command("generate_renditions", verbosity=0)
    Rendition = get_image_model().get_rendition_model()
    loaded = []
    original = Rendition.from_db.__func__
    monkeypatch.setattr(
        Rendition, "from_db", classmethod(lambda cls, *a, **k: loaded.append(1) or original(cls, *a, **k))
    )
    assert client.get("/").status_code == 200
    assert len(loaded) == 6  # the cover's card sizes, not its 16 renditions
    loaded.clear()
    with CaptureQueriesContext(connection) as queries:
        assert client.get(illustrated_post.url).status_code == 200
    assert len(loaded) == (9 + 1) + 9 + 1  # cover (post and sharing sizes), figure, portrait
    assert sum("wagtailimages_rendition" in query["sql"] for query in queries.captured_queries) == 1
