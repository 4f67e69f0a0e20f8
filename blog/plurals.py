"""Labels whose words depend on a number, shared by Django's and Jinja2's templates.

`makemessages` finds `_("...")` in a Jinja2 template but not a plural form, so the templates
ask for these instead of writing ngettext() themselves.
"""

from django.utils.translation import ngettext


def comments_label(total):
    return ngettext("%(counter)s comment", "%(counter)s comments", total) % {"counter": total}


def authors_heading(count):
    return ngettext("About the author", "About the authors", count)
