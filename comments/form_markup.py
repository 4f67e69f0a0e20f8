"""The comment form at the foot of a post, as a reader first sees it: cached, with its signature put in.

Once the comment list comes from the cache, building the form and printing its widgets through
Django's form renderer was about a fifth of a signed-in reader's post page (4.9 of 21.6 M
instructions). Before anything is typed, the form reads the same to every reader of the post in
one language who is signed in (or to every one who is not) but for three values: the timestamp
xtd signs the form with, the signature itself and a signed-in reader's name. The cached markup
holds a mark for each, and each request puts in its own (filled()): a comment is still checked
against a timestamp and signature made when the reader's page was, so a form is as fresh as it
was before (MIN_SECONDS_TO_WRITE and MAX_FORM_AGE_SECONDS count from the page's request).

A stored form names the comment length limit and the digest of the code and templates it was
printed with, and is used only while both are current: changing the site's limit or releasing a
new form never shows the old one. A form that replies to a comment is printed afresh, and so is
every form where fragments are not cached (previews, and the benchmark's cold server). The form
sent back with errors is a page of its own (comments/views.py), also printed afresh.
"""

import functools
import hashlib
import re
from pathlib import Path

import django
from django.core.cache import cache
from django.template import engines
from django.utils.translation import get_language
from markupsafe import Markup, escape

from blog.page_cache import fragment_seconds
from zebramedic.jinja2 import render as render_jinja

from .forms import CommentForm
from .models import commenter_name

TEMPLATE = "comments/form.html"
# A NUL cannot come from anything a reader sends (Django's form fields refuse it), nor from the
# form's own labels: these marks are found only where the form put them.
TIMESTAMP_MARK = "\x00zm-form-timestamp\x00"
HASH_MARK = "\x00zm-form-hash\x00"
NAME_MARK = "\x00zm-commenter\x00"
_MARKS = re.compile("|".join(re.escape(mark) for mark in (TIMESTAMP_MARK, HASH_MARK, NAME_MARK)))


def comment_form(request, post, discussion, user, replying_to=None):
    """The markup of the form of a post's Comentários section for this reader."""
    signed_in = bool(user and user.is_authenticated)
    seconds = fragment_seconds(request)
    if replying_to is not None or not seconds:
        initial = {"reply_to": replying_to.pk} if replying_to is not None else {}
        commenter = commenter_name(user) if signed_in else None
        return _render(CommentForm(post, initial=initial, discussion=discussion), user, replying_to, commenter)
    key = cache_key(post, signed_in)
    made_under = (discussion.max_length, code_digest())
    cached = cache.get(key)
    if cached is not None and cached["made_under"] == made_under:
        markup = cached["html"]
    else:
        markup = str(_render(_marked_form(post, discussion), user, None, Markup(NAME_MARK)))
        cache.set(key, {"html": markup, "made_under": made_under}, seconds)
    return filled(markup, post, user if signed_in else None)


def cache_key(post, signed_in):
    """Where comment_form() keeps the blank form of `post` in the active language."""
    return f"comments:form:{post.pk}:{get_language()}:{'reader' if signed_in else 'anonymous'}"


def filled(markup, post, user=None):
    """Stored markup with this request's timestamp and signature, and the signed-in reader's name."""
    security = CommentForm.security_data(post)
    values = {
        TIMESTAMP_MARK: security["timestamp"],
        HASH_MARK: security["security_hash"],
        # Escaped as Jinja2 escapes the name where it prints it itself.
        NAME_MARK: str(escape(commenter_name(user))) if user is not None else "",
    }
    # One pass: whatever a value holds is never searched for marks again.
    return Markup(_MARKS.sub(lambda found: values[found.group()], markup))


def _marked_form(post, discussion):
    form = CommentForm(post, discussion=discussion)
    # Read by the bound fields when they print, which none has done yet.
    form.initial.update(timestamp=TIMESTAMP_MARK, security_hash=HASH_MARK)
    return form


def _render(form, user, replying_to, commenter):
    values = {"form": form, "user": user, "replying_to": replying_to, "commenter": commenter}
    return render_jinja(TEMPLATE, {**values, "post": form.target_object})


@functools.cache
def code_digest():
    """A digest of what the form's markup is made from: its form class, its templates and Django
    (whose widget templates print the fields). A release that changes any of them changes it."""
    env = engines["jinja2"].env
    digest = hashlib.sha256(django.__version__.encode())
    digest.update(Path(__file__).with_name("forms.py").read_bytes())
    for name in (TEMPLATE, "comments/field.html", "comments/error_summary.html"):
        source, _filename, _uptodate = env.loader.get_source(env, name)
        digest.update(source.encode())
    return digest.hexdigest()[:16]
