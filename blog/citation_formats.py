"""Citation exports: a post's references as BibTeX, RIS and CSL-JSON, and the post itself in APA 7
and Vancouver.

Everything here is a pure function of reference values (ReferenceBlock StructValues or plain dicts
with the same keys) or of plain post data, so that the formats can be tested without a database.
References are exported in the post's citation order: the order of CitationIndex's numbering.
"""

import datetime
import json
import re
from dataclasses import dataclass

from django.utils.html import format_html

from .references import INITIALS_ONLY, CitationIndex, initials, join_vancouver_names, vancouver_name

# --- Names -------------------------------------------------------------------------------------


def export_given_names(given_names):
    """Given names as reference managers expect them.

    Editors type initials without dots (“RN”, as Vancouver prints them); written out as “R. N.” so
    that BibTeX and CSL processors read two initials rather than a first name “Rn”. Given names
    written in full (“Winfried”, “J.-P.”) are exported as typed.
    """
    given_names = " ".join((given_names or "").split())
    if INITIALS_ONLY.match(given_names) and given_names.isupper():
        return " ".join(f"{letter}." for letter in initials(given_names))
    return given_names


@dataclass(frozen=True)
class ExportAuthor:
    family: str = ""
    given: str = ""
    group: str = ""  # an organisation, written as is


def export_authors(value):
    authors = []
    for author in value.get("authors") or ():
        block_type, author_value = _stream_child(author)
        if block_type == "group":
            name = " ".join((author_value or "").split())
            if name:
                authors.append(ExportAuthor(group=name))
        else:
            family = " ".join((author_value.get("family_name") or "").split())
            if family:
                authors.append(ExportAuthor(family=family, given=export_given_names(author_value.get("given_names"))))
    return authors


def _stream_child(child):
    """(block type, value) of a StreamField child, bound or in its stored {"type", "value"} form."""
    if isinstance(child, dict):
        return child.get("type"), child.get("value")
    return child.block_type, child.value


# --- Reference fields --------------------------------------------------------------------------

PAGE_RANGE_DASH = re.compile(r"\s*[-‐‑‒–—]+\s*")


def _text(value, name):
    """A field as one line of text: exports are line-based, so no stray newlines or tabs."""
    return " ".join(str(value.get(name) or "").split())


def page_range(pages):
    """(first, last) page; last is "" for a single page or article number."""
    first, _, last = PAGE_RANGE_DASH.sub("-", pages, count=1).partition("-")
    return first, last


def _as_date(value):
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def ordered_references(body, references):
    """A post's reference values in its citation order: the first cited first, never-cited last."""
    return [reference.value for reference in CitationIndex(body, references).references]


# --- BibTeX ------------------------------------------------------------------------------------

LATEX_SPECIALS = {
    "\\": r"\textbackslash{}",
    "{": r"\{",
    "}": r"\}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "^": r"\textasciicircum{}",
    "~": r"\textasciitilde{}",
}
LATEX_SPECIAL = re.compile("|".join(re.escape(character) for character in LATEX_SPECIALS))
# DOI and URL are verbatim fields for biblatex: they keep their characters, but a brace would
# still end the field early.
VERBATIM_UNSAFE = {"{": "%7B", "}": "%7D", "\\": "%5C"}


def latex_escape(text):
    return LATEX_SPECIAL.sub(lambda match: LATEX_SPECIALS[match.group()], text)


def _verbatim(text):
    return "".join(VERBATIM_UNSAFE.get(character, character) for character in text)


def bibtex_name(author):
    if author.group:
        # The extra braces keep BibTeX from splitting an organisation into family and given names.
        return "{" + latex_escape(author.group) + "}"
    family = latex_escape(author.family)
    if " and " in f" {author.family} ":
        family = "{" + family + "}"  # “and” would otherwise separate two authors
    return f"{family}, {latex_escape(author.given)}" if author.given else family


def bibtex_entry(value):
    first, last = page_range(_text(value, "pages"))
    authors = export_authors(value)
    accessed = _as_date(value.get("accessed"))
    fields = [
        ("author", " and ".join(bibtex_name(author) for author in authors)),
        ("title", latex_escape(_text(value, "title"))),
        ("journal", latex_escape(_text(value, "container"))),
        ("year", _text(value, "year")),
        ("volume", latex_escape(_text(value, "volume"))),
        ("number", latex_escape(_text(value, "issue"))),
        ("pages", latex_escape(f"{first}--{last}" if last else first)),
        ("doi", _verbatim(_text(value, "doi"))),
        ("pmid", _text(value, "pmid")),
        ("url", _verbatim(_text(value, "url"))),
        ("urldate", accessed.isoformat() if accessed else ""),
    ]
    lines = [f"  {name} = {{{content}}}" for name, content in fields if content]
    return f"@article{{{_text(value, 'key')},\n" + ",\n".join(lines) + "\n}\n"


def to_bibtex(references):
    return "\n".join(bibtex_entry(value) for value in references)


# --- RIS ---------------------------------------------------------------------------------------

RIS_LINE_END = "\r\n"  # the RIS specification's line ending; readers accept plain newlines too


def ris_name(author):
    if author.group:
        return author.group
    return f"{author.family}, {author.given}" if author.given else author.family


