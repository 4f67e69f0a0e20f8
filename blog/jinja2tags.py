"""What the Jinja2 templates of the body blocks (templates/jinja2/blog/blocks/) call.

The Django template tags of blog_tags and image_tags, for Jinja2: Wagtail renders each block of a
post's body through its own template, and with Django's engine those eighteen or so small
renders cost more CPU than anything else on the page but its queries. Each function here is a
thin wrapper over the same code the Django tags use, so both engines print the same markup.
"""

import functools

from django.template.defaultfilters import linebreaksbr
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from jinja2 import pass_context
from jinja2.ext import Extension
from wagtail.images.models import Filter, Picture
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.rich_text import RichText, expand_db_html

from .embeds import embed_html as provider_html


@functools.cache
def _filters(specs):
    # Parsing a spec checks each operation's arguments through `inspect`; templates name a few
    # specs, so each is parsed once per process (as image_tags does for Django's engine).
    return tuple(Filter(spec=spec) for spec in Filter.expand_spec(specs.split()))


def picture(image, specs, **attrs):
    """Wagtail's <picture> of `image` in the sizes of `specs`, written as {% picture %} takes them."""
    if not image:
        return ""
    renditions = get_renditions_or_not_found(image, _filters(specs))
    return mark_safe(Picture(renditions, attrs).__html__())  # noqa: S308 - Wagtail escapes the attributes


def richtext_html(value):
    """Rich text as Wagtail's |richtext prints it: its wagtailcore/shared/richtext.html is only
    {{ html|safe }}, which costs a Django template render per paragraph when it is rendered."""
    source = value.source if isinstance(value, RichText) else value
    return mark_safe(expand_db_html(str(source or "")))  # noqa: S308 - Wagtail's rich text, as |richtext prints it


@pass_context
def citation_markers(context, finding_id):
    """The numbered markers of one finding, or None when rendered outside a post (block preview)."""
    citations = context.get("citations")
    return citations.markers_for(finding_id) if citations else None


@pass_context
def embed_html(context, url):
    """The embed's HTML, from the post's preloaded embeds when there are some."""
    return mark_safe(provider_html(url, context.get("embeds")))  # noqa: S308 - the provider's markup, as Wagtail's tag prints it


def reference_label(number):
    """The accessible name of a citation marker."""
    return gettext("Reference %(number)s") % {"number": number}


class BlogExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(
            picture=picture,
            citation_markers=citation_markers,
            embed_html=embed_html,
            reference_label=reference_label,
        )
        # Escapes the text, then breaks its lines, as in Django's engine.
        environment.filters["linebreaksbr"] = linebreaksbr
        environment.filters["richtext_html"] = richtext_html


blog = BlogExtension
