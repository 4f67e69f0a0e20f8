"""The Jinja2 environment of templates/jinja2/: Django's translations, URLs, static files and dates.

Jinja2 prints the hot parts of the public pages (a post's article and head, its comments, the
listing cards, the body blocks); Django's engine still renders the page around them and
everything else. The names here are the Django tags those templates replace, so both engines
print the same text: strings are marked as `_("...")`, which `makemessages` finds in either kind
of template, and translated through Django's catalogues.
"""

import jinja2
from django.template import engines
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.safestring import mark_safe
from django.utils.timezone import template_localtime

from .dates import date_formatter


def url(name, *args, **kwargs):
    return reverse(name, args=args or None, kwargs=kwargs or None)


def date(value, format_name="DATE_FORMAT"):
    """Django's |date filter: a format name or a format string, in the active language and time zone."""
    return date_formatter(format_name)(template_localtime(value)) if value else ""


def render(name, values, request=None):
    """templates/jinja2/`name` as markup a Django template or response can print as it is."""
    rendered = engines["jinja2"].get_template(name).render(values, request)
    return mark_safe(rendered)  # noqa: S308 - escaped by Jinja2's autoescape


def environment(**options):
    extensions = ["jinja2.ext.i18n", *options.pop("extensions", [])]
    env = jinja2.Environment(extensions=extensions, **options)
    env.install_gettext_callables(translation.gettext, translation.ngettext, newstyle=False)
    from blog.page_cache import csrf_field  # an engine is made once Django's apps are ready

    # Every form printed by these templates carries the page's one token (blog.page_cache).
    env.globals.update(url=url, static=static, get_language=translation.get_language, csrf_field=csrf_field())
    env.filters["date"] = date
    return env
