"""The blog's Django template tags: most of them hand a part of the page to Jinja2 (templates/jinja2/).

A post's head and article are printed by Jinja2 from the names listed here, so that what each
part reads of the page's context is written down in one place; `{% jinja %}` lets a Django
template include a partial that Jinja2 prints for other pages too.
"""

from django import template

from blog.models import PublisherSettings
from blog.post_cards import post_cards as render_post_cards
from zebramedic.jinja2 import render as render_jinja

register = template.Library()

# What a post's head and article read of the page's context (BlogPage.get_context() and the
# context processors); "thread" is the page of comments the byline counts.
POST_CONTEXT = ("page", "blog_index", "citations", "cite", "feeds", "canonical_url", "site_name")
ARTICLE_CONTEXT = (*POST_CONTEXT, "related_posts", "previous_post", "next_post")


def _post_values(context, names):
    values = {name: context.get(name) for name in names}
    # Loads the post's authors, conditions, tags, images and embeds in their few queries, before
    # anything reads them; a preview has them in memory and names none.
    relations = context.get("post_relations")
    values["embeds"] = relations() if callable(relations) else relations
    values["publisher"] = PublisherSettings.for_request(context["request"])
    return values


@register.simple_tag(takes_context=True)
def post_head(context):
    """A post's links, sharing tags and structured data, for the page's <head>."""
    return render_jinja("blog/post_head.html", _post_values(context, POST_CONTEXT), context["request"])


@register.simple_tag(takes_context=True)
def post_article(context, thread):
    """A post's <article>, with `thread`, the page of its comments whose total the byline shows."""
    values = {**_post_values(context, ARTICLE_CONTEXT), "thread": thread}
    return render_jinja("blog/post_article.html", values, context["request"])


@register.simple_tag(takes_context=True)
def jinja(context, name, **values):
    """Jinja2's partial `name` with the whole context and `values`, as {% include %} would give it."""
    return render_jinja(name, {**context.flatten(), **values}, context.get("request"))


@register.simple_tag(takes_context=True)
def post_cards(context, posts, comment_totals):
    """The cards of a listing page (blog/post_cards.py), linking topics through the blog index."""
    return render_post_cards(context["request"], context["blog_index"], posts, comment_totals)
