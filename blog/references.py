"""A post's references: Vancouver formatting and numbering in order of first citation.

The body cites references by key from its research-findings blocks. Numbering walks the body in
reading order: the first reference cited is [1], and so on; references never cited follow the cited
ones. Every in-text marker gets an anchor so that each reference can link back to where it is cited.
"""

import re
from dataclasses import dataclass, field

AUTHOR_LIMIT = 6  # Vancouver: list the first six authors, then "et al."
INITIALS_ONLY = re.compile(r"^[^\W\d_]{1,4}$")
NAME_PARTS = re.compile(r"[\s.\-‐]+")

DOI_RESOLVER = "https://doi.org/"
PUBMED = "https://pubmed.ncbi.nlm.nih.gov/"


def initials(given_names):
    """“RN” stays “RN”; “Rui Nuno” and “J.-P.” become “RN” and “JP”; “Érica” becomes “É”."""
    given_names = (given_names or "").strip()
    if INITIALS_ONLY.match(given_names) and given_names.isupper():
        return given_names
    return "".join(part[0].upper() for part in NAME_PARTS.split(given_names) if part)


def vancouver_name(family, given_names):
    """“Harden RN”: the family name, then the initials of the given names without dots."""
    family = (family or "").strip()
    given = initials(given_names)
    return f"{family} {given}" if given else family


def author_name(author):
    """One author from the AuthorsBlock stream: ("person", {...}) or ("group", "name")."""
    if author.block_type == "group":
        return author.value.strip()
    return vancouver_name(author.value["family_name"], author.value.get("given_names"))


def join_vancouver_names(names, limit=AUTHOR_LIMIT):
    """The first `limit` names, then “et al.” when there are more."""
    names = list(names)
    if len(names) > limit:
        return ", ".join(names[:limit]) + ", et al."
    return ", ".join(names)


def format_authors(authors, limit=AUTHOR_LIMIT):
    return join_vancouver_names((author_name(author) for author in authors), limit)


def _sentence(text):
    """Ends text with a full stop unless it already ends with punctuation."""
    text = (text or "").strip()
    return text if not text or text[-1] in ".?!" else f"{text}."


@dataclass(frozen=True)
class FormattedReference:
    """The parts of a Vancouver reference, kept apart so templates can add links."""

    authors: str
    title: str
    container: str
    details: str
    doi: str
    pmid: str
    url: str
    accessed: object

    @property
    def authors_sentence(self):
        return _sentence(self.authors)

    @property
    def title_sentence(self):
        return _sentence(self.title)

    @property
    def container_sentence(self):
        return _sentence(self.container)

    @property
    def doi_url(self):
        return f"{DOI_RESOLVER}{self.doi}" if self.doi else ""

    @property
    def pubmed_url(self):
        return f"{PUBMED}{self.pmid}/" if self.pmid else ""

    def as_text(self):
        """The reference as one plain line, e.g. for exports and screen-reader-friendly copies."""
        parts = [self.authors_sentence, self.title_sentence, self.container_sentence, self.details]
        if self.doi:
            parts.append(f"doi:{self.doi}")
        if self.pmid:
            parts.append(f"PMID: {self.pmid}.")
        if self.url and not self.doi:
            parts.append(self.url)
        return " ".join(part for part in parts if part)


def publication_details(value):
    """“2017;175(1):8-26.” with whatever of volume, issue and pages is known."""
    details = str(value.get("year") or "")
    volume, issue, pages = (value.get(name) or "" for name in ("volume", "issue", "pages"))
    if volume or issue:
        details += f";{volume}" + (f"({issue})" if issue else "")
    if pages:
        details += f":{pages}"
    return _sentence(details) if details else ""


def format_reference(value):
    """Format one ReferenceBlock value."""
    return FormattedReference(
        authors=format_authors(value.get("authors") or []),
        title=(value.get("title") or "").strip(),
        container=(value.get("container") or "").strip(),
        details=publication_details(value),
        doi=value.get("doi") or "",
        pmid=value.get("pmid") or "",
        url=value.get("url") or "",
        accessed=value.get("accessed"),
    )


@dataclass
class Marker:
    """One in-text citation: [number] linking to the reference, with an anchor to come back to."""

    number: int
    anchor: str

    @property
    def target(self):
        return reference_anchor(self.number)


@dataclass
class NumberedReference:
    number: int
    key: str
    value: object
    backlinks: list = field(default_factory=list)

    @property
    def anchor(self):
        return reference_anchor(self.number)

    @property
    def formatted(self):
        return format_reference(self.value)

    @property
    def is_cited(self):
        return bool(self.backlinks)


def reference_anchor(number):
    return f"ref-{number}"


def cited_keys(body):
    """Yield (finding id, key) for every citation in the body, in reading order."""
    for child in body:
        if child.block_type != "research_findings":
            continue
        for finding in child.value["findings"].bound_blocks:
            for key in finding.value["citations"]:
                yield finding.id, key


class CitationIndex:
    """Numbers a post's references and places its in-text markers."""

    def __init__(self, body, references):
        by_key = {child.value["key"]: child.value for child in references}
        self.markers = {}
        numbered = {}
        for occurrence, (finding_id, key) in enumerate(cited_keys(body), start=1):
            if key not in by_key:
                continue  # page validation refuses unknown keys; old revisions may still hold one
            if key not in numbered:
                numbered[key] = NumberedReference(len(numbered) + 1, key, by_key[key])
            reference = numbered[key]
            marker = Marker(reference.number, f"cite-{occurrence}")
            reference.backlinks.append(marker.anchor)
            self.markers.setdefault(finding_id, []).append(marker)
        for key, value in by_key.items():
            if key not in numbered:
                numbered[key] = NumberedReference(len(numbered) + 1, key, value)
        self.references = list(numbered.values())

    def markers_for(self, finding_id):
        return self.markers.get(finding_id, [])


def unknown_citation_keys(body, references):
    """Keys cited in the body that no reference of the post carries, in first-cited order."""
    known = {child.value["key"] for child in references}
    return list(dict.fromkeys(key for _, key in cited_keys(body) if key not in known))
