"""Link previews (OpenGraph, X cards) and the post's JSON-LD graph match what the page shows."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Site

from blog.models import PublisherSettings
from tests.conftest import SEVEN_AUTHORS, findings, journal_article, make_image, people, raw, reference


def page_html(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def meta(html, name):
    """The content of <meta property=name> or <meta name=name>, or None."""
    tag = html.select_one(f'head meta[property="{name}"]') or html.select_one(f'head meta[name="{name}"]')
    return tag["content"] if tag else None


def json_ld(html):
    scripts = html.select('script[type="application/ld+json"]')
    assert len(scripts) == 1
    data = json.loads(scripts[0].string)
    assert data["@context"] == "https://schema.org"
    return data["@graph"]


def nodes(graph, node_type):
    return [node for node in graph if node["@type"] == node_type]


def by_id(graph):
    return {node["@id"]: node for node in graph}


@pytest.fixture
def full_post(make_post, condition, person, reviewer):
    person.profile_url = "https://orcid.org/0000-0002-1825-0097"
    person.bio = "Rheumatologist in São Paulo."
    person.save()
    return make_post(
        title="Fibromyalgia and sleep",
        slug="fibromyalgia-and-sleep",
        intro="What sleep research tells people with fibromyalgia.",
        featured_image=make_image("Bedroom", size=(1600, 900)),
        featured_image_alt="A quiet bedroom at dusk",
        conditions=[condition],
        tags=["sleep", "pacing"],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 2),
        next_review_due=datetime.date(2027, 3, 2),
        body=[raw("paragraph", "<p>Sleep matters.</p>"), findings(["b"], ["a", "b"])],
        references=[
            reference("a", title="Sleep and pain", pmid="30000001"),
            raw("reference", journal_article("b", people(*SEVEN_AUTHORS))),
            reference("c", title="Never cited", doi="", pmid=""),
        ],
    )


def test_open_graph_and_twitter_card_of_a_post(client, full_post):
    html = page_html(client, full_post.url)
    canonical = html.select_one("link[rel=canonical]")["href"]
    assert meta(html, "og:type") == "article"
    assert meta(html, "og:title") == html.h1.get_text(strip=True) == "Fibromyalgia and sleep"
    assert meta(html, "og:description") == "What sleep research tells people with fibromyalgia."
    assert meta(html, "og:url") == canonical == "http://localhost/fibromyalgia-and-sleep/"
    assert meta(html, "og:site_name") == "ZebraMedic"
    assert meta(html, "og:locale") == "pt_BR"
    image_url = meta(html, "og:image")
    assert image_url.startswith("http://localhost/media/images/") and ".fill-1200x630" in image_url
    assert (meta(html, "og:image:width"), meta(html, "og:image:height")) == ("1200", "630")
    assert meta(html, "og:image:alt") == "A quiet bedroom at dusk"
    assert meta(html, "article:published_time") == full_post.date.isoformat()
    assert meta(html, "article:section") == "Fibromyalgia"
    assert sorted(tag["content"] for tag in html.select('meta[property="article:tag"]')) == ["pacing", "sleep"]
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:image") == image_url
    assert meta(html, "twitter:title") == "Fibromyalgia and sleep"


def test_the_sharing_image_is_a_real_rendition(client, full_post):
    url = meta(page_html(client, full_post.url), "og:image")
    rendition = full_post.featured_image.renditions.get(file__endswith=url.rsplit("/", 1)[1])
    assert (rendition.width, rendition.height) == (1200, 630)
    assert rendition.file.storage.exists(rendition.file.name)


def test_the_sharing_image_is_looked_up_once_for_the_head_and_the_graph(client, full_post, monkeypatch):
    from wagtail.images.models import Image

    client.get(full_post.url)  # renditions made
    asked = []
    original = Image.get_renditions
    monkeypatch.setattr(
        Image, "get_renditions", lambda image, *specs: asked.extend(map(str, specs)) or original(image, *specs)
    )
    html = page_html(client, full_post.url)
    graph = json.loads(html.select_one('script[type="application/ld+json"]').string)
    assert meta(html, "og:image") in [node.get("image", {}).get("url") for node in graph["@graph"]]
    assert asked.count("fill-1200x630") == 1


def test_serving_a_post_writes_no_rendition_back_to_the_cache(client, full_post, monkeypatch, settings):
    from wagtail.images.models import Rendition

    settings.PAGE_CACHE_SECONDS = settings.FRAGMENT_CACHE_SECONDS = 0  # every image tag runs
    author = full_post.authors.first().person
    author.photo = make_image("Author")
    author.save()
    html = page_html(client, full_post.url)  # renditions made, and cached once
    assert html.select_one("img.author-bio__photo")
    backend, written = Rendition.cache_backend, []
    monkeypatch.setattr(backend, "set", lambda key, *args, **kwargs: written.append(key))
    monkeypatch.setattr(backend, "set_many", lambda data, *args, **kwargs: written.extend(data))
    assert client.get(full_post.url).status_code == 200
    assert [key for key in written if "rendition" in key] == []


def test_a_post_without_image_falls_back_to_the_sites_sharing_image(client, make_post, home):
    post = make_post()
    html = page_html(client, post.url)
    assert meta(html, "og:image") is None
    assert meta(html, "twitter:card") == "summary"

    PublisherSettings.objects.update_or_create(
        site=Site.objects.get(is_default_site=True),
        defaults={
            "share_image": make_image("Brand"),
            "share_image_alt": "ZebraMedic logo on teal",
            "social_handle": "zebramedic",
        },
    )
    html = page_html(client, post.url)
    assert ".fill-1200x630" in meta(html, "og:image")
    assert meta(html, "og:image:alt") == "ZebraMedic logo on teal"
    assert meta(html, "twitter:card") == "summary_large_image"
    assert meta(html, "twitter:site") == "@zebramedic"


def test_listings_are_websites_in_link_previews(client, full_post, condition):
    html = page_html(client, "/")
    assert meta(html, "og:type") == "website"
    assert meta(html, "og:url") == "http://localhost/"
    html = page_html(client, f"/condicao/{condition.slug}/")
    assert meta(html, "og:title") == html.h1.get_text(strip=True)
    assert meta(html, "og:url") == f"http://localhost/condicao/{condition.slug}/"
    assert not html.select('script[type="application/ld+json"]')


def test_json_ld_describes_the_post_as_the_page_shows_it(client, full_post, person, reviewer, condition):
    html = page_html(client, full_post.url)
    graph = json_ld(html)
    ids = by_id(graph)
    assert len(ids) == len(graph)  # every node has its own @id

    (article,) = nodes(graph, "BlogPosting")
    (web_page,) = nodes(graph, "MedicalWebPage")
    assert article["headline"] == html.h1.get_text(strip=True)
    assert article["description"] == full_post.intro
    assert article["datePublished"] == "2026-01-02" or article["datePublished"] == full_post.date.isoformat()
    assert article["mainEntityOfPage"] == {"@id": web_page["@id"]}
    assert web_page["mainEntity"] == {"@id": article["@id"]}
    assert web_page["url"] == html.select_one("link[rel=canonical]")["href"]
    assert article["image"]["url"] == meta(html, "og:image")
    assert ids[article["publisher"]["@id"]]["@type"] == "Organization"
    assert ids[article["isPartOf"]["@id"]]["@type"] == "WebSite"
    assert sorted(article["keywords"]) == ["pacing", "sleep"]

    # Medical review, as in the review line.
    assert web_page["lastReviewed"] == "2026-03-02"
    reviewed_by = ids[web_page["reviewedBy"]["@id"]]
    assert (reviewed_by["name"], reviewed_by["honorificSuffix"]) == ("Carlos Lima", "MD")
    assert web_page["audience"]["@type"] == "MedicalAudience"
    (about,) = web_page["about"]
    assert ids[about["@id"]] == {
        "@type": "MedicalCondition",
        "@id": about["@id"],
        "name": "Fibromyalgia",
        "url": f"http://localhost/condicao/{condition.slug}/",
    }
    assert article["about"] == web_page["about"]

    # Authors, with credentials, linking to their author pages.
    (author_ref,) = article["author"]
    author = ids[author_ref["@id"]]
    assert author["@type"] == "Person"
    assert (author["name"], author["honorificSuffix"], author["jobTitle"]) == ("Ana Souza", "MD, PhD", "Rheumatologist")
    assert author["sameAs"] == ["https://orcid.org/0000-0002-1825-0097"]
    assert client.get(author["url"].removeprefix("http://localhost")).status_code == 200
    byline_links = [a["href"] for a in html.select(".byline a.byline__author")]
    assert byline_links == [author["url"].removeprefix("http://localhost")]


def test_json_ld_cites_every_reference_in_the_pages_order(client, full_post):
    html = page_html(client, full_post.url)
    (article,) = nodes(json_ld(html), "BlogPosting")
    citations = article["citation"]
    listed = html.select("ol.references > li, .references li[id^=ref-]")
    assert len(citations) == 3 == len({item["id"] for item in listed})
    assert [item["headline"] for item in citations] == [
        "The 2017 international classification of the Ehlers-Danlos syndromes",
        "Sleep and pain",
        "Never cited",
    ]
    malfait = citations[0]
    assert malfait["@type"] == "ScholarlyArticle"
    assert malfait["sameAs"] == ["https://doi.org/10.1002/ajmg.c.31552", "https://pubmed.ncbi.nlm.nih.gov/28306229/"]
    assert {"@type": "PropertyValue", "propertyID": "DOI", "value": "10.1002/ajmg.c.31552"} in malfait["identifier"]
    assert len(malfait["author"]) == 7  # the page shows six and "et al."; the data keeps them all
    assert malfait["author"][0] == {"@type": "Person", "familyName": "Malfait", "givenName": "F.", "name": "F. Malfait"}
    assert malfait["datePublished"] == "2017"
    issue = malfait["isPartOf"]
    assert (issue["@type"], issue["issueNumber"]) == ("PublicationIssue", "1")
    assert issue["isPartOf"]["volumeNumber"] == "175"
    assert issue["isPartOf"]["isPartOf"] == {"@type": "Periodical", "name": "Am J Med Genet C Semin Med Genet"}
    assert malfait["pagination"] == "8-26"
    # Every DOI and PubMed link on the page is in the data, and the reverse.
    page_links = {a["href"] for a in html.select("a[href^='https://doi.org/'], a[href^='https://pubmed.']")}
    data_links = {link for item in citations for link in item.get("sameAs", [])}
    assert page_links == data_links
    assert "sameAs" not in citations[2]


def test_json_ld_cannot_be_closed_by_text_in_the_post(client, make_post):
    post = make_post(title="</script><script>alert(1)</script>", intro="Fish & chips <b>")
    html = page_html(client, post.url)
    (article,) = nodes(json_ld(html), "BlogPosting")
    assert article["headline"] == "</script><script>alert(1)</script>"
    assert article["description"] == "Fish & chips <b>"
    assert "</script><script>" not in html.select_one('script[type="application/ld+json"]').string


def test_review_fields_are_left_out_of_an_unreviewed_post(client, make_post):
    graph = json_ld(page_html(client, make_post().url))
    (web_page,) = nodes(graph, "MedicalWebPage")
    assert "lastReviewed" not in web_page and "reviewedBy" not in web_page


@pytest.mark.parametrize("text", ["</script><script>alert(1)</script>", "<!-- a & b -->", "café > chá"])
def test_the_graph_cannot_end_its_script_element_and_reads_back_unchanged(text):
    from blog.structured_data import script_json

    written = script_json({"headline": text, "nested": [{"name": text}]})
    assert not {"<", ">", "&"} & set(written)
    assert json.loads(written) == {"headline": text, "nested": [{"name": text}]}


def test_the_sites_sharing_image_is_kept_with_the_settings_and_follows_a_new_file(client, home, committed):
    """Home and listings show the site's sharing image: two queries a page, unless kept."""
    from django.core.files.images import ImageFile
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    brand = make_image("Brand")
    with committed():
        PublisherSettings.objects.update_or_create(
            site=Site.objects.get(is_default_site=True), defaults={"share_image": brand, "share_image_alt": "Logo"}
        )
    first = meta(page_html(client, "/"), "og:image")
    assert ".fill-1200x630" in first and first.startswith("http://localhost/")
    with CaptureQueriesContext(connection) as queries:
        html = page_html(client, "/")
    assert meta(html, "og:image") == first
    assert not [query for query in queries if "wagtailimages" in query["sql"]]

    # What Wagtail's image form does when an editor uploads a new file: its renditions go.
    replacement = make_image("Brand again", color=(200, 40, 40))
    with committed():
        brand.file = ImageFile(replacement.file.open("rb"), name="brand-new.png")
        brand.save()
        brand.renditions.all().delete()
    shown = meta(page_html(client, "/"), "og:image")
    assert shown != first and "brand-new" in shown
