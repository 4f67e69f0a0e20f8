"""A post page as readers get it: citations, references, byline, and a constant query count."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.embeds.embeds import get_embed_hash
from wagtail.embeds.models import Embed

from blog.models import BlogPage, Person
from tests.conftest import findings, items, make_image, raw, reference


def get_html(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


@pytest.fixture
def cited_post(make_post):
    """Cites c, a, then c again, then b and a together; d is never cited."""
    return make_post(
        body=[
            raw("paragraph", "<p>Intro.</p>"),
            findings(["c"], ["a"]),
            raw("heading", {"text": "More", "level": "h2", "anchor": ""}),
            findings(["c", "b", "a"], title=""),
        ],
        references=[reference("a", authors=7), reference("b"), reference("c"), reference("d")],
    )


def test_references_are_numbered_in_order_of_first_citation(client, cited_post):
    html = get_html(client, cited_post)
    entries = html.select(".references__list > li")
    assert [entry["id"] for entry in entries] == ["ref-1", "ref-2", "ref-3", "ref-4"]
    titles = [entry.cite.text for entry in entries]
    # c is cited first, then a, then b; d is never cited and comes last.
    assert titles == ["Study c.", "Study a.", "Study b.", "Study d."]
    assert "et al." in entries[1].text


def test_markers_link_to_references_and_references_link_back(client, cited_post):
    html = get_html(client, cited_post)
    markers = html.select("a.cite")
    assert [(m.text, m["href"]) for m in markers] == [
        ("1", "#ref-1"),
        ("2", "#ref-2"),
        ("1", "#ref-1"),
        ("3", "#ref-3"),
        ("2", "#ref-2"),
    ]
    marker_ids = [m["id"] for m in markers]
    assert len(set(marker_ids)) == len(marker_ids)
    backlinks = {
        entry["id"]: [a["href"].lstrip("#") for a in entry.select("a.backlink")]
        for entry in html.select(".references__list > li")
    }
    assert backlinks["ref-1"] == [marker_ids[0], marker_ids[2]]
    assert backlinks["ref-2"] == [marker_ids[1], marker_ids[4]]
    assert backlinks["ref-3"] == [marker_ids[3]]
    assert backlinks["ref-4"] == []  # listed though never cited
    for targets in backlinks.values():
        for target in targets:
            assert html.find(id=target) is not None


@pytest.mark.parametrize(("language", "name"), [("pt-br", "Referência 1"), ("en", "Reference 1")])
def test_markers_are_named_in_the_readers_language(client, cited_post, language, name):
    response = client.get(cited_post.url, headers={"accept-language": language})
    marker = BeautifulSoup(response.content, "html.parser").select_one("a.cite")
    assert marker["aria-label"] == name


def test_reference_links_to_doi_and_pubmed(client, cited_post):
    html = get_html(client, cited_post)
    first = html.select_one("#ref-1")
    hrefs = [a["href"] for a in first.find_all("a") if not a.get("class")]
    assert hrefs == ["https://doi.org/10.1000/c", "https://pubmed.ncbi.nlm.nih.gov/123456/"]


def test_unknown_citation_key_is_refused(make_post):
    with pytest.raises(ValidationError) as excinfo:
        make_post(body=[findings(["nope"])], references=[reference("a")])
    assert "nope" in str(excinfo.value.message_dict["body"])
    assert not BlogPage.objects.filter(title__startswith="Post").exists()


def test_byline_review_and_toc(client, make_post, person, reviewer, condition):
    post = make_post(
        body=[
            raw("heading", {"text": "One", "level": "h2", "anchor": ""}),
            raw("heading", {"text": "Two", "level": "h2", "anchor": ""}),
            raw("heading", {"text": "Two and a half", "level": "h3", "anchor": ""}),
            findings(["a"]),
        ],
        references=[reference("a")],
        conditions=[condition],
        tags=["sleep"],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 5, 4),
        next_review_due=datetime.date(2027, 5, 4),
    )
    html = get_html(client, post)
    assert html.select_one(".byline__author").text == "Ana Souza, MD, PhD"
    review = " ".join(html.select_one(".review").text.split())
    assert "Carlos Lima, MD" in review
    assert "2026" in review and "2027" in review
    assert [a["href"] for a in html.select(".toc a")] == ["#one", "#two", "#what-the-research-says"]
    assert html.select_one(".post-header .tag").text == "Fibromyalgia"
    assert "#sleep" in html.select_one(".post-tags").text
    assert html.find("html")["lang"] == "pt-br"


def test_review_dates_must_be_in_order(make_post, reviewer):
    with pytest.raises(ValidationError) as excinfo:
        make_post(reviewer=reviewer, last_reviewed=datetime.date(2026, 5, 4), next_review_due=datetime.date(2026, 5, 4))
    assert "next_review_due" in excinfo.value.message_dict


def test_featured_image_needs_alt_text(make_post, image):
    with pytest.raises(ValidationError) as excinfo:
        make_post(featured_image=image, featured_image_alt=" ")
    assert "featured_image_alt" in excinfo.value.message_dict


def test_featured_image_is_a_responsive_picture(client, make_post, image):
    post = make_post(featured_image=image, featured_image_alt="Stripes on teal")
    html = get_html(client, post)
    picture = html.select_one(".post-figure picture")
    assert {s["type"] for s in picture.find_all("source")} == {"image/avif", "image/webp"}
    img = picture.find("img")
    assert img["alt"] == "Stripes on teal"
    assert "loading" not in img.attrs  # above the fold: not lazy
    assert img["fetchpriority"] == "high"
    assert "srcset" in img.attrs and "sizes" in img.attrs


def test_per_post_disclaimer_replaces_the_default(client, make_post):
    default = get_html(client, make_post())
    custom = get_html(client, make_post(disclaimer="<p>Special note.</p>"))
    assert "profissional de saúde qualificado" in default.select_one(".disclaimer").text
    assert custom.select_one(".disclaimer").text.strip() == "Special note."


def long_body(size, image_ids):
    body = []
    for number in range(size):
        body += [
            raw("heading", {"text": f"Section {number}", "level": "h2", "anchor": ""}),
            raw("paragraph", f"<p>Paragraph {number}.</p>"),
            raw("key_points", {"title": "", "items": items([{"lead": "L", "text": "T"}] * 3)}),
            raw("image", {"image": image_ids[number % len(image_ids)], "alt_text": "alt", "caption": "", "credit": ""}),
            raw("embed", {"url": f"https://video.example/{number}", "title": "Video", "caption": ""}),
        ]
    body.append(findings(*[[f"r{n}"] for n in range(size * 2)]))
    return body


@pytest.fixture
def stored_videos(db):
    for number in range(10):
        url = f"https://video.example/{number}"
        Embed.objects.create(
            hash=get_embed_hash(url),
            url=url,
            type="video",
            html=f'<iframe src="{url}"></iframe>',
            width=640,
            height=360,
        )


def count_queries(client, page):
    client.get(page.url)  # the first view creates the image renditions
    # Another worker, or a restarted cache, has none of them cached: the count must hold then too.
    caches["renditions" if "renditions" in settings.CACHES else "default"].clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


def test_query_count_does_not_grow_with_blocks_and_references(
    client, make_post, person, reviewer, condition, stored_videos
):
    images = [make_image(f"Body {n}").pk for n in range(6)]
    other = Person.objects.create(name="Beatriz Rocha", slug="beatriz-rocha", credentials="PT")
    common = {
        "conditions": [condition],
        "tags": ["a", "b"],
        "reviewer": reviewer,
        "last_reviewed": datetime.date(2026, 1, 1),
        "featured_image": make_image("Cover"),
        "featured_image_alt": "cover",
    }
    small = make_post(body=long_body(1, images[:1]), references=[reference(f"r{n}") for n in range(2)], **common)
    large = make_post(
        body=long_body(6, images),
        references=[reference(f"r{n}", authors=8) for n in range(12)],
        authors=[person, other],
        **common,
    )
    assert count_queries(client, small) == count_queries(client, large)
