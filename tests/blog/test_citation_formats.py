"""Reference exports (BibTeX, RIS, CSL-JSON) read back by real parsers, and "Cite this post"."""

import datetime
import json
import re

import bibtexparser
import pytest
import rispy
from bs4 import BeautifulSoup
from django.utils import timezone
from django.utils.html import strip_tags

from blog.blocks import ReferenceBlock
from blog.citation_formats import (
    apa_post_citation,
    export_given_names,
    nlm_date,
    ordered_references,
    to_bibtex,
    to_csl_json,
    to_ris,
    vancouver_post_citation,
)
from blog.models import Person
from tests.conftest import SEVEN_AUTHORS, findings, journal_article, people, raw, reference

BLOCK = ReferenceBlock()


SEVEN = SEVEN_AUTHORS
article = journal_article


# Each case: the stored value, and the (family, given) or group names every format must keep.
CASES = {
    "one": (article("harden2010", people(("Harden", "RN"))), [("Harden", "R. N.")]),
    "seven": (article("malfait2017", people(*SEVEN)), [(family, f"{given}.") for family, given in SEVEN]),
    "group": (
        article("acr2016", [raw("group", "American College of Rheumatology")], title="Fibromyalgia criteria"),
        ["American College of Rheumatology"],
    ),
    "non-ascii": (
        article(
            "hauser2015",
            people(("Häuser", "Winfried"), ("Ünal", "Érica Çelik"), ("Núñez", "J.-P.")),
            title="Fibromyalgia syndrome: “under-, over- and misdiagnosis”",
        ),
        [("Häuser", "Winfried"), ("Ünal", "Érica Çelik"), ("Núñez", "J.-P.")],
    ),
    "no-identifiers": (
        article(
            "smith2021",
            people(("Smith", "J")),
            doi="",
            pmid="",
            url="https://example.org/report?id=7&lang=en",
            accessed=datetime.date(2025, 5, 4),
            pages="e123",
            issue="",
        ),
        [("Smith", "J.")],
    ),
    "specials": (
        article(
            "pain2020",
            people(("O'Brien", "K")) + [raw("group", "Pain & Sleep Group")],
            title="Pain & sleep: 50% of patients improve (#1 in $ spent, ~10_000 cases)",
            container="J Pain & Res",
        ),
        [("O'Brien", "K."), "Pain & Sleep Group"],
    ),
}


def values(*names):
    return [BLOCK.to_python(CASES[name][0]) for name in names]


# --- BibTeX --------------------------------------------------------------------------------------

LATEX_DECODE = [
    (r"\textbackslash{}", "\\"),
    (r"\textasciicircum{}", "^"),
    (r"\textasciitilde{}", "~"),
    (r"\&", "&"),
    (r"\%", "%"),
    (r"\$", "$"),
    (r"\#", "#"),
    (r"\_", "_"),
    (r"\{", "{"),
    (r"\}", "}"),
]


def unlatex(text):
    for escaped, character in LATEX_DECODE:
        text = text.replace(escaped, character)
    return text


def bibtex_authors(field):
    """Split at " and " outside braces; a braced name is a group."""
    names, depth, current = [], 0, ""
    for token in re.split(r"(\s+and\s+|[{}])", field):
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        if depth == 0 and re.fullmatch(r"\s+and\s+", token or ""):
            names.append(current)
            current = ""
        else:
            current += token
    names.append(current)
    result = []
    for name in names:
        if name.startswith("{") and name.endswith("}"):
            result.append(unlatex(name[1:-1]))
        else:
            family, _, given = name.partition(", ")
            result.append((unlatex(family), unlatex(given)))
    return result


def expected_field(value, name):
    return str(value.get(name) or "")


