"""Comment text: plain text with a safe Markdown subset, rendered once on the server.

Readers may use emphasis, links, lists and code. Anything else (raw HTML, images, headings,
tables) is shown as the text it is. The result is sanitised with nh3 whatever the parser did.
"""

import nh3
from markdown_it import MarkdownIt

ALLOWED_TAGS = {"p", "br", "em", "strong", "a", "ul", "ol", "li", "code", "pre", "blockquote"}
ALLOWED_ATTRIBUTES = {"a": {"href"}}
LINK_REL = "nofollow ugc noopener"

_parser = MarkdownIt("zero", {"breaks": True, "linkify": True, "html": False}).enable(
    ["emphasis", "link", "list", "backticks", "fence", "code", "blockquote", "newline", "escape", "autolink", "linkify"]
)


def render(text):
    """Markdown subset -> sanitised HTML; links get rel="nofollow ugc noopener"."""
    html = _parser.render(text or "")
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel=LINK_REL,
    )
