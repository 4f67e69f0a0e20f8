"""Brazilian Portuguese first, English on request: the switcher, <html lang>, headings and dates."""

import pytest


@pytest.mark.parametrize("javascript", [True, False], ids=["with-js", "without-js"])
def test_reader_switches_to_english_and_back(new_context, rich_post, javascript):
    page = new_context(java_script_enabled=javascript).new_page()
    page.goto(rich_post.url)
    assert page.get_attribute("html", "lang") == "pt-br"
    assert page.get_by_role("heading", level=2, name="Comentários").count() == 1
    assert "14 de Março de 2026" in page.locator(".byline").inner_text()

    page.get_by_role("button", name="English").click()
    page.wait_for_url(f"**{rich_post.url}")
    assert page.get_attribute("html", "lang") == "en"
    assert page.get_by_role("heading", level=2, name="Comments").count() == 1
    assert "March 14, 2026" in page.locator(".byline").inner_text()
    assert page.get_by_role("textbox", name="Name", exact=True).count() == 1

    page.goto("/")  # the choice is remembered
    assert page.get_attribute("html", "lang") == "en"
    page.get_by_role("button", name="Português Brasileiro").click()
    page.wait_for_url("**/")
    assert page.get_attribute("html", "lang") == "pt-br"