@pytest.mark.parametrize("case", CASES)
def test_bibtex_round_trip(case):
    value, names = CASES[case]
    text = to_bibtex(values(case))
    [entry] = bibtexparser.loads(text).entries
    assert entry["ENTRYTYPE"] == "article"
    assert entry["ID"] == value["key"]
    assert bibtex_authors(entry["author"]) == names
    assert unlatex(entry["title"]) == value["title"]
    assert unlatex(entry["journal"]) == value["container"]
    assert entry["year"] == str(value["year"])
    assert entry["volume"] == value["volume"]
    assert entry.get("number", "") == value["issue"]
    assert entry["pages"].replace("--", "-") == value["pages"]
    assert entry.get("doi", "") == value["doi"]
    assert entry.get("pmid", "") == value["pmid"]
    assert entry.get("url", "") == value["url"]
    assert entry.get("urldate", "") == (value["accessed"].isoformat() if value["accessed"] else "")


def test_bibtex_escapes_latex_specials_and_uses_double_dash_for_ranges():
    text = to_bibtex(values("specials", "one"))
    assert (
        r"title = {Pain \& sleep: 50\% of patients improve (\#1 in \$ spent, \textasciitilde{}10\_000 cases)}" in text
    )
    assert r"author = {O'Brien, K. and {Pain \& Sleep Group}}" in text
    assert "pages = {8--26}" in text
    # No unescaped % (a comment in TeX) or & (an alignment tab) is left anywhere.
    assert not re.search(r"(?<!\\)[%&]", text)


def test_bibtex_keeps_non_ascii_letters():
    text = to_bibtex(values("non-ascii"))
    assert "author = {Häuser, Winfried and Ünal, Érica Çelik and Núñez, J.-P.}" in text


def test_bibtex_leaves_out_missing_fields():
    text = to_bibtex(values("no-identifiers"))
    assert "doi =" not in text and "pmid =" not in text and "number =" not in text
    assert "pages = {e123}" in text


# --- RIS -----------------------------------------------------------------------------------------


def ris_name(name):
    if isinstance(name, str):
        return name
    family, given = name
    return f"{family}, {given}"


@pytest.mark.parametrize("case", CASES)
def test_ris_round_trip(case):
    value, names = CASES[case]
    [record] = rispy.loads(to_ris(values(case)))
    assert record["type_of_reference"] == "JOUR"
    assert record["id"] == value["key"]
    assert record["authors"] == [ris_name(name) for name in names]
    assert record["title"] == value["title"]
    assert record["secondary_title"] == record["journal_name"] == value["container"]
    assert record["year"] == str(value["year"])
    assert record["volume"] == value["volume"]
    assert record.get("number", "") == value["issue"]
    first, _, last = value["pages"].partition("-")
    assert record["start_page"] == first
    assert record.get("end_page", "") == last
    assert record.get("doi", "") == value["doi"]
    assert record.get("accession_number", "") == value["pmid"]
    assert record.get("urls", []) == ([value["url"]] if value["url"] else [])
    assert record.get("access_date", "") == (value["accessed"].strftime("%Y/%m/%d") if value["accessed"] else "")


def test_ris_records_are_delimited():
    text = to_ris(values("one", "seven", "group"))
    assert text.count("TY  - JOUR") == 3
    assert text.count("ER  - ") == 3
    assert len(rispy.loads(text)) == 3


# --- CSL-JSON ------------------------------------------------------------------------------------


def csl_name(name):
    if isinstance(name, str):
        return {"literal": name}
    family, given = name
    return {"family": family, "given": given}


@pytest.mark.parametrize("case", CASES)
def test_csl_json_round_trip(case):
    value, names = CASES[case]
    [item] = json.loads(to_csl_json(values(case)))
    assert item["id"] == value["key"]
    assert item["type"] == "article-journal"
    assert item["title"] == value["title"]
    assert item["container-title"] == value["container"]
    assert item["author"] == [csl_name(name) for name in names]
    assert item["issued"] == {"date-parts": [[value["year"]]]}
    assert item["volume"] == value["volume"]
    assert item.get("issue", "") == value["issue"]
    assert item["page"] == value["pages"]
    assert item.get("DOI", "") == value["doi"]
    assert item.get("PMID", "") == value["pmid"]
    assert item.get("URL", "") == value["url"]
    accessed = value["accessed"]
    assert item.get("accessed") == (
        {"date-parts": [[accessed.year, accessed.month, accessed.day]]} if accessed else None
    )


