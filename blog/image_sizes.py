"""The image sizes the reader-facing templates ask for, in Wagtail's filter spec syntax.

generate_renditions makes them ahead of time, and the page queries prefetch only these
renditions of an image: a featured image has some twenty renditions (post, card and sharing
sizes), and loading them all for every card of a listing cost more than the rest of the card.
tests/blog/test_renditions.py fails when a template asks for a size that is not here.
"""

from wagtail.images.models import Filter

POST_IMAGE_SPECS = "format-{avif,webp,jpeg} width-{480,800,1200}"  # blog_page.html, blocks/figure.html
CARD_SPECS = "format-{avif,webp,jpeg} fill-{400x225,800x450}"  # blog/post_cards.py
PORTRAIT_SPECS = "fill-96x96"  # includes/author_bios.html
# blog/structured_data.py: link previews and JSON-LD.
SHARE_RENDITION = "fill-1200x630"  # the 1.91:1 size OpenGraph and X cards display best
LOGO_RENDITION = "max-600x60"  # within the bounds search engines ask of a publisher logo


def expand(*specs):
    """The single filter specs (as renditions store them) of brace patterns such as CARD_SPECS."""
    return [spec for pattern in specs for spec in Filter.expand_spec(pattern)]
