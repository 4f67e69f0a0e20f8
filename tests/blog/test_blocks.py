"""Every body block renders through its template; bad block input gets a field error."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from blog.blocks import BodyBlock, CallToActionBlock, JinjaRendered, ReferenceBlock, ReferencesBlock
from tests.conftest import findings, items, raw, reference

BODY = BodyBlock()


def render(stream_data, context=None):
    value = BODY.to_python(stream_data)
    return BeautifulSoup(BODY.render(value, context or {}), "html.parser")


@pytest.fixture
def every_block(image):
    return [
        raw("heading", {"text": "Considerações e riscos", "level": "h2", "anchor": ""}),
        raw("heading", {"text": "Sub", "level": "h3", "anchor": "my-anchor"}),
        raw("paragraph", '<p>Plain <b>bold</b> <a href="https://example.org">link</a></p>'),
        raw("key_points", {"title": "Key points", "items": items([{"lead": "Pacing", "text": "Rest often."}])}),
        findings(["a"]),
        raw("callout", {"kind": "risks", "title": "Risks", "text": "<p>Be careful.</p>"}),
        raw(
            "call_to_action",
            {"heading": "See a specialist", "text": "Book a visit.", "button_label": "", "page": None, "url": ""},
        ),
        raw("image", {"image": image.pk, "alt_text": "A zebra", "caption": "Stripes", "credit": "Us"}),
        raw("quote", {"quote": "It helped.", "attribution": "A reader", "cite_url": ""}),
        raw("embed", {"url": "https://video.example/watch/1", "title": "A talk", "caption": "Watch"}),
    ]


def test_every_block_type_is_covered(every_block):
    assert {block["type"] for block in every_block} == set(BODY.child_blocks)


def test_every_block_renders_through_its_template(db, every_block):
    Embed.objects.create(
        hash=get_embed_hash("https://video.example/watch/1"),
        url="https://video.example/watch/1",
        max_width=None,
        type="video",
        html='<iframe src="https://video.example/embed/1" title="A talk"></iframe>',
        title="A talk",
        thumbnail_url="",
        width=640,
        height=360,
    )
    html = render(every_block)
    assert html.find("h2", id="consideracoes-e-riscos").text == "Considerações e riscos"
    assert html.find("h3", id="my-anchor").text == "Sub"
    assert html.select_one(".rich-text b").text == "bold"
    assert html.select_one(".key-points li strong").text == "Pacing"
    assert "Rest often." in html.select_one(".key-points li").text
    assert html.select_one(".findings h2").text == "What the research says"
    assert html.select_one(".findings__list li .findings__label").text == "Finding 1."
    assert html.select_one(".callout--risks .callout__title").text == "Risks"
    assert html.select_one(".cta h2").text == "See a specialist"
    figure = html.select_one("figure.figure")
    assert figure.find("img")["alt"] == "A zebra"
    assert figure.find("img")["loading"] == "lazy"
    assert {source["type"] for source in figure.find_all("source")} == {"image/avif", "image/webp"}
    assert "Stripes" in figure.figcaption.text
    assert html.select_one(".quote blockquote").text.strip() == "It helped."
    assert html.select_one(".embed iframe")["src"] == "https://video.example/embed/1"


def test_body_blocks_render_with_jinja2():
    """Django's engine rendered the body slower (blog/blocks.py, JinjaRendered): each block's
    template is Jinja2's, and no Django template of the same name stands beside it unused."""
    from django.template import TemplateDoesNotExist, engines

    for name, block in BODY.child_blocks.items():
        assert isinstance(block, JinjaRendered), name
        engines["jinja2"].get_template(block.meta.template)
        with pytest.raises(TemplateDoesNotExist):
            engines["django"].get_template(block.meta.template)


def test_rich_text_links_to_pages_and_documents_are_expanded(home, make_post):
    from django.core.files.base import ContentFile
    from wagtail.documents.models import Document

    target = make_post(title="Target", slug="target")
    document = Document.objects.create(title="Leaflet", file=ContentFile(b"%PDF-1.4", name="leaflet.pdf"))
    html = render(
        [
            raw("paragraph", f'<p><a linktype="page" id="{target.pk}">a post</a></p>'),
            raw(
                "callout",
                {
                    "kind": "note",
                    "title": "",
                    "text": f'<p><a linktype="document" id="{document.pk}">the leaflet</a></p>',
                },
            ),
        ]
    )
    assert html.select_one(".rich-text a")["href"] == "/target/"
    assert html.select_one(".callout .rich-text a")["href"] == document.url


def test_editors_text_is_escaped_and_a_quotes_lines_kept(db):
    html = render(
        [
            raw("heading", {"text": "<script>alert(1)</script>", "level": "h2", "anchor": "x"}),
            raw("key_points", {"title": "<b>t</b>", "items": items([{"lead": "A & B", "text": "<i>no</i>"}])}),
            raw("quote", {"quote": "First line\n<em>second</em>", "attribution": "<u>me</u>", "cite_url": ""}),
            findings(["<k>"]),
        ]
    )
    assert html.find("script") is None
    assert html.find("h2", id="x").text == "<script>alert(1)</script>"
    points = html.select_one(".key-points")
    assert points.find("b") is None and points.h3.text == "<b>t</b>"
    assert points.find("i") is None and points.li.text == "A & B: <i>no</i>"
    quote = html.select_one(".quote blockquote p")
    assert quote.find("br") is not None and quote.find("em") is None
    assert quote.text == "First line<em>second</em>"
    assert html.select_one(".quote figcaption").find("u") is None
    assert html.select_one(".cites").text == "[<k>]"