def test_csl_json_is_utf8_text():
    text = to_csl_json(values("non-ascii"))
    assert "Häuser" in text  # not \u escapes


@pytest.mark.parametrize(
    ("given", "expected"),
    [("RN", "R. N."), ("F", "F."), ("Winfried", "Winfried"), ("J.-P.", "J.-P."), ("", ""), ("Ana Maria", "Ana Maria")],
)
def test_export_given_names(given, expected):
    assert export_given_names(given) == expected


# --- Citation order and downloads ------------------------------------------------------------------


@pytest.fixture
def cited_post(make_post):
    """Cites c, then a, then b; d is never cited."""
    return make_post(
        slug="sleep-and-pain",
        body=[findings(["c"], ["a", "c"]), findings(["b"], title="")],
        references=[
            reference("a", authors=7),
            reference("b", title="Pain & sleep: 50% better", doi="", pmid=""),
            raw("reference", {**CASES["non-ascii"][0], "key": "c"}),
            reference("d", authors=0),
        ],
    )


def test_exports_follow_citation_order(cited_post):
    keys = [value["key"] for value in ordered_references(cited_post.body, cited_post.references)]
    assert keys == ["c", "a", "b", "d"]


DOWNLOADS = {
    "bib": "application/x-bibtex; charset=utf-8",
    "ris": "application/x-research-info-systems; charset=utf-8",
    "json": "application/vnd.citationstyles.csl+json; charset=utf-8",
}


@pytest.mark.parametrize("extension", DOWNLOADS)
def test_download_headers(client, cited_post, extension):
    response = client.get(f"{cited_post.url}references.{extension}")
    assert response.status_code == 200
    assert response["Content-Type"] == DOWNLOADS[extension]
    assert response["Content-Disposition"] == f'attachment; filename="sleep-and-pain-references.{extension}"'


def test_downloads_parse_in_citation_order(client, cited_post):
    bib = client.get(f"{cited_post.url}references.bib").content.decode()
    ris = client.get(f"{cited_post.url}references.ris").content.decode()
    csl = client.get(f"{cited_post.url}references.json").content.decode()
    entries = bibtexparser.loads(bib).entries
    records = rispy.loads(ris)
    items = json.loads(csl)
    assert [entry["ID"] for entry in entries] == ["c", "a", "b", "d"]
    assert [record["id"] for record in records] == ["c", "a", "b", "d"]
    assert [item["id"] for item in items] == ["c", "a", "b", "d"]
    assert bibtex_authors(entries[0]["author"])[0] == ("Häuser", "Winfried")
    assert len(bibtex_authors(entries[1]["author"])) == 7
    assert unlatex(entries[2]["title"]) == "Pain & sleep: 50% better"
    assert records[2]["title"] == items[2]["title"] == "Pain & sleep: 50% better"
    assert "doi" not in entries[2] and "doi" not in records[2] and "DOI" not in items[2]
    assert "author" not in entries[3] and "authors" not in records[3] and "author" not in items[3]


def test_post_without_references_has_no_downloads(client, make_post):
    post = make_post()
    for extension in DOWNLOADS:
        assert client.get(f"{post.url}references.{extension}").status_code == 404
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    assert html.select_one(".cite-post") is not None
    assert html.select_one(".cite-post__downloads") is None


@pytest.mark.parametrize(
    "suffix",
    ["references.xml", "references.bib/", "references.BIB", "references/", "references.bib.json", "x/references.bib"],
)
def test_other_download_addresses_are_not_found(client, cited_post, suffix):
    assert client.get(f"{cited_post.url}{suffix}").status_code == 404


def test_draft_and_private_posts_do_not_give_their_references(client, make_post):
    refs = [reference("a")]
    draft = make_post(references=refs, body=[findings(["a"])], publish=False)
    private = make_post(references=refs, body=[findings(["a"])])
    private.view_restrictions.create(restriction_type="login")
    assert client.get(f"/{draft.slug}/references.bib").status_code == 404
    response = client.get(f"{private.url}references.bib")
    assert response.status_code == 302 and "login" in response["Location"]


