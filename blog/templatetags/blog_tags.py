from django import template

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