def test_embed_falls_back_to_a_link_when_the_provider_cannot_be_reached(db, monkeypatch):
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedNotFoundException

    def unreachable(*args, **kwargs):
        raise EmbedNotFoundException

    monkeypatch.setattr(embeds, "get_embed", unreachable)
    url = "https://www.youtube.com/watch?v=abcdefghijk"
    html = render([raw("embed", {"url": url, "title": "Our partner", "caption": ""})])
    link = html.select_one(".embed__fallback a")
    assert link["href"] == url
    assert link.text == "Our partner"


def test_an_address_no_provider_embeds_is_a_link_without_a_lookup(db, monkeypatch):
    from wagtail.embeds import embeds

    def must_not_be_called(*args, **kwargs):
        raise AssertionError("looked up an address that no provider embeds")

    monkeypatch.setattr(embeds, "get_embed", must_not_be_called)
    block = raw("embed", {"url": "https://www.ehlers-danlos.com/", "title": "The Society", "caption": ""})
    html = render([block], {"embeds": {}})  # a post page preloads its stored embeds: none here
    assert html.select_one(".embed__fallback a")["href"] == "https://www.ehlers-danlos.com/"


def test_call_to_action_button(home):
    html = render(
        [
            raw(
                "call_to_action",
                {"heading": "H", "text": "T", "button_label": "Find one", "page": home.pk, "url": ""},
            )
        ]
    )
    assert html.select_one(".cta a.button")["href"] == "/"


def test_block_previews_render(db, image, rf):
    """The block picker shows each block with its preview value."""
    for name, block in BODY.child_blocks.items():
        assert block.is_previewable, name
        value = block.get_preview_value()
        assert block.render(value, {"request": rf.get("/")}).strip(), name


def test_findings_outside_a_post_show_keys():
    html = render([findings(["malfait2017", "harden2010"])])
    assert "[malfait2017, harden2010]" in html.select_one(".cites").text


# --- validation -----------------------------------------------------------------------------


def clean_reference(key="k", **fields):
    value = reference(key, **fields)["value"]
    block = ReferenceBlock()
    return block.clean(block.to_python(value))


def field_errors(excinfo):
    return excinfo.value.block_errors


@pytest.mark.parametrize("doi", ["10.1000", "doi 10.1/x", "11.1000/abc", "10.1000/has space", "abc"])
def test_malformed_doi_is_a_field_error(doi):
    with pytest.raises(StructBlockValidationError) as excinfo:
        clean_reference(doi=doi)
    assert set(field_errors(excinfo)) == {"doi"}
    assert field_errors(excinfo)["doi"].error_list[0].code == "invalid_doi"


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("https://doi.org/10.1002/ajmg.c.31552", "10.1002/ajmg.c.31552"),
        ("doi:10.1002/ajmg.c.31552", "10.1002/ajmg.c.31552"),
        ("  10.1002/ajmg.c.31552 ", "10.1002/ajmg.c.31552"),
        ("", ""),
    ],
)
def test_doi_links_are_accepted_and_stored_bare(typed, stored):
    assert clean_reference(doi=typed)["doi"] == stored


@pytest.mark.parametrize("pmid", ["12a45", "PMC123456", "1234567890", "١٢٣"])
def test_non_numeric_pmid_is_a_field_error(pmid):
    with pytest.raises(StructBlockValidationError) as excinfo:
        clean_reference(pmid=pmid)
    assert set(field_errors(excinfo)) == {"pmid"}


def test_pmid_label_is_stripped():
    assert clean_reference(pmid="PMID: 28306229")["pmid"] == "28306229"


@pytest.mark.parametrize("year", [0, 1200, datetime.date.today().year + 2, 20017])
def test_impossible_year_is_a_field_error(year):
    with pytest.raises(StructBlockValidationError) as excinfo:
        clean_reference(year=year)
    assert set(field_errors(excinfo)) == {"year"}


def test_next_year_is_accepted_for_papers_in_press():
    assert clean_reference(year=datetime.date.today().year + 1)["year"] == datetime.date.today().year + 1


def test_citation_key_format():
    with pytest.raises(StructBlockValidationError) as excinfo:
        clean_reference(key="Has Spaces", doi="10.1000/x")
    assert set(field_errors(excinfo)) == {"key"}


def test_duplicate_reference_keys_are_refused():
    block = ReferencesBlock()
    value = block.to_python([reference("same"), reference("other"), reference("same")])
    with pytest.raises(StreamBlockValidationError) as excinfo:
        block.clean(value)
    assert set(excinfo.value.block_errors) == {0, 2}


def test_duplicate_heading_anchors_are_refused():
    value = BODY.to_python(
        [
            raw("heading", {"text": "Risks", "level": "h2", "anchor": ""}),
            raw("heading", {"text": "Other", "level": "h2", "anchor": "risks"}),
        ]
    )
    with pytest.raises(StreamBlockValidationError) as excinfo:
        BODY.clean(value)
    assert set(excinfo.value.block_errors) == {0, 1}


def test_findings_title_may_not_repeat_a_heading_anchor():
    value = BODY.to_python(
        [raw("heading", {"text": "What the research says", "level": "h2", "anchor": ""}), findings(["a"])]
    )
    with pytest.raises(StreamBlockValidationError):
        BODY.clean(value)


def test_call_to_action_button_needs_a_target():
    block = CallToActionBlock()
    value = block.to_python({"heading": "H", "text": "T", "button_label": "Go", "page": None, "url": ""})
    with pytest.raises(ValidationError):
        block.clean(value)
