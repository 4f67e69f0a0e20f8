"""picture() and image() of the Jinja2 templates (blog/jinja2tags.py) print Wagtail's own markup."""

from pathlib import Path

import pytest
from wagtail.images import image_operations
from wagtail.images import jinja2tags as wagtail_jinja

from blog import jinja2tags
from tests.conftest import make_image

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
PICTURE_SPECS = "format-{avif,webp,jpeg} fill-{400x225,800x450}"


@pytest.fixture
def photo(db):
    return make_image("Photo", size=(1200, 800))


@pytest.mark.parametrize(
    "specs",
    [
        PICTURE_SPECS,  # the listing cards
        "format-{avif,webp,jpeg} width-{480,800,1200}",  # a post's cover and figures
        "format-{webp,png} width-480",  # one size per format
        "format-{avif,jpeg} fill-{400x225,800x450}",
        "width-{480,800}",  # one format: Wagtail prints it
    ],
)
@pytest.mark.parametrize(
    "attrs",
    [
        {"sizes": "100vw", "alt": "", "loading": "lazy"},
        {"sizes": "(min-width: 48rem) 46rem, 100vw", "alt": 'Tom & "Jerry" <3', "fetchpriority": "high"},
        {"alt": "No sizes", "hidden": True, "inert": False, "title": None, "data-x": 7},
        {},
    ],
)
def test_picture_prints_what_wagtails_picture_prints(photo, specs, attrs):
    ours = jinja2tags.picture(photo, specs, **attrs)
    # Wagtail's function takes the specs joined by "|", as one argument.
    wagtails = wagtail_jinja.picture(photo, specs.replace(" ", "|"), **attrs).__html__()
    assert ours == wagtails
    assert ours.startswith("<picture>")


def test_image_prints_what_wagtails_image_prints(photo):
    attrs = {"alt": "", "class": "author-bio__photo", "loading": "lazy"}
    ours = jinja2tags.image(photo, "fill-96x96", **attrs)
    wagtails = wagtail_jinja.image(photo, "fill-96x96", **attrs).__html__()
    assert ours == wagtails
    assert 'width="96"' in ours


def test_no_image_prints_nothing(db):
    assert jinja2tags.picture(None, "width-480") == ""
    assert jinja2tags.image(None, "fill-96x96") == ""


def test_specs_are_parsed_once_per_process_not_on_each_render(photo, monkeypatch):
    parsed = []
    original = image_operations.Operation.__init__

    def counting(self, *args):
        parsed.append(args)
        original(self, *args)

    monkeypatch.setattr(image_operations.Operation, "__init__", counting)
    jinja2tags._filters.cache_clear()
    jinja2tags.picture(photo, PICTURE_SPECS)  # the first render may make the renditions
    after_first = len(parsed)
    assert after_first == 12  # 3 formats x 2 sizes, each a format and a fill operation, parsed once

    for _ in range(3):
        jinja2tags.picture(make_image("Another"), PICTURE_SPECS)
    assert len(parsed) == after_first


def test_templates_use_these_functions():
    for path in TEMPLATES.rglob("*.html"):
        text = path.read_text()
        assert "wagtailimages_tags" not in text, path
        assert "{% image " not in text and "{% picture " not in text, path