# --- Cite this post ------------------------------------------------------------------------------

URL = "https://zebramedic.org/sleep/"


@pytest.mark.parametrize(
    ("names", "authors"),
    [
        (["Ana Souza"], "Souza, A."),
        (["Ana Souza", "Carlos Lima"], "Souza, A., & Lima, C."),
        (["Ana Souza", "Carlos Lima", "Beatriz Rocha"], "Souza, A., Lima, C., & Rocha, B."),
        (["Maria Clara Souza"], "Souza, M. C."),
        (["Érica Ünal"], "Ünal, É."),
    ],
)
def test_apa(names, authors):
    html = apa_post_citation(names, "Sleep and pain", "ZebraMedic", datetime.date(2026, 1, 2), URL)
    assert html == f"{authors.replace('&', '&amp;')} (2026, January 2). Sleep and pain. <i>ZebraMedic</i>. {URL}"


def test_apa_lists_19_authors_then_the_last_beyond_20():
    names = [f"Given Family{number}" for number in range(1, 23)]
    text = strip_tags(apa_post_citation(names, "T", "ZebraMedic", datetime.date(2026, 1, 2), URL))
    assert text.startswith("Family1, G., Family2, G.")
    assert "Family19, G., . . . Family22, G. (2026" in text
    assert "Family20" not in text


def test_apa_keeps_a_question_mark_and_escapes_html():
    html = apa_post_citation(["Ana Souza"], "Is <b>pain</b> real?", "ZebraMedic", datetime.date(2026, 12, 31), URL)
    assert "Is &lt;b&gt;pain&lt;/b&gt; real? <i>" in html
    assert "(2026, December 31)" in html


def test_vancouver():
    text = vancouver_post_citation(
        ["Ana Souza", "Carlos Lima"],
        "Sleep and pain",
        "ZebraMedic",
        datetime.date(2026, 1, 2),
        URL,
        cited=datetime.date(2026, 9, 14),
    )
    assert text == (
        f"Souza A, Lima C. Sleep and pain [Internet]. ZebraMedic; 2026 Jan 2 [cited 2026 Sep 14]. Available from: {URL}"
    )


def test_vancouver_lists_six_authors_then_et_al():
    names = [f"Given Family{number}" for number in range(1, 8)]
    text = vancouver_post_citation(names, "T", "ZebraMedic", datetime.date(2026, 1, 2), URL, datetime.date(2026, 1, 3))
    assert text.startswith("Family1 G, Family2 G, Family3 G, Family4 G, Family5 G, Family6 G, et al. T [Internet].")


def test_cite_box_on_the_post_page(client, make_post, person):
    other = Person.objects.create(name="Carlos Alberto Lima", slug="carlos-lima")
    post = make_post(
        title="Sleep & pain",
        slug="sleep",
        date=datetime.date(2026, 3, 5),
        authors=[person, other],
        references=[reference("a")],
        body=[findings(["a"])],
    )
    # The page is in Portuguese; the citations keep their styles' English dates.
    html = BeautifulSoup(client.get(post.url).content, "html.parser")
    box = html.select_one(".cite-post")
    full_url = "http://localhost/sleep/"
    assert box.select_one(".cite-post__apa").text == (
        f"Souza, A., & Lima, C. A. (2026, March 5). Sleep & pain. ZebraMedic. {full_url}"
    )
    assert box.select_one(".cite-post__apa i").text == "ZebraMedic"
    assert box.select_one(".cite-post__vancouver").text == (
        f"Souza A, Lima CA. Sleep & pain [Internet]. ZebraMedic; 2026 Mar 5 "
        f"[cited {nlm_date(timezone.localdate())}]. Available from: {full_url}"
    )
    assert [a["href"] for a in box.select(".cite-post__downloads a")] == [
        "/sleep/references.bib",
        "/sleep/references.ris",
        "/sleep/references.json",
    ]
