"""Finds what a page would run or load that our templates did not put there.

Used by the bad-input tests: whatever a reader typed, the page must hold no element that runs
script, no event-handler attribute and no script-bearing address. Our own markup has two kinds of
script element only: files under /static/ and the JSON-LD block.
"""

import re

from bs4 import BeautifulSoup

# Elements that run script, load another document or change how the page is parsed; none of our
# templates uses them, so finding one means a reader's text became markup.
FOREIGN_ELEMENTS = {
    "applet",
    "audio",
    "base",
    "embed",
    "frame",
    "frameset",
    "iframe",
    "isindex",
    "keygen",
    "marquee",
    "math",
    "object",
    "plaintext",
    "svg",
    "template",
    "video",
    "xmp",
}
URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "background", "poster", "srcset"}
SCRIPT_SCHEME = re.compile(r"^(?:javascript|vbscript|data):")
# Browsers ignore ASCII whitespace and control characters inside a scheme ("java\tscript:").
IGNORED_IN_SCHEME = re.compile(r"[\x00-\x20\x7f]+")


def parse(content):
    return BeautifulSoup(content, "html.parser")


def _our_script(tag):
    src = tag.get("src")
    if src is not None:
        return src.startswith("/static/")
    # JSON data blocks (JSON-LD, the admin's configuration) are never run by a browser.
    return tag.get("type") in ("application/ld+json", "application/json")


def injected(content):
    """Descriptions of every piece of the page that could run script; [] when there is none."""
    soup = content if isinstance(content, BeautifulSoup) else parse(content)
    problems = []
    for tag in soup.find_all(True):
        name = tag.name.lower()
        if name in FOREIGN_ELEMENTS:
            problems.append(f"<{name}> element")
        if name == "script" and not _our_script(tag):
            problems.append(f"script element: {str(tag)[:80]}")
        if name == "meta" and tag.get("http-equiv", "").lower() == "refresh":
            problems.append("meta refresh")
        for attribute, value in tag.attrs.items():
            attribute = attribute.lower()
            text = " ".join(value) if isinstance(value, list) else str(value)
            if attribute.startswith("on"):
                problems.append(f"<{name} {attribute}=…>")
            if attribute == "srcdoc":
                problems.append(f"<{name} srcdoc>")
            if attribute in URL_ATTRIBUTES and SCRIPT_SCHEME.match(IGNORED_IN_SCHEME.sub("", text).lower()):
                problems.append(f"<{name} {attribute}={text[:60]!r}>")
            if attribute == "style" and re.search(r"expression\(|javascript:|url\(", text, re.IGNORECASE):
                problems.append(f"<{name} style={text[:60]!r}>")
    return problems


def field_value(soup, field_id):
    """What a form field shows, whitespace-normalised: an input's value or a textarea's text."""
    field = soup.select_one(f"#{field_id}")
    if field is None:
        return None
    value = field.text if field.name == "textarea" else field.get("value", "")
    return normalised(value)


def normalised(text):
    return " ".join(text.split())
