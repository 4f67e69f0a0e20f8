"""Editors build a complete post in the Wagtail admin; invalid references never get saved."""

from unittest import mock

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield
from wagtail.users.models import UserProfile

from blog.models import BlogPage


def listblock(values):
    """Form data of a ListBlock: like a stream, without block types."""
    return {
        "count": str(len(values)),
        **{str(i): {"value": value, "deleted": "", "order": str(i), "id": ""} for i, value in enumerate(values)},
    }


def reference_data(key, **fields):
    data = {
        "key": key,
        "authors": streamfield(
            [
                ("person", {"family_name": "Malfait", "given_names": "F"}),
                ("group", "Ehlers-Danlos Consortium"),
            ]
        ),
        "year": "2017",
        "title": f"Article {key}",
        "container": "Am J Med Genet C Semin Med Genet",
        "volume": "175",
        "issue": "1",
        "pages": "8-26",
        "doi": "https://doi.org/10.1002/ajmg.c.31552",
        "pmid": "28306229",
        "url": "",
        "accessed": "",
    }
    data.update(fields)
    return data


def post_form(person, condition, reviewer, *, references=None, **overrides):
    data = {
        "title": "Living with hypermobility",
        "slug": "living-with-hypermobility",
        "intro": "What the research says about hypermobility, and what it means day to day.",
        "date": "2026-11-02",
        "featured_image": "",
        "featured_image_alt": "",
        "body": streamfield(
            [
                ("heading", {"text": "What it is", "level": "h2", "anchor": ""}),
                ("paragraph", rich_text("<p>Joints that move <b>further</b> than usual.</p>")),
                (
                    "key_points",
                    {"title": "", "items": listblock([{"lead": "Pacing", "text": "Plan rest."}])},
                ),
                (
                    "research_findings",
                    {
                        "title": "What the research says",
                        "findings": listblock(
                            [
                                {"label": "Criteria", "text": "Defined in 2017.", "citations": listblock(["b"])},
                                {"label": "Care", "text": "Multidisciplinary.", "citations": listblock(["a", "b"])},
                            ]
                        ),
                    },
                ),
                ("callout", {"kind": "risks", "title": "Considerations and risks", "text": rich_text("<p>Care.</p>")}),
                (
                    "call_to_action",
                    {
                        "heading": "See a specialist",
                        "text": "A rheumatologist can help.",
                        "button_label": "",
                        "page": "",
                        "url": "",
                    },
                ),
            ]
        ),
        "references": streamfield(
            references or [("reference", reference_data("a")), ("reference", reference_data("b"))]
        ),
        "authors": inline_formset([{"person": str(person.pk)}], min=1),
        "related_pins": inline_formset([]),
        "tags": "hypermobility, diagnosis",
        "reviewer": str(reviewer.pk),
        "last_reviewed": "2026-11-03",
        "next_review_due": "2027-11-03",
        "disclaimer": rich_text(""),
        "allow_comments": "default",
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
        "action-publish": "action-publish",
    }
    data.update(overrides)
    form_data = nested_form_data(data)
    form_data["conditions"] = [str(condition.pk)]  # a multiple choice: nested_form_data would number it
    return form_data


def add_url(home):
    return reverse("wagtailadmin_pages:add", args=("blog", "blogpage", home.pk))


@pytest.mark.django_db
def test_admin_creates_and_publishes_a_post_with_references(admin_client, home, person, condition, reviewer, client):
    response = admin_client.post(add_url(home), post_form(person, condition, reviewer))
    assert response.status_code == 302, response.context["form"].errors if response.context else response
    post = BlogPage.objects.get(slug="living-with-hypermobility")
    assert post.live
    assert post.get_parent().specific == home
    assert [a.person for a in post.authors.all()] == [person]
    assert list(post.conditions.all()) == [condition]
    assert sorted(t.name for t in post.tags.all()) == ["diagnosis", "hypermobility"]
    references = [child.value for child in post.references]
    assert [r["key"] for r in references] == ["a", "b"]
    assert references[0]["doi"] == "10.1002/ajmg.c.31552"  # pasted as a link, stored bare
    assert references[0]["authors"][1].block_type == "group"

    page = client.get(post.url)
    assert page.status_code == 200
    html = page.content.decode()
    # b is cited first, so it is [1].
    assert 'id="ref-1"' in html and "Article b." in html.split('id="ref-1"')[1].split("</li>")[0]
    assert "Ehlers-Danlos Consortium" in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("field", "bad"),
    [("doi", "10.1002"), ("pmid", "28306229x"), ("year", "3017"), ("year", "1400"), ("key", "Bad Key")],
)
def test_admin_refuses_bad_reference_values(admin_client, home, person, condition, reviewer, field, bad):
    second = reference_data("b")
    second[field] = bad
    references = [("reference", reference_data("a")), ("reference", second)]
    response = admin_client.post(add_url(home), post_form(person, condition, reviewer, references=references))
    assert response.status_code == 200
    form = response.context["form"]
    assert "references" in form.errors
    error = form.errors.as_data()["references"][0]
    assert set(error.block_errors[1].block_errors) == {field}
    assert not BlogPage.objects.exists()
    assert not Revision.objects.filter(base_content_type__model="blogpage").exists()


