"""What a post tells search engines and link previews: its sharing image and its schema.org graph.

The graph is one JSON-LD `@graph` whose nodes refer to each other by `@id`: the publisher and the
website, the post as a `BlogPosting` inside a `MedicalWebPage` (with its medical review and the
conditions it is about), its authors and reviewer as `Person`s, and each reference as a
`ScholarlyArticle` citation. Everything it says is also on the page.
"""

import json

from django.utils.safestring import mark_safe
from django.utils.translation import get_language, to_locale

from .citation_formats import export_authors
from .image_sizes import LOGO_RENDITION, SHARE_RENDITION
from .page_cache import content_key, remembered
from .references import DOI_RESOLVER, PUBMED
from .sites import absolute_url

# JSON-LD goes inside <script>: these characters must not be able to end it or open a comment.
# Three replace() calls: str.translate() with a mapping costs about 1 ms on a post's graph.
SCRIPT_SAFE = (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"))


def script_json(data):
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    for character, escaped in SCRIPT_SAFE:
        text = text.replace(character, escaped)
    return mark_safe(text)


def rendition_data(request, image, spec):
    """(absolute address, width, height) of a rendition of `image`, or None without an image.

    Worked out once per request: a post's head and its JSON-LD graph both show its share image,
    and each rendition look-up parses its filter spec. get_renditions(), unlike get_rendition(),
    does not write a rendition that came prefetched with the image back to the cache.
    """
    if not image:
        return None
    known = request.__dict__.setdefault("_renditions_shown", {}) if request is not None else {}
    if (image.pk, spec) not in known:
        known[image.pk, spec] = _absolute(request, _rendition_shown(image, spec))
    return dict(known[image.pk, spec])  # callers may add to it


def share_image(request, page, publisher):
    """The image and alternative text a link preview of `page` shows."""
    featured = getattr(page, "featured_image", None)
    if featured:
        return rendition_data(request, featured, SHARE_RENDITION), page.featured_image_alt
    if publisher and publisher.share_image_id:
        return site_share_image(request, publisher), publisher.share_image_alt
    return None, ""


def site_share_image(request, publisher):
    """The site's default share image, which every page without a cover shows (home and listings
    among them): kept beside the site's settings, under the content generation, which a change to
    the settings or to any image moves (blog.cache_invalidation). Two queries a page otherwise."""
    key = site_share_image_key(publisher)
    shown = remembered(key, lambda: _rendition_shown(publisher.share_image, SHARE_RENDITION))
    return _absolute(request, shown)


def site_share_image_key(publisher):
    """Where site_share_image() keeps what it shows, or None for a site without a share image."""
    if not (publisher and publisher.share_image_id):
        return None
    return content_key(f"share-image:{publisher.pk}:{publisher.share_image_id}:{SHARE_RENDITION}")


def _rendition_shown(image, spec):
    rendition = image.get_renditions(spec)[spec]
    return {"url": rendition.url, "width": rendition.width, "height": rendition.height}


def _absolute(request, shown):
    url = shown["url"]
    return {**shown, "url": url if "://" in url else absolute_url(request, url)}


def og_locale():
    return to_locale(get_language() or "pt-br")


# --- The graph ---------------------------------------------------------------------------------


class PostGraph:
    """Builds the JSON-LD graph of one post page."""

    def __init__(self, request, post, *, citations, blog_index, site_name, publisher=None):
        self.request = request
        self.post = post
        self.citations = citations
        self.blog_index = blog_index
        self.site_name = site_name
        self.publisher = publisher
        self.root = absolute_url(request, "/")
        self.url = post.get_full_url(request)

    def ids(self, name):
        return {"@id": f"{self.root}#{name}"}

    def listing_url(self, kind, slug):
        if not self.blog_index:
            return None
        return self.blog_index.get_full_url(self.request) + self.blog_index.reverse_subpage(kind, args=(slug,))

    def person(self, person):
        node = {"@type": "Person", "@id": f"{self.root}#person-{person.slug}", "name": person.name}
        optional = {
            "honorificSuffix": person.credentials,
            "jobTitle": person.role,
            "description": person.bio,
            "url": self.listing_url("author", person.slug),
            "sameAs": [person.profile_url] if person.profile_url else None,
        }
        node.update({key: value for key, value in optional.items() if value})
        return node

    def condition(self, condition):
        node = {"@type": "MedicalCondition", "@id": f"{self.root}#condition-{condition.slug}", "name": condition.name}
        url = self.listing_url("condition", condition.slug)
        if url:
            node["url"] = url
        return node

    def organisation(self):
        node = {"@type": "Organization", **self.ids("publisher"), "name": self.site_name, "url": self.root}
        logo = rendition_data(self.request, self.publisher.logo if self.publisher else None, LOGO_RENDITION)
        if logo:
            node["logo"] = {"@type": "ImageObject", **logo}
        return node

    def website(self):
        return {
            "@type": "WebSite",
            **self.ids("website"),
            "url": self.root,
            "name": self.site_name,
            "publisher": self.ids("publisher"),
            "inLanguage": get_language(),
        }

    def build(self):
        post = self.post
        authors = [author.person for author in post.authors.all()]
        people = {person.pk: person for person in authors}
        if post.reviewer:
            people.setdefault(post.reviewer.pk, post.reviewer)
        conditions = list(post.conditions.all())
        article_id = {"@id": f"{self.url}#article"}
        page_id = {"@id": self.url}

        article = {
            "@type": "BlogPosting",
            **article_id,
            "headline": post.title,
            "description": post.search_description or post.intro,
            "url": self.url,
            "mainEntityOfPage": page_id,
            "isPartOf": self.ids("website"),
            "datePublished": post.date.isoformat(),
            "author": [{"@id": self.person(person)["@id"]} for person in authors],
            "publisher": self.ids("publisher"),
            "inLanguage": get_language(),
            "timeRequired": f"PT{post.reading_minutes}M",
            "about": [{"@id": self.condition(condition)["@id"]} for condition in conditions],
            "keywords": [tag.name for tag in post.tags.all()],
            "citation": [scholarly_article(reference.value) for reference in self.citations.references],
        }
        if post.last_published_at:
            article["dateModified"] = post.last_published_at.isoformat()
        image, _alt = share_image(self.request, post, None)
        if image:
            article["image"] = {"@type": "ImageObject", **image}

        web_page = {
            "@type": "MedicalWebPage",
            **page_id,
            "url": self.url,
            "name": post.title,
            "isPartOf": self.ids("website"),
            "mainEntity": article_id,
            "about": [{"@id": self.condition(condition)["@id"]} for condition in conditions],
            "audience": {"@type": "MedicalAudience", "audienceType": "Patient"},
            "inLanguage": get_language(),
        }
        if post.reviewer and post.last_reviewed:
            web_page["lastReviewed"] = post.last_reviewed.isoformat()
            web_page["reviewedBy"] = {"@id": self.person(post.reviewer)["@id"]}

        graph = [
            self.organisation(),
            self.website(),
            web_page,
            _without_empty(article),
            *(self.person(person) for person in people.values()),
            *(self.condition(condition) for condition in conditions),
        ]
        return {"@context": "https://schema.org", "@graph": graph}


def _without_empty(node):
    return {key: value for key, value in node.items() if value not in (None, "", [])}


def scholarly_article(value):
    """A ReferenceBlock value as a schema.org ScholarlyArticle."""
    doi, pmid = value.get("doi") or "", value.get("pmid") or ""
    article = {"@type": "ScholarlyArticle", "headline": " ".join((value.get("title") or "").split())}
    authors = [
        {"@type": "Organization", "name": author.group}
        if author.group
        else {"@type": "Person", "familyName": author.family, "givenName": author.given, "name": _full_name(author)}
        for author in export_authors(value)
    ]
    if authors:
        article["author"] = authors
    if value.get("year"):
        article["datePublished"] = str(value["year"])
    periodical = _periodical(value)
    if periodical:
        article["isPartOf"] = periodical
    if value.get("pages"):
        article["pagination"] = value["pages"]
    article["identifier"] = [
        {"@type": "PropertyValue", "propertyID": name, "value": identifier}
        for name, identifier in (("DOI", doi), ("PMID", pmid))
        if identifier
    ]
    same_as = ([f"{DOI_RESOLVER}{doi}"] if doi else []) + ([f"{PUBMED}{pmid}/"] if pmid else [])
    if same_as:
        article["sameAs"] = same_as
    url = value.get("url") or (same_as[0] if same_as else "")
    if url:
        article["url"] = url
    return _without_empty(article)


def _full_name(author):
    return f"{author.given} {author.family}".strip()


def _periodical(value):
    """The journal, wrapped in its volume and issue as schema.org nests them."""
    journal = " ".join((value.get("container") or "").split())
    if not journal:
        return None
    node = {"@type": "Periodical", "name": journal}
    if value.get("volume"):
        node = {"@type": "PublicationVolume", "volumeNumber": str(value["volume"]), "isPartOf": node}
    if value.get("issue"):
        node = {"@type": "PublicationIssue", "issueNumber": str(value["issue"]), "isPartOf": node}
    return node
