"""How long a post takes to read, from the words of its introduction and body text.

Counting works on the body's raw JSON rather than its blocks: turning image or page-chooser blocks
into Python objects queries the database, and post cards show the reading time of every post in a
listing.
"""

import html
import math
import re

from django.utils.html import strip_tags

WORDS_PER_MINUTE = 200
WORD = re.compile(r"\w+(?:[-'’]\w+)*")
# Block-level tags separate words ("</p><p>"); inline ones may sit inside a word ("<b>Dor</b>es").
BLOCK_TAG = re.compile(r"</?(?:p|li|ul|ol|h[1-6]|br|div|blockquote)\b[^>]*>", re.IGNORECASE)

# The fields of each body block that readers read as running text. Images, embeds and settings
# such as a heading's level or anchor are left out.
TEXT_FIELDS = {
    "heading": ("text",),
    "paragraph": None,  # the value is the rich text itself
    "key_points": ("title", ("items", ("lead", "text"))),
    "research_findings": ("title", ("findings", ("label", "text"))),
    "callout": ("title", "text"),
    "quote": ("quote",),
    "call_to_action": ("heading", "text"),
}


def _list_items(raw_list):
    """The item values of a ListBlock in either of its stored shapes (plain, or type/value/id)."""
    for item in raw_list or ():
        if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
            yield item["value"]
        else:
            yield item


def _texts(value, fields):
    if fields is None:
        yield value
        return
    if not isinstance(value, dict):
        return
    for field in fields:
        if isinstance(field, tuple):
            name, item_fields = field
            for item in _list_items(value.get(name)):
                yield from _texts(item, item_fields)
        else:
            yield value.get(field)


def body_texts(raw_body):
    """The running text of a body's stored blocks, tags and entities removed, in reading order."""
    for block in raw_body or ():
        fields = TEXT_FIELDS.get(block.get("type"), ())
        for text in _texts(block.get("value"), fields):
            if isinstance(text, str) and text:
                yield html.unescape(strip_tags(BLOCK_TAG.sub(" ", text)))


def count_words(*texts):
    return sum(len(WORD.findall(text or "")) for text in texts)


def minutes_to_read(words):
    """Whole minutes at WORDS_PER_MINUTE, rounded to the nearest minute, never less than one."""
    return max(1, math.floor(words / WORDS_PER_MINUTE + 0.5))


def minutes_for_post(intro, raw_body):
    """A post's reading time from its introduction and the stored JSON of its body."""
    return minutes_to_read(count_words(intro, *body_texts(raw_body)))
