from pathlib import Path

import pytest
from django.template import Context, Template, TemplateSyntaxError
from wagtail.images import image_operations

from tests.conftest import make_image

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
TAGS = (
    '{% picture photo format-{avif,webp,jpeg} fill-{400x225,800x450} sizes="100vw" alt="" loading="lazy" %}',
    '{% image photo fill-96x96 alt="" class="author-bio__photo" %}',
    "{% picture photo width-{480,800} as pic %}{{ pic }}",
    "{% image photo fill-96x96 as img %}{{ img.url }} {{ img.width }}",
)


@pytest.fixture
def photo(db):
    return make_image("Photo", size=(1200, 800))


@pytest.mark.parametrize("tag", TAGS)
def test_renders_what_wagtails_own_tags_render(photo, tag):
    ours = Template("{% load image_tags %}" + tag).render(Context({"photo": photo}))
    wagtails = Template("{% load wagtailimages_tags %}" + tag).render(Context({"photo": photo}))
    assert ours == wagtails
    assert ours.strip()


def test_an_empty_image_renders_nothing(db):
    assert Template("{% load image_tags %}{% picture photo width-480 %}").render(Context({"photo": None})) == ""


def test_specs_are_parsed_when_the_template_is_compiled_not_on_each_render(photo, monkeypatch):
    parsed = []
    original = image_operations.Operation.__init__

    def counting(self, *args):
        parsed.append(args)
        original(self, *args)

    monkeypatch.setattr(image_operations.Operation, "__init__", counting)
    template = Template("{% load image_tags %}" + TAGS[0])
    template.render(Context({"photo": photo}))  # the first render may make the renditions
    after_first = len(parsed)
    assert after_first == 12  # 3 formats x 2 sizes, each a format and a fill operation, parsed once

    for _ in range(3):
        template.render(Context({"photo": make_image("Another")}))
    assert len(parsed) == after_first


def test_wrong_arguments_keep_wagtails_message(db):
    with pytest.raises(TemplateSyntaxError, match="at least one filter spec"):
        Template("{% load image_tags %}{% picture photo %}")


def test_templates_use_these_tags():
    for path in TEMPLATES.rglob("*.html"):
        assert "wagtailimages_tags" not in path.read_text(), path