def ris_record(value):
    first, last = page_range(_text(value, "pages"))
    container = _text(value, "container")
    accessed = _as_date(value.get("accessed"))
    lines = [("TY", "JOUR"), ("ID", _text(value, "key"))]
    lines += [("AU", ris_name(author)) for author in export_authors(value)]
    lines += [
        ("TI", _text(value, "title")),
        # T2 is the journal title for JOUR records; JO the journal abbreviation. Editors enter the
        # abbreviation Vancouver uses, so both carry it.
        ("T2", container),
        ("JO", container),
        ("PY", _text(value, "year")),
        ("VL", _text(value, "volume")),
        ("IS", _text(value, "issue")),
        ("SP", first),
        ("EP", last),
        ("DO", _text(value, "doi")),
        ("AN", _text(value, "pmid")),
        ("UR", _text(value, "url")),
        ("Y2", accessed.strftime("%Y/%m/%d") if accessed else ""),
    ]
    body = "".join(f"{tag}  - {content}{RIS_LINE_END}" for tag, content in lines if content)
    return body + f"ER  - {RIS_LINE_END}"


def to_ris(references):
    return RIS_LINE_END.join(ris_record(value) for value in references)


# --- CSL-JSON ----------------------------------------------------------------------------------


def csl_name(author):
    if author.group:
        return {"literal": author.group}
    return {"family": author.family, "given": author.given} if author.given else {"family": author.family}


def csl_item(value):
    item = {"id": _text(value, "key"), "type": "article-journal", "title": _text(value, "title")}
    authors = export_authors(value)
    if authors:
        item["author"] = [csl_name(author) for author in authors]
    optional = {
        "container-title": _text(value, "container"),
        "volume": _text(value, "volume"),
        "issue": _text(value, "issue"),
        "page": _text(value, "pages"),
        "DOI": _text(value, "doi"),
        "PMID": _text(value, "pmid"),
        "URL": _text(value, "url"),
    }
    item.update({name: content for name, content in optional.items() if content})
    if value.get("year"):
        item["issued"] = {"date-parts": [[int(value["year"])]]}
    accessed = _as_date(value.get("accessed"))
    if accessed:
        item["accessed"] = {"date-parts": [[accessed.year, accessed.month, accessed.day]]}
    return item


def to_csl_json(references):
    return json.dumps([csl_item(value) for value in references], ensure_ascii=False, indent=2) + "\n"


# --- The downloads -----------------------------------------------------------------------------


@dataclass(frozen=True)
class ExportFormat:
    extension: str
    label: str
    content_type: str
    render: object  # a function of the ordered reference values, returning text


EXPORT_FORMATS = {
    export.extension: export
    for export in (
        ExportFormat("bib", "BibTeX", "application/x-bibtex; charset=utf-8", to_bibtex),
        ExportFormat("ris", "RIS", "application/x-research-info-systems; charset=utf-8", to_ris),
        ExportFormat("json", "CSL-JSON", "application/vnd.citationstyles.csl+json; charset=utf-8", to_csl_json),
    )
}


def export_filename(slug, extension):
    return f"{slug}-references.{extension}"


# --- Citing the post itself --------------------------------------------------------------------

# Each style writes dates its own way, in English, whatever the language of the page.
MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
NLM_MONTHS = tuple(month[:3] for month in MONTHS)  # Citing Medicine: Jan, Feb, ... Sep ...
APA_AUTHOR_LIMIT = 20  # APA 7: up to 20 authors are listed; beyond, the first 19, "...", the last


def split_person_name(name):
    """(family, given) of a byline name: the last word is the family name, the rest given names."""
    words = (name or "").split()
    if not words:
        return "", ""
    return words[-1], " ".join(words[:-1])


def apa_name(name):
    family, given = split_person_name(name)
    letters = initials(given)
    return f"{family}, {' '.join(f'{letter}.' for letter in letters)}" if letters else family


def apa_authors(names):
    names = [apa_name(name) for name in names if name.strip()]
    if len(names) > APA_AUTHOR_LIMIT:
        return ", ".join(names[: APA_AUTHOR_LIMIT - 1]) + ", . . . " + names[-1]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + ", & " + names[-1]


def _with_full_stop(text):
    return text if not text or text[-1] in ".?!" else f"{text}."


def apa_post_citation(author_names, title, site_name, published, url):
    """APA 7 for a blog post: the blog's name in italics, the post's title in plain text.

    Returns HTML; the text of the element is the citation.
    """
    date = f"{published.year}, {MONTHS[published.month - 1]} {published.day}"
    authors = apa_authors(author_names)
    title = _with_full_stop(" ".join(title.split()))
    if authors:
        return format_html("{} ({}). {} <i>{}</i>. {}", _with_full_stop(authors), date, title, site_name, url)
    # No author: the title moves to the author position.
    return format_html("{} ({}). <i>{}</i>. {}", title, date, site_name, url)


def nlm_date(day):
    return f"{day.year} {NLM_MONTHS[day.month - 1]} {day.day}"


def vancouver_post_citation(author_names, title, site_name, published, url, cited):
    """Vancouver (NLM Citing Medicine) for a web page, cited on `cited`."""
    authors = join_vancouver_names(vancouver_name(*split_person_name(name)) for name in author_names if name.strip())
    title = " ".join(title.split()).rstrip(".")
    parts = [
        _with_full_stop(authors),
        f"{title} [Internet].",
        f"{site_name}; {nlm_date(published)} [cited {nlm_date(cited)}].",
        f"Available from: {url}",
    ]
    return " ".join(part for part in parts if part)


@dataclass(frozen=True)
class PostCitation:
    apa: str  # HTML
    vancouver: str


def cite_post(author_names, title, site_name, published, url, cited):
    author_names = list(author_names)
    return PostCitation(
        apa=apa_post_citation(author_names, title, site_name, published, url),
        vancouver=vancouver_post_citation(author_names, title, site_name, published, url, cited),
    )