@pytest.mark.django_db
def test_admin_refuses_a_citation_of_a_missing_reference(admin_client, home, person, condition, reviewer):
    references = [("reference", reference_data("a"))]  # the body also cites "b"
    response = admin_client.post(add_url(home), post_form(person, condition, reviewer, references=references))
    assert response.status_code == 200
    assert "“b”" in str(response.context["form"].errors["body"])
    assert not BlogPage.objects.exists()


@pytest.mark.django_db
def test_admin_refuses_the_same_author_twice(admin_client, home, person, condition, reviewer):
    data = post_form(person, condition, reviewer)
    data.update(nested_form_data({"authors": inline_formset([{"person": str(person.pk)}, {"person": str(person.pk)}])}))
    response = admin_client.post(add_url(home), data)
    assert response.status_code == 200
    assert not BlogPage.objects.exists()


@pytest.mark.django_db
def test_editor_sees_the_tabs(admin_client, admin_user, home):
    UserProfile.objects.update_or_create(user=admin_user, defaults={"preferred_language": "en"})
    response = admin_client.get(add_url(home))
    assert response.status_code == 200
    html = response.content.decode()
    for tab in ("Content", "References", "Authors and topics", "Medical review", "Promote"):
        assert tab in html


@pytest.mark.django_db
def test_preview_shows_unsaved_authors_and_references(admin_client, home, person, condition, reviewer):
    data = post_form(person, condition, reviewer)
    preview_url = reverse("wagtailadmin_pages:preview_on_add", args=("blog", "blogpage", home.pk))
    response = admin_client.post(preview_url, data)
    assert response.status_code == 200 and response.json()["is_valid"]
    html = admin_client.get(preview_url).content.decode()
    assert "Ana Souza, MD, PhD" in html
    assert 'id="ref-2"' in html and "Article a." in html
    assert not BlogPage.objects.exists()


def first_check_passes():
    """Page._slug_is_available() that says yes to its first caller, the form: as when another request
    saved a page with the slug between the form's check and the page's own."""
    from wagtail.models import Page

    real, calls = Page._slug_is_available, []

    def check(slug, parent_page, page=None):
        calls.append(slug)
        return len(calls) == 1 or real(slug, parent_page, page)

    return mock.patch.object(Page, "_slug_is_available", staticmethod(check))


def autosaved_draft(home, owner, slug="living-with-hypermobility"):
    """The page Wagtail's autosave makes of a new post: a draft of the editor's, never published."""
    draft = BlogPage(title="Living with", slug=slug, intro="Draft.", date="2026-11-02", live=False, owner=owner)
    home.add_child(instance=draft)
    draft.save_revision(user=owner)
    return draft


@pytest.mark.django_db
def test_publish_racing_the_first_autosave_publishes_the_autosaved_draft(
    admin_client, admin_user, home, person, condition, reviewer
):
    draft = autosaved_draft(home, admin_user)
    data = post_form(person, condition, reviewer)
    with first_check_passes():
        response = admin_client.post(add_url(home), data)
    edit_url = reverse("wagtailadmin_pages:edit", args=[draft.pk])
    assert response.status_code == 307 and response["Location"] == edit_url
    home.refresh_from_db()
    assert home.numchild == home.get_children().count() == 1  # the refused save left the tree as it was

    response = admin_client.post(edit_url, data)  # what the browser does with a 307
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live and draft.title == "Living with hypermobility"
    assert [author.person for author in draft.authors.all()] == [person]
    assert BlogPage.objects.filter(slug="living-with-hypermobility").count() == 1


@pytest.mark.django_db
def test_a_slug_taken_by_someone_elses_draft_in_the_meantime_is_not_taken_over(
    admin_client, home, person, condition, reviewer, django_user_model
):
    other = django_user_model.objects.create_user("lia", password="pw")
    autosaved_draft(home, other)
    with first_check_passes(), pytest.raises(ValidationError):
        admin_client.post(add_url(home), post_form(person, condition, reviewer))
