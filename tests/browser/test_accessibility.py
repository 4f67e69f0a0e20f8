"""WCAG 2.2 AA in a real browser: axe-core finds nothing, keyboard users can get around."""

import pytest

from tests.browser.conftest import assert_accessible


@pytest.fixture
def site(rich_post, make_post):
    make_post(title="Sono e dor crônica", intro="Como o sono muda a dor.")
    return rich_post


def test_home_page(page, site):
    page.goto("/")
    assert_accessible(page)


def test_condition_listing(page, site):
    page.goto("/condicao/fibromialgia/")
    assert page.get_by_role("heading", level=1).inner_text().endswith("Fibromialgia")
    assert_accessible(page)


def test_post_with_comments(page, site):
    page.goto(site.url)
    assert page.locator(".comment").count() == 3
    assert_accessible(page)


def test_search_results(page, site):
    page.goto("/busca/?q=fibromialgia")
    assert page.locator(".search-results li").count() == 1
    assert_accessible(page)


def test_comment_form_showing_errors(page, site):
    page.goto(site.url)
    form = page.locator("#comment-form")
    form.get_by_role("textbox", name="E-mail", exact=True).fill("não é um endereço")
    form.get_by_role("button", name="Enviar comentário").click()
    summary = page.get_by_role("alert")
    summary.wait_for()  # the answer to the POST has loaded
    # The summary takes the focus, so that it is read out first, and links to each field.
    assert page.evaluate("document.activeElement.id") == "form-problems"
    assert summary.get_by_role("link").count() == 3  # name, email and comment
    summary.get_by_role("link", name="E-mail").click()
    assert page.evaluate("document.activeElement.id") == "id_email"
    email = page.get_by_role("textbox", name="E-mail", exact=True)
    assert email.get_attribute("aria-invalid") == "true"
    assert "id_email_error" in email.get_attribute("aria-describedby")
    assert_accessible(page)


def test_skip_link_and_visible_focus(page, site):
    page.goto(site.url)
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Pular para o conteúdo")
    assert page.evaluate("document.activeElement.className") == "skip-link"
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["height"] > 0  # shown on screen once focused
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.keyboard.press("Tab")
    outline = page.evaluate(
        "(() => { const s = getComputedStyle(document.activeElement);"
        " return [s.outlineStyle, parseFloat(s.outlineWidth)]; })()"
    )
    assert outline[0] != "none" and outline[1] >= 2


def test_landmarks(page, site):
    page.goto(site.url)
    assert page.get_by_role("banner").count() == 1
    assert page.get_by_role("main").count() == 1
    assert page.get_by_role("contentinfo").count() == 1
    assert page.get_by_role("search").count() == 1
    assert page.get_by_role("region", name="Comentários").count() == 1
