"""Vancouver formatting of structured references."""

import pytest

from blog.blocks import ReferenceBlock
from blog.references import format_authors, format_reference, initials
from tests.conftest import SEVEN_AUTHORS, journal_article, people, raw

BLOCK = ReferenceBlock()


def article(authors, **fields):
    return BLOCK.to_python(journal_article("k", authors, **fields))


SEVEN = people(*SEVEN_AUTHORS)


def test_one_author():
    ref = format_reference(article(people(("Harden", "RN"))))
    assert ref.authors == "Harden RN"
    assert ref.as_text() == (
        "Harden RN. The 2017 international classification of the Ehlers-Danlos syndromes. "
        "Am J Med Genet C Semin Med Genet. 2017;175(1):8-26. doi:10.1002/ajmg.c.31552 PMID: 28306229."
    )


def test_six_authors_are_all_listed():
    ref = format_reference(article(SEVEN[:6]))
    assert ref.authors == "Malfait F, Francomano C, Byers P, Belmont J, Berglund B, Black J"
    assert "et al." not in ref.as_text()


def test_seven_authors_list_six_then_et_al():
    ref = format_reference(article(SEVEN))
    assert ref.authors == "Malfait F, Francomano C, Byers P, Belmont J, Berglund B, Black J, et al."
    assert "Bloom" not in ref.as_text()
    # "et al." already ends the sentence: no doubled full stop.
    assert ref.as_text().startswith("Malfait F, Francomano C, Byers P, Belmont J, Berglund B, Black J, et al. The 2017")


def test_group_author_is_written_as_is():
    authors = [raw("group", "American College of Rheumatology")]
    ref = format_reference(article(authors))
    assert ref.authors == "American College of Rheumatology"
    assert ref.as_text().startswith("American College of Rheumatology. The 2017")


def test_group_and_people_mixed():
    authors = people(("Wolfe", "F")) + [raw("group", "EULAR Task Force")]
    assert format_reference(article(authors)).authors == "Wolfe F, EULAR Task Force"


def test_non_ascii_names_keep_their_letters():
    authors = people(("Häuser", "Winfried"), ("Sommer", "Claudia"), ("Ünal", "Érica Çelik"), ("Núñez", "J.-P."))
    assert format_reference(article(authors)).authors == "Häuser W, Sommer C, Ünal ÉÇ, Núñez JP"


@pytest.mark.parametrize(
    ("given", "expected"),
    [("RN", "RN"), ("Rui Nuno", "RN"), ("J.-P.", "JP"), ("", ""), ("f", "F"), ("Ana-Maria", "AM"), ("Érica", "É")],
)
def test_initials(given, expected):
    assert initials(given) == expected


def test_missing_doi_and_pmid_are_left_out():
    ref = format_reference(article(people(("Harden", "RN")), doi="", pmid=""))
    assert ref.doi_url == ""
    assert ref.pubmed_url == ""
    assert "doi" not in ref.as_text()
    assert "PMID" not in ref.as_text()
    assert ref.as_text().endswith("2017;175(1):8-26.")


def test_doi_and_pmid_links():
    ref = format_reference(article(people(("Harden", "RN"))))
    assert ref.doi_url == "https://doi.org/10.1002/ajmg.c.31552"
    assert ref.pubmed_url == "https://pubmed.ncbi.nlm.nih.gov/28306229/"


def test_missing_volume_issue_and_pages():
    ref = format_reference(article(people(("Harden", "RN")), volume="", issue="", pages=""))
    assert ref.details == "2017."


def test_url_is_shown_only_without_doi():
    with_doi = format_reference(article(people(("A", "B")), url="https://example.org/a"))
    without_doi = format_reference(article(people(("A", "B")), url="https://example.org/a", doi=""))
    assert "https://example.org/a" not in with_doi.as_text()
    assert "https://example.org/a" in without_doi.as_text()


def test_no_authors_starts_with_title():
    ref = format_reference(article([]))
    assert ref.as_text().startswith("The 2017 international classification")


def test_title_ending_in_question_mark_keeps_it():
    ref = format_reference(article(people(("A", "B")), title="Is pain a sign?"))
    assert "Is pain a sign? Am J" in ref.as_text()


def test_format_authors_limit_is_configurable():
    authors = BLOCK.to_python({"authors": SEVEN})["authors"]
    assert format_authors(authors, limit=3) == "Malfait F, Francomano C, Byers P, et al."
