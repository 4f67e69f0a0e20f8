"""An editor writes a post in the Wagtail admin, publishes it, and finds it on the home page and in the feed."""

import re

import pytest
from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from wagtail.models import GroupPagePermission

from blog.models import BlogPage


@pytest.fixture
def editor(django_user_model, home):
    user = django_user_model.objects.create_user("editora", "editora@example.org", "x", first_name="Lia")
    group = Group.objects.get(name="Editors")  # Wagtail's own: admin access, pages under the root
    group.permissions.add(*Permission.objects.filter(content_type__app_label="blog", codename="view_person"))
    # Our editors publish their own posts; Wagtail's Editors group only submits them for approval.
    publish = Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")
    GroupPagePermission.objects.create(group=group, page=home, permission=publish)
    user.groups.add(group)
    return user


def add_block(page, stream, block_label=None):
    """Insert a block at the end of a StreamField, choosing its type when there is a choice."""
    page.locator(f"[data-contentpath='{stream}'] > * button[title='Insert a block']").last.click()
    if block_label:
        page.get_by_role("option", name=block_label).click()


def start_post(page, home, title):
    """The new post form, with a title, an introduction and a first section heading."""
    page.goto(reverse("wagtailadmin_pages:add", args=["blog", "blogpage", home.pk]))
    page.get_by_role("textbox", name="Title").fill(title)
    page.get_by_role("textbox", name="Introduction").fill("Como dosar atividades ao longo da semana.")
    add_block(page, "body", "Section heading")
    page.locator("#body-0-value-text").fill("O que sabemos")


def add_reference(page, index, key, year, title):
    add_block(page, "references")
    page.locator(f"#references-{index}-value-key").fill(key)
    page.locator(f"#references-{index}-value-year").fill(year)
    page.locator(f"#references-{index}-value-title").fill(title)


def choose_author(page, name):
    page.get_by_role("tab", name="Authors and topics").click()
    page.get_by_role("button", name="Choose person").click()
    page.get_by_role("dialog").get_by_role("link", name=name).click()


def test_editor_publishes_a_post_with_findings_citing_two_references(new_context, sign_in, home, person, editor):
    page = sign_in(new_context(locale="en-GB"), editor).new_page()
    # Body: a heading, research findings citing two references, another heading.
    start_post(page, home, "Ritmo e pausas na hipermobilidade")
    add_block(page, "body", "Research findings")
    page.locator("#body-1-value-findings-0-value-label").fill("Dor")
    page.locator("#body-1-value-findings-0-value-text").fill("Pausas planejadas reduzem crises de dor.")
    page.locator("#body-1-value-findings-0-value-citations-0-value").fill("hakim2017")
    page.locator("[data-contentpath='citations'] button[title='Add']").last.click()  # a second key
    page.locator("#body-1-value-findings-0-value-citations-1-value").fill("malfait2017")
    add_block(page, "body", "Section heading")
    page.locator("#body-2-value-text").fill("Na prática")

    # References tab: the two journal articles the finding cites.
    page.get_by_role("tab", name="References").click()
    for index, (key, year, title) in enumerate(
        [
            ("hakim2017", "2017", "Chronic fatigue in Ehlers-Danlos syndrome"),
            ("malfait2017", "2017", "The 2017 international classification of the Ehlers-Danlos syndromes"),
        ]
    ):
        add_reference(page, index, key, year, title)

    # Authors tab: the byline needs one person.
    choose_author(page, "Ana Souza")

    # Publish once the editor sees "Saved": Wagtail's autosave has made the post a draft and the
    # form posts to its edit view. A Publish racing that first autosave is the next test's case.
    page.wait_for_url(re.compile(r"/admin/pages/\d+/edit/"))
    page.locator("#w-autosave-indicator:not([data-w-autosave-state-value='saving'])").wait_for(state="attached")
    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("published").first.wait_for()

    post = BlogPage.objects.get(title="Ritmo e pausas na hipermobilidade")
    assert post.live
    page.goto("/")
    page.get_by_role("link", name="Ritmo e pausas na hipermobilidade").click()
    assert page.get_by_role("heading", level=2, name="O que sabemos").count() == 1
    assert page.locator(".findings__list a.cite").all_inner_texts() == ["1", "2"]
    assert page.locator(".references__list > li").count() == 2
    feed = page.request.get("/feeds/rss/")
    assert feed.ok and "Ritmo e pausas na hipermobilidade" in feed.text()


def test_publish_sent_during_the_first_autosave_publishes_the_autosaved_draft(
    new_context, sign_in, home, person, editor, settings
):
    """The request that raced the first autosave is sent on to the draft with a 307: the browser
    posts the same form to the draft's edit view, which publishes it (blog/page_editing.py)."""
    from tests.blog.test_admin_editing import autosaved_draft, first_check_passes

    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0  # this test plays the autosave's part itself
    draft = autosaved_draft(home, editor, slug="pausas-planejadas")
    page = sign_in(new_context(locale="en-GB"), editor).new_page()
    start_post(page, home, "Pausas planejadas")
    page.get_by_role("tab", name="References").click()
    add_reference(page, 0, "hakim2017", "2017", "Chronic fatigue in Ehlers-Danlos syndrome")
    choose_author(page, "Ana Souza")
    with first_check_passes():
        page.get_by_role("button", name="More actions").click()
        page.get_by_role("button", name="Publish").click()
        page.get_by_text("published").first.wait_for()
    draft.refresh_from_db()
    assert draft.live and draft.title == "Pausas planejadas"
    assert BlogPage.objects.filter(slug="pausas-planejadas").count() == 1
