"""date_formatter() prints exactly what Django's date_format() prints, in every language we ship."""

import datetime
import zoneinfo

import pytest
from django.utils import translation
from django.utils.formats import date_format

from zebramedic.dates import date_formatter

SAO_PAULO = zoneinfo.ZoneInfo("America/Sao_Paulo")
MOMENTS = [
    datetime.datetime(2026, 1, 1, 0, 0, tzinfo=SAO_PAULO),
    datetime.datetime(2026, 3, 4, 9, 5, tzinfo=SAO_PAULO),
    datetime.datetime(2026, 11, 7, 21, 29, 29, 15527, tzinfo=SAO_PAULO),
    datetime.datetime(2026, 12, 31, 12, 0, tzinfo=datetime.UTC),
    datetime.datetime(2024, 2, 29, 23, 59, tzinfo=SAO_PAULO),
]
FORMATS = ["DATETIME_FORMAT", "DATE_FORMAT", "SHORT_DATETIME_FORMAT", "YEAR_MONTH_FORMAT", "MONTH_DAY_FORMAT"]


@pytest.mark.parametrize("language", ["pt-br", "en"])
@pytest.mark.parametrize("format_name", FORMATS)
def test_the_same_text_as_djangos_date_format(language, format_name):
    with translation.override(language):
        formatted = date_formatter(format_name)
        for moment in MOMENTS:
            assert formatted(moment) == date_format(moment, format_name)
            assert same_outcome(formatted, moment.date(), format_name)


def same_outcome(formatted, day, format_name):
    """The same text for a date, or the same refusal where the format has a time of day."""
    try:
        expected = date_format(day, format_name)
    except TypeError:
        with pytest.raises(TypeError):
            formatted(day)
        return True
    return formatted(day) == expected


def test_the_portuguese_comment_date_reads_as_the_page_shows_it():
    with translation.override("pt-br"):
        assert date_formatter("DATETIME_FORMAT")(MOMENTS[2]) == "7 de Novembro de 2026 às 21:29"


def test_a_date_cannot_be_printed_with_a_time_of_day():
    with translation.override("pt-br"), pytest.raises(TypeError, match="time-related"):
        date_formatter("DATETIME_FORMAT")(datetime.date(2026, 3, 4))
