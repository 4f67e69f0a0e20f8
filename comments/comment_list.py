"""The list of a thread page's comments: rendered by Jinja2, and cached for the readers who share it.

A page of the thread looks the same to every reader but the authors of its comments, who see an
Edit link on their own while it can still be changed. The cached list therefore carries the ids of
the signed-in authors on it: one cache read tells whether this reader may share it, where asking
the database cost a query on every signed-in request. An author gets the list rendered for them,
and a list rendered for an author is never stored.

Any change to a comment or a like on the post moves its page generation. A stored list names the
generation and the depth of replies it was rendered under and is shown only while both are
current, so that the page can read the generation, the list and its own fragments in one round
trip (cache_keys()); the rest of what the markup depends on (page, order, language) is in the key.
"""

import functools

from django.core.cache import cache
from django.urls import reverse
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from blog.page_cache import fragment_seconds, page_generation, page_generation_key
from zebramedic.jinja2 import render as render_jinja

from .display import action_labels, shown_comments
from .views import edit_token_for


def comment_list(request, post, thread, discussion, user):
    """The markup of the thread page's comments for this reader."""
    seconds = fragment_seconds(request)
    key = _key(post, thread) if seconds else None
    reader = user.pk if user and user.is_authenticated else None
    # Read before the comments are: a change committed while they render leaves the list out of date.
    made_under = (page_generation(post.pk), discussion.max_depth) if key else None
    cached = cache.get(key) if key else None
    if cached is not None and cached["made_under"] == made_under and reader not in cached["authors"]:
        return mark_safe(cached["html"])  # noqa: S308 - rendered by render() below
    html = render(shown_comments(thread.nodes, discussion.max_depth, functools.partial(edit_url, user, discussion)))
    if key:
        authors = {node.comment.user_id for node in thread.nodes if node.comment.user_id}
        if reader not in authors:
            cache.set(key, {"html": str(html), "authors": authors, "made_under": made_under}, seconds)
    return html


def cache_keys(post, thread):
    """What comment_list() reads of the cache for this page of the thread, to read it ahead."""
    return [page_generation_key(post.pk), _key(post, thread)]


def render(comments):
    """Nested lists from the flat list of comments/display.py.

    With Django's engine this loop cost about 100 µs of CPU per comment, most of a post page's
    rendering once it shows dozens of comments; Jinja2 compiles the template to Python and prints
    the same markup in a fraction of that. Jinja2 escapes every value, as Django's engine does.
    """
    values = {"comments": comments, "labels": action_labels()}
    return render_jinja("comments/comment_list.html", values)  # no request: the markup is shared


def edit_url(user, discussion, comment):
    """The edit link on a signed-in reader's own comment while it can still be changed, else ""."""
    if not (user and user.is_authenticated and comment.user_id == user.pk and discussion):
        return ""
    if not comment.can_be_edited(discussion):
        return ""
    return reverse("comments:edit", args=[edit_token_for(comment)])


def _key(post, thread):
    return f"comments:list:{post.pk}:{thread.page.number}:{thread.order}:{get_language()}"
