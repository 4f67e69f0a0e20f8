"""Many dates to a page in one of the active language's formats, with the format read once.

django.utils.dateformat.format() splits its format string with two regular expressions for every
date it prints: about 12 of the 17 µs it takes for a comment's date and time. A page of comments
prints dozens of dates in one format, so date_formatter() splits the format once, and each date
then only runs Django's own formatter methods ("j", "F", "Y", ...), giving the same text.
"""

import datetime
import functools

from django.utils.dateformat import DateFormat, TimeFormat, re_escaped, re_formatchars
from django.utils.dateformat import format as format_date
from django.utils.formats import get_format


def date_formatter(format_name):
    """A function printing a date or datetime as Django's date_format(value, format_name) does,
    in the language active now; datetimes are printed as they are (localise them first)."""
    format_string = str(get_format(format_name))
    pieces, tells_time = _parsed(format_string)

    def formatted(value):
        if tells_time and type(value) is datetime.date:
            return format_date(value, format_string)  # Django's error: a date has no time of day
        formatter = DateFormat(value)
        return "".join(str(getattr(formatter, piece)()) if is_specifier else piece for is_specifier, piece in pieces)

    return formatted


@functools.lru_cache(maxsize=64)  # a few formats per language
def _parsed(format_string):
    """(((is a specifier, the specifier or the literal text), ...), whether it prints a time of
    day), as Formatter.format() reads the format."""
    pieces = []
    for index, piece in enumerate(re_formatchars.split(format_string)):
        if index % 2:
            pieces.append((True, piece))
        elif piece:
            pieces.append((False, re_escaped.sub(r"\1", piece)))
    tells_time = any(is_specifier and hasattr(TimeFormat, piece) for is_specifier, piece in pieces)
    return tuple(pieces), tells_time
