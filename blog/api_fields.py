"""How a post's people, topics and references read in the JSON API (Wagtail API v2)."""

from rest_framework.fields import Field

from .citation_formats import csl_item
from .references import CitationIndex


def person_data(person):
    return {
        "name": person.name,
        "slug": person.slug,
        "credentials": person.credentials,
        "role": person.role,
        "profile_url": person.profile_url,
    }


class AuthorsField(Field):
    """The byline, in order, each author with credentials."""

    def to_representation(self, authors):
        return [person_data(author.person) for author in authors.all()]


class PersonField(Field):
    def to_representation(self, person):
        return person_data(person)


class ConditionsField(Field):
    def to_representation(self, conditions):
        return [{"name": condition.name, "slug": condition.slug} for condition in conditions.all()]


class TagsField(Field):
    def to_representation(self, tags):
        return [tag.name for tag in tags.all()]


class ReferencesField(Field):
    """The references in the post's citation order: CSL-JSON items, as reference managers read
    them, with the number the page shows, the Vancouver text and the DOI and PubMed addresses.
    """

    def __init__(self, **kwargs):
        super().__init__(source="*", **kwargs)  # the numbering needs the body as well

    def to_representation(self, post):
        references = []
        for reference in CitationIndex(post.body, post.references).references:
            formatted = reference.formatted
            references.append(
                {
                    "number": reference.number,
                    "cited": reference.is_cited,
                    "csl": csl_item(reference.value),
                    "vancouver": formatted.as_text(),
                    "doi_url": formatted.doi_url,
                    "pubmed_url": formatted.pubmed_url,
                }
            )
        return references
