"""Embedded media for posts, looked up together rather than one query per embed block."""

from wagtail.embeds import embeds
from wagtail.embeds.exceptions import EmbedException
from wagtail.embeds.finders import get_finders
from wagtail.embeds.models import Embed


def embeddable(url):
    """Whether a provider Wagtail knows can embed url; other addresses are shown as links."""
    return any(finder.accept(url) for finder in get_finders())


def stored_embeds(urls):
    """The embeds Wagtail already fetched and stored for these addresses, by address."""
    hashes = {embeds.get_embed_hash(url): url for url in urls}
    if not hashes:
        return {}
    return {hashes[embed.hash]: embed for embed in Embed.objects.filter(hash__in=hashes)}


def embed_html(url, known=None):
    """The provider's HTML for url, or "" when no provider can embed it (the template shows a link)."""
    embed = (known or {}).get(url)
    if embed is None:
        if known is not None and not embeddable(url):
            # Not among the stored embeds, and no provider would embed it: Wagtail would look it
            # up in the database again on every render, then give up.
            return ""
        try:
            embed = embeds.get_embed(url)
        except EmbedException:
            return ""
    return embed.html
