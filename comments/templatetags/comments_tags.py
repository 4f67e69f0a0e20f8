import functools

from django import template
from django.template import engines
from django.urls import reverse
from django.utils.functional import SimpleLazyObject
from django.utils.safestring import mark_safe

from blog.page_cache import CSRF_SENTINEL, fragment_seconds, page_generation

from ..display import action_labels, shown_comments
from ..forms import CommentForm
from ..ids import parse_id
from ..models import DiscussionSettings
from ..selectors import NEWEST, OLDEST, approved_counts, thread_page
from ..views import comments_open, edit_token_for

register = template.Library()


@register.simple_tag(takes_context=True)
def comment_thread(context, post):
    """The page of the post's thread the request asks for; load it once, show it where needed."""
    request = context["request"]
    order = NEWEST if request.GET.get("comments-order") == NEWEST else OLDEST
    return thread_page(post, request.GET.get("comments-page"), order)


@register.simple_tag
def comment_counts(posts):
    """{post id: approved comments} for a page of posts, in one query."""
    return approved_counts(list(posts))


@register.filter
def count_for(counts, post):
    return (counts or {}).get(post.pk, 0)


@register.inclusion_tag("comments/section.html", takes_context=True)
def comments_section(context, post, thread=None):
    """The Comentários section of a post: the thread page asked for, and the form."""
    request = context["request"]
    discussion = DiscussionSettings.for_request(request)
    thread = thread or comment_thread(context, post)
    reply_to = parse_id(request.GET.get("reply-to", ""))
    replying_to = None
    if reply_to is not None:  # only then are the page's comments needed before the cached list
        replying_to = next((node.comment for node in thread.nodes if node.comment.pk == reply_to), None)
    is_open = comments_open(post, discussion)
    form = None
    if is_open:
        initial = {"reply_to": replying_to.pk} if replying_to else {}
        form = CommentForm(post, initial=initial, discussion=discussion)
    user = context.get("user")
    # A reader sees an Edit link on their own comments: their thread is theirs alone. Only a
    # cached list needs to know before rendering.
    seconds = fragment_seconds(request)
    owns_a_comment = bool(seconds) and thread.has_comment_by(user)
    return {
        "request": request,
        "post": post,
        "thread": thread,
        "fragment_seconds": 0 if owns_a_comment else seconds,
        "fragment_reader": user.pk if owns_a_comment else "",
        "page_generation": page_generation(post.pk),
        "form": form,
        "is_open": is_open,
        "replying_to": replying_to,
        "max_depth": discussion.max_depth,
        # Lazy: a list served from the fragment cache never works out what its comments show.
        "comments": SimpleLazyObject(
            lambda: shown_comments(
                thread.nodes, discussion.max_depth, functools.partial(edit_url, user, discussion=discussion)
            )
        ),
        "user": context.get("user"),
        "orders": (OLDEST, NEWEST),
        "discussion": discussion,
    }


@register.simple_tag
def comment_list(comments):
    """A thread page's comments as nested lists, rendered by Jinja2.

    With Django's engine this loop cost about 100 µs of CPU per comment, most of a post page's
    rendering once it shows dozens of comments; Jinja2 compiles the template to Python and prints
    the same markup in a fraction of that. Jinja2 escapes every value, as Django's engine does.
    """
    rendered = (
        engines["jinja2"]
        .get_template("comments/comment_list.html")
        .render({"comments": comments, "labels": action_labels(), "csrf_field": csrf_input()})
    )
    return mark_safe(rendered)  # noqa: S308 - escaped by Jinja2's autoescape


@register.simple_tag
def csrf_input():
    """A CSRF field for cached fragments: the middleware puts each reader's own token in it."""
    return mark_safe(f'<input type="hidden" name="csrfmiddlewaretoken" value="{CSRF_SENTINEL.decode()}">')


def edit_url(user, comment, discussion):
    """The edit link on a signed-in reader's own comment while it can still be changed, else ""."""
    if not (user and user.is_authenticated and comment.user_id == user.pk and discussion):
        return ""
    if not comment.can_be_edited(discussion):
        return ""
    return reverse("comments:edit", args=[edit_token_for(comment)])
