"""Shared pieces of the property-based tests: one Hypothesis profile, the input strategies, the budget.

Runs are deterministic (derandomize: the same inputs on every run and machine) and write no
example database. Each property counts the examples it really ran and checks the count against
its share of BUDGET, so the suite cannot quietly test less than it claims.
"""

from urllib.parse import quote, quote_from_bytes

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.xss_corpus import VECTORS

# Generated inputs per property; together at least 2,000 on every run.
BUDGET = {
    "comment_form": 550,
    "search": 450,
    "listings": 300,
    "post_page": 120,  # the most expensive page to render: a post with its comments
    "feeds": 230,
    "api": 400,
}


def fuzz_settings(name):
    return settings(
        max_examples=BUDGET[name],
        derandomize=True,
        database=None,
        deadline=None,
        # Each property is an inner function of a test, sharing its database and client on purpose.
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )


def run_counted(name, prop):
    """Run a @given property and check that it saw its whole share of the budget."""
    seen = []
    prop(seen)
    assert len(seen) >= BUDGET[name], f"{name}: {len(seen)} of {BUDGET[name]} examples ran"


# Values that have broken parsers before: numbers in other scripts, huge and signed numbers,
# NUL and other control characters, header breaks, markup.
AWKWARD = [
    "",
    " ",
    "\x00",
    "1\x00",
    "a\x00b",
    "²",
    "١٢",
    "１",
    "Ⅻ",
    "-1",
    "0",
    "+1",
    " 7 ",
    "1_000",
    "1e3",
    "1.5",
    "0x10",
    "9" * 19,
    "9" * 40,
    "9" * 5000,
    "NaN",
    "inf",
    "null",
    "[]",
    "{}",
    "../../etc/passwd",
    "\\",
    "//evil.example",
    "\r\nBcc: victim@example.org",
    "\ufffd",
    "\u202e",
    "\U0001f600",
    "x" * 5000,
    "%00",
    "%FF",
    "oldest",
    "newest",
    "2026",
    "01",
]

# Digits of other scripts: some pass str.isdigit() and fail int() (superscripts, circled), some
# pass both (Arabic-Indic, fullwidth); huge numbers overflow PostgreSQL's bigint.
OTHER_DIGITS = ["²", "³¹", "①", "₂", "٣", "١٢", "１２", "𝟚", "߁", "፩"]
numberish = st.one_of(
    st.sampled_from(OTHER_DIGITS),
    st.integers().map(str),
    st.integers(min_value=2**63 - 8, max_value=10**30).map(str),
    st.text(alphabet=st.characters(categories=["Nd", "No", "Nl"]), min_size=1, max_size=4),
)

text_values = st.one_of(
    st.sampled_from(AWKWARD),
    numberish,
    numberish,  # ids, pages and offsets are where parsers break most: twice the weight
    st.sampled_from(VECTORS),
    st.text(max_size=40),
)

# A query-string value as sent on the wire: percent-encoded text, or raw bytes that need not be
# UTF-8 at all (%FF%FE, overlong forms, encoded surrogates).
RAW_BYTES = [b"\xff\xfe", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf8\x88\x80\x80\x80", b"\x00", b"\x80"]
wire_values = st.one_of(
    text_values.map(lambda text: quote(text, safe="")),
    st.sampled_from(RAW_BYTES).map(quote_from_bytes),
    st.binary(max_size=12).map(quote_from_bytes),
)


def query_strings(keys):
    """Query strings where each of keys may appear (once or repeated) with a generated value, plus
    arrays (q[]=), keys without values and parameters nobody asked for."""
    known = st.fixed_dictionaries({}, optional={key: st.lists(wire_values, min_size=1, max_size=2) for key in keys})
    arrays = st.lists(st.tuples(st.sampled_from([f"{key}[]" for key in keys]), wire_values), max_size=1)
    bare = st.lists(st.sampled_from(keys), max_size=1)
    others = st.lists(st.tuples(wire_values, wire_values), max_size=2)

    def encode(parts):
        known, arrays, bare, others = parts
        pairs = [f"{key}={value}" for key, values in known.items() for value in values]
        pairs += [f"{key}={value}" for key, value in [*arrays, *others]]
        return "&".join(pairs + bare)

    return st.tuples(known, arrays, bare, others).map(encode)
