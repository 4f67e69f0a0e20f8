"""What the Jinja2 templates of blog (templates/jinja2/blog/) call beside zebramedic/jinja2.py's.

Jinja2 prints a post's article, its head, the listing cards and the body blocks: with Django's
engine, their tags and variable look-ups cost more CPU than anything else on a post page but its
queries. Each function here is the one a Django tag was, or the same code Wagtail's tag runs.
"""

import functools

from django.template.defaultfilters import linebreaksbr
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from jinja2 import pass_context
from jinja2.ext import Extension
from wagtail.contrib.routable_page.templatetags.wagtailroutablepage_tags import routablepageurl
from wagtail.images.models import Filter
from wagtail.images.shortcuts import get_renditions_or_not_found
from wagtail.rich_text import RichText, expand_db_html

from .embeds import embed_html as provider_html
from .models import BlogPage, PublisherSettings
from .picture_markup import picture_html
from .plurals import authors_heading, comments_label
from .references import format_reference
from .sites import site_name
from .structured_data import PostGraph, og_locale, script_json, share_image


@functools.cache
def _filters(specs):
    # Parsing a spec checks each operation's arguments through `inspect` (about 14 ms of CPU for a
    # listing's cards when Wagtail's tags did it on every render); templates name a few specs, so
    # each is parsed once per process.
    return tuple(Filter(spec=spec) for spec in Filter.expand_spec(specs.split()))


def picture(image, specs, **attrs):
    """Wagtail's <picture> of `image` in the sizes of `specs`, written as {% picture %} takes them
    (printed by blog/picture_markup.py)."""
    if not image:
        return ""
    return picture_html(get_renditions_or_not_found(image, _filters(specs)), attrs)


def image(image, spec, **attrs):
    """Wagtail's <img> of one rendition. Looked up as picture() does, through get_renditions():
    Wagtail's own image() asks get_rendition(), which writes a prefetched rendition to the cache
    again on every render."""
    if not image:
        return ""
    (rendition,) = get_renditions_or_not_found(image, _filters(spec)).values()
    return rendition.img_tag(attrs)


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


@pass_context
def post_structured_data(context):
    """The post's JSON-LD graph, ready to go inside <script type="application/ld+json">."""
    request = context["request"]
    graph = PostGraph(
        request,
        context["page"],
        citations=context["citations"],
        blog_index=context.get("blog_index"),
        site_name=site_name(request),
        publisher=PublisherSettings.for_request(request),
    )
    return script_json(graph.build())


@pass_context
def social_meta(context, page, topic, canonical_url):
    """What the OpenGraph and X (Twitter) card tags say of the page, post or listing shown."""
    request = context["request"]
    publisher = PublisherSettings.for_request(request)
    image, image_alt = share_image(request, page, publisher)
    is_post = isinstance(page, BlogPage)
    if topic:
        title, description = topic.heading, topic.description
    else:
        title = page.seo_title or page.title
        description = page.search_description or (page.intro if is_post else strip_tags(page.intro))
    handle = publisher.social_handle.lstrip("@")
    return {
        "site_name": site_name(request),
        "type": "article" if is_post else "website",
        "title": title,
        "description": " ".join(str(description or "").split()),
        "url": canonical_url,
        "image": image,
        "image_alt": image_alt,
        "locale": og_locale(),
        "post": page if is_post else None,
        "social_handle": f"@{handle}" if handle else "",
    }


def reference_label(number):
    """The accessible name of a citation marker."""
    return gettext("Reference %(number)s") % {"number": number}


class BlogExtension(Extension):
    def __init__(self, environment):
        super().__init__(environment)
        environment.globals.update(
            picture=picture,
            image=image,
            routablepageurl=pass_context(routablepageurl),
            citation_markers=citation_markers,
            embed_html=embed_html,
            reference_label=reference_label,
            format_reference=format_reference,
            post_structured_data=post_structured_data,
            social_meta=social_meta,
            comments_label=comments_label,
            authors_heading=authors_heading,
        )
        # Escapes the text, then breaks its lines, as in Django's engine.
        environment.filters["linebreaksbr"] = linebreaksbr
        environment.filters["richtext_html"] = richtext_html


blog = BlogExtension
