"""A <picture> of renditions in several formats, with the bytes Wagtail's Picture prints.

A listing's ten cards each show a picture of six renditions (three formats, two sizes). Wagtail's
Picture asks the storage for each rendition's address once more for the fallback <img>, and
prints each attribute through Django's flatatt(), a format_html() call per attribute: about
160 µs a card in one process, a tenth of a cold listing page. Here each address is asked for
once and the attributes are escaped as flatatt() escapes them, sorted as it sorts them;
tests/blog/test_image_functions.py compares the output with Wagtail's for every way the site's
templates call it. Grouping by format and choosing the fallback are Picture's own; renditions of
one format are left to Wagtail, which prints them differently.
"""

from django.apps import apps
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe
from wagtail.images.models import Picture


def picture_html(renditions, attrs):
    """What Picture(renditions, attrs).__html__() prints; `renditions` as get_renditions() gives them."""
    picture = Picture(renditions, attrs)  # groups them by format and picks the fallback, as it prints
    if not picture.formats:
        return picture.__html__()
    fallback = picture.get_fallback_format()
    addressed = {name: [(rendition, rendition.url) for rendition in group] for name, group in picture.formats.items()}
    parts = ["<picture>"]
    for fmt in Picture.source_format_order:
        if fmt.name != fallback and fmt.name in addressed:
            source = {"srcset": _srcset(addressed[fmt.name]), "sizes": attrs.get("sizes"), "type": fmt.mime_type}
            parts.append(f"<source{_attributes(source)}>")
    first, first_url = addressed[fallback][0]
    img = {"src": first_url, "width": first.width, "height": first.height, "alt": first.alt}
    img.update(apps.get_app_config("wagtailimages").default_attrs)
    img.update(attrs)
    if len(addressed[fallback]) > 1:
        img["srcset"] = _srcset(addressed[fallback])
    parts.append(f"<img{_attributes(img)}></picture>")
    return mark_safe("".join(parts))  # noqa: S308 - every attribute is escaped by _attributes()


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
