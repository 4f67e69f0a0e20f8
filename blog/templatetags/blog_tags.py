from django import template
from django.utils.safestring import mark_safe

from blog.embeds import embed_html as provider_html
from blog.references import format_reference as format_reference_value

register = template.Library()


@register.simple_tag(takes_context=True)
def citation_markers(context, finding_id):
    """The numbered markers of one finding, or None when rendered outside a post (block preview)."""
    citations = context.get("citations")
    return citations.markers_for(finding_id) if citations else None


@register.filter
def format_reference(value):
    return format_reference_value(value)


@register.simple_tag(takes_context=True)
def embed_html(context, url):
    """The embed's HTML, from the post's preloaded embeds when there are some."""
    # The provider's markup is what Wagtail's own embed tag outputs too.
    return mark_safe(provider_html(url, context.get("embeds")))
