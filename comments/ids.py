"""Ids read from what a browser sent.

str.isdigit() is true for "²" and "①", which int() refuses, so a check with it alone turns such
input into a 500. An id here is ASCII digits only, short enough for PostgreSQL's bigint.
"""

MAX_ID_DIGITS = 18


def parse_id(value):
    """The non-negative integer value stands for, or None ("12" -> 12; "²", "-1", " 1", "1e3" -> None)."""
    text = str(value)
    if text.isascii() and text.isdigit() and len(text) <= MAX_ID_DIGITS:
        return int(text)
    return None
