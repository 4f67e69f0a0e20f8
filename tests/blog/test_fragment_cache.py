"""The site's {% cache %} tag: Django's, except that fragments switched off never touch the cache."""

import re
from pathlib import Path
from unittest import mock

import pytest
from django.core.cache import cache
from django.template import Context, Template, TemplateSyntaxError
from django.test import Client

TEMPLATES = Path(__file__).resolve().parents[2] / "templates"


def render(source, **context):
    return Template("{% load fragment_cache %}" + source).render(Context(context))


@pytest.fixture
def cache_calls():
    """Every read and write of the default cache: (method name, key or keys)."""
    calls = []
    originals = {name: getattr(cache, name) for name in ("get", "set", "get_many", "add")}

    def spy(name):
        def call(*args, **kwargs):
            calls.append((name, args[0] if args else kwargs.get("key")))
            return originals[name](*args, **kwargs)

        return call

    with mock.patch.multiple(cache, **{name: spy(name) for name in originals}):
        yield calls


@pytest.mark.parametrize("seconds", [0, -1, "0"])
def test_a_fragment_switched_off_renders_without_asking_the_cache(cache_calls, seconds):
    source = "{% cache seconds box %}{{ text }}{% endcache %}"
    assert render(source, seconds=seconds, text="first") == "first"
    assert render(source, seconds=seconds, text="second") == "second"
    assert cache_calls == []


@pytest.mark.parametrize("seconds", [60, None])
def test_a_fragment_with_a_timeout_is_served_from_the_cache_as_with_djangos_tag(seconds):
    source = "{% cache seconds box who %}{{ text }}{% endcache %}"
    assert render(source, seconds=seconds, who="a", text="first") == "first"
    assert render(source, seconds=seconds, who="a", text="second") == "first"
    assert render(source, seconds=seconds, who="b", text="second") == "second"
    # Django's own tag finds the fragment this one stored: same keys.
    assert Template("{% load cache %}" + source).render(Context({"seconds": 60, "who": "a"})) == "first"


@pytest.mark.parametrize(
    "source",
    [
        "{% cache seconds %}x{% endcache %}",
        "{% cache 'soon' box %}x{% endcache %}",
        "{% cache missing box %}x{% endcache %}",
    ],
)
def test_bad_arguments_get_djangos_own_messages(source):
    with pytest.raises(TemplateSyntaxError) as djangos:
        Template("{% load cache %}" + source).render(Context())
    with pytest.raises(TemplateSyntaxError) as ours:
        render(source)
    assert str(ours.value) == str(djangos.value)
    assert "cache" in str(ours.value)


def test_no_template_loads_djangos_cache_tag():
    loading = re.compile(r"{%\s*load\s[^%]*\bcache\b")
    assert [path.name for path in TEMPLATES.rglob("*.html") if loading.search(path.read_text())] == []


def fragment_keys(calls):
    return {key.split(".")[2] for _, key in calls if isinstance(key, str) and key.startswith("template.cache.")}


def test_a_post_with_fragments_off_reads_no_fragment_from_the_cache(settings, make_post, cache_calls):
    post = make_post(title="Pacing")
    settings.FRAGMENT_CACHE_SECONDS = 0
    response = Client().get(post.url)
    assert response.status_code == 200
    assert b"Pacing" in response.content
    assert fragment_keys(cache_calls) == set()

    settings.FRAGMENT_CACHE_SECONDS = 3600
    Client().get(post.url)
    assert fragment_keys(cache_calls) == {"post_head", "post_article"}
