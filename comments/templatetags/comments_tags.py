from django import template

from zebramedic.jinja2 import render as render_jinja

from ..comment_list import comment_list
from ..form_markup import comment_form
from ..ids import parse_id
from ..models import DiscussionSettings
from ..selectors import NEWEST, OLDEST, approved_counts, thread_for_request
from ..views import comments_open

register = template.Library()


@register.simple_tag
def comment_counts(posts):
    """{post id: approved comments} for a page of posts, in one query."""
    return approved_counts(list(posts))


@register.filter
def count_for(counts, post):
    return (counts or {}).get(post.pk, 0)


@register.simple_tag(takes_context=True)
def comments_section(context, post, thread=None):
    """The Comentários section of a post: the thread page asked for, and the form (printed by
    Jinja2: templates/jinja2/comments/section.html)."""
    request = context["request"]
    discussion = DiscussionSettings.for_request(request)
    thread = thread or thread_for_request(request, post)
    reply_to = parse_id(request.GET.get("reply-to", ""))
    replying_to = None
    if reply_to is not None:  # only then are the page's comments needed before the cached list
        replying_to = next((node.comment for node in thread.nodes if node.comment.pk == reply_to), None)
    is_open = comments_open(post, discussion)
    user = context.get("user")
    values = {
        "post": post,
        "thread": thread,
        # Only a page with comments shows the list.
        "comment_list": comment_list(request, post, thread, discussion, user) if thread.total else "",
        "comment_form": comment_form(request, post, discussion, user, replying_to) if is_open else "",
        "is_open": is_open,
        "replying_to": replying_to,
        "user": user,
        "orders": (OLDEST, NEWEST),
        "discussion": discussion,
    }
    return render_jinja("comments/section.html", values, request)
