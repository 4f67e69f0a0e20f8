"""A <picture> of renditions in several formats, with the bytes Wagtail's Picture prints.

A listing's ten cards each show a picture of six renditions (three formats, two sizes). Wagtail's
Picture asks the storage for each rendition's address once more for the fallback <img>, and
prints each attribute through Django's flatatt(), a format_html() call per attribute: about
160 µs a card in one process, a tenth of a cold listing page. Here each address is asked for
once and the attributes are escaped as flatatt() escapes them, sorted as it sorts them;
tests/blog/test_image_functions.py compares the output with Wagtail's for every way the site's
templates call it. Renditions of one format are left to Wagtail, which prints them differently.
"""

from django.apps import apps
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.images.models import FormatOperation, Picture

SOURCE_ORDER = Picture.source_format_order  # the order of the <source>s; the last one present is the <img>


def picture_html(renditions, attrs):
    """What Picture(renditions, attrs).__html__() prints; `renditions` as get_renditions() gives them."""
    formats = _by_format(renditions)
    if len(formats) < 2:
        return Picture(renditions, attrs).__html__()
    present = [fmt for fmt in SOURCE_ORDER if fmt.name in formats]
    *sources, fallback = present
    parts = ["<picture>"]
    for fmt in sources:
        source = {"srcset": _srcset(formats[fmt.name]), "sizes": attrs.get("sizes"), "type": fmt.mime_type}
        parts.append(f"<source{_attributes(source)}>")
    fallback_renditions = formats[fallback.name]
    first, first_url = fallback_renditions[0]
    img = {"src": first_url, "width": first.width, "height": first.height, "alt": first.alt}
    img.update(apps.get_app_config("wagtailimages").default_attrs)
    img.update(attrs)
    if len(fallback_renditions) > 1:
        img["srcset"] = _srcset(fallback_renditions)
    parts.append(f"<img{_attributes(img)}></picture>")
    return mark_safe("".join(parts))  # noqa: S308 - every attribute is escaped by _attributes()


def _by_format(renditions):
    """{format name: [(rendition, its address)]}, grouped as Picture.get_formats() groups them."""
    formats = {}
    for spec, rendition in renditions.items():
        for name in FormatOperation.supported_formats:
            if f"format-{name}" in spec:
                formats.setdefault(name, []).append(rendition)
                break
    if len(formats) < 2:
        return formats
    return {name: [(rendition, rendition.url) for rendition in group] for name, group in formats.items()}


def _srcset(renditions):
    if len(renditions) == 1:
        return renditions[0][1]
    return ", ".join(f"{url} {rendition.width}w" for rendition, url in renditions)


def _attributes(attrs):
    """Django's flatatt(): valued attributes sorted, then true booleans sorted; None and False left out."""
    valued = sorted((key, value) for key, value in attrs.items() if value is not None and not isinstance(value, bool))
    flags = sorted(key for key, value in attrs.items() if value is True)
    escape = conditional_escape
    return "".join(f' {escape(key)}="{escape(value)}"' for key, value in valued) + "".join(
        f" {escape(key)}" for key in flags
    )
