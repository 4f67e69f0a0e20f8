from django import template
from django.utils.html import strip_tags

from blog.models import BlogPage, PublisherSettings
from blog.post_cards import post_cards as render_post_cards
from blog.references import format_reference as format_reference_value
from blog.sites import site_name
from blog.structured_data import PostGraph, og_locale, script_json, share_image

register = template.Library()


@register.simple_tag(takes_context=True)
def post_cards(context, posts, comment_totals):
    """The cards of a listing page (blog/post_cards.py), linking topics through the blog index."""
    return render_post_cards(context["request"], context["blog_index"], posts, comment_totals)


@register.filter
def format_reference(value):
    return format_reference_value(value)


@register.simple_tag(takes_context=True)
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


@register.inclusion_tag("blog/includes/social_meta.html", takes_context=True)
def social_meta(context):
    """OpenGraph and X (Twitter) card tags for the page, post or listing being shown."""
    request, page, topic = context["request"], context.get("page"), context.get("topic")
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
        "url": context.get("canonical_url"),
        "image": image,
        "image_alt": image_alt,
        "locale": og_locale(),
        "post": page if is_post else None,
        "social_handle": f"@{handle}" if handle else "",
    }
