"""Reading a post in a real browser: citations, phones to wide screens, dark mode, print, scripts."""

from tests.browser.conftest import DESKTOP, PHONE, save_screenshot
from tests.comments.conftest import approved_comment

WIDTHS = (320, 375, 768, 1024, 1440)


def in_viewport(locator):
    return locator.evaluate(
        "el => { const r = el.getBoundingClientRect(); return r.top >= 0 && r.bottom <= window.innerHeight; }"
    )


def test_reader_follows_a_citation_marker_to_its_reference_and_back(page, rich_post):
    errors = []
    page.on("pageerror", lambda error: errors.append(error))
    page.set_viewport_size(PHONE)
    page.goto(rich_post.url)
    findings = page.locator(".findings__list > li")
    marker = findings.nth(1).get_by_role("link", name="Referência 2")
    marker.click()
    reference = page.locator("#ref-2")
    assert page.evaluate("location.hash") == "#ref-2"
    assert in_viewport(reference)
    assert "Exercise for fibromyalgia" in reference.inner_text()

    reference.get_by_role("link", name="Voltar para onde a referência 2 é citada").click()
    marker_id = marker.get_attribute("id")
    assert page.evaluate("location.hash") == f"#{marker_id}"
    assert in_viewport(marker)
    page.go_back()
    assert page.evaluate("location.hash") == "#ref-2"
    assert errors == []


def test_screenshots_of_home_and_post_at_phone_and_desktop_widths(page, rich_post):
    for name, size in (("phone", PHONE), ("desktop", DESKTOP)):
        page.set_viewport_size(size)
        page.goto("/")
        save_screenshot(page, f"home-{name}")
        page.goto(rich_post.url)
        save_screenshot(page, f"post-{name}")
        page.emulate_media(color_scheme="dark")
        save_screenshot(page, f"post-{name}-dark")
        page.emulate_media(color_scheme="light")


def test_pages_fit_from_320_to_1440_pixels_with_a_readable_column(page, rich_post):
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for url in ("/", rich_post.url, "/busca/?q=fibromialgia"):
            page.goto(url)
            overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
            assert overflow <= 0, f"{url} scrolls sideways at {width}px"
            if url == "/":
                card, text = (
                    page.locator(item).first.bounding_box()["width"] for item in (".post-card", ".post-card__text")
                )
                assert text >= card - 2  # a card without a picture gives its text the whole width
        page.goto(rich_post.url)
        paragraph = page.locator(".post-body .rich-text p").first
        size = paragraph.evaluate("el => parseFloat(getComputedStyle(el).fontSize)")
        line = paragraph.evaluate("el => el.getBoundingClientRect().width")
        assert size >= 17, width
        assert line / size <= 40, width  # about 75 characters at most: a comfortable measure


def test_dark_scheme_follows_the_system(page, rich_post):
    page.goto(rich_post.url)
    background = "getComputedStyle(document.body).backgroundColor"
    page.emulate_media(color_scheme="light")
    light = page.evaluate(background)
    page.emulate_media(color_scheme="dark")
    dark = page.evaluate(background)
    assert light == "rgb(251, 250, 247)"
    assert dark == "rgb(18, 24, 23)"


def test_print_keeps_the_post_and_its_references_in_full_and_leaves_comments_out(page, rich_post):
    page.goto(rich_post.url)
    page.emulate_media(media="print")

    def shown(selector):
        return page.locator(selector).first.evaluate("el => getComputedStyle(el).display !== 'none'")

    assert shown(".post-body") and shown(".references")
    assert not shown("#comentarios")
    assert not shown(".site-header") and not shown(".site-footer") and not shown(".language-switcher")
    doi = page.locator("#ref-1 a[href*='doi.org']")
    printed = doi.evaluate("el => getComputedStyle(el, '::after').content")
    assert "https://doi.org/10.1000/wolfe2016" in printed
    # The browser's own print to PDF runs through the same rules.
    assert page.pdf()[:4] == b"%PDF"


def test_more_comments_load_in_place_with_javascript(page, rich_post, settings):
    settings.COMMENTS_PER_PAGE = 2
    approved_comment(rich_post, "Quarto comentário, na segunda página.", user_name="Rui")
    page.goto(rich_post.url)
    assert page.locator(".comment-list > li").count() == 2
    url = page.url
    page.get_by_role("link", name="Mais comentários").click()
    newcomer = page.locator(".comment", has_text="Quarto comentário")
    newcomer.wait_for()
    assert page.locator(".comment-list > li").count() == 3
    assert page.url == url  # no page load
    assert page.evaluate("document.activeElement.closest('.comment-list > li') !== null")


def test_more_comments_are_a_plain_link_without_javascript(new_context, rich_post, settings):
    settings.COMMENTS_PER_PAGE = 2
    approved_comment(rich_post, "Quarto comentário, na segunda página.", user_name="Rui")
    page = new_context(java_script_enabled=False).new_page()
    page.goto(rich_post.url)
    page.get_by_role("link", name="Mais comentários").click()
    assert "comments-page=2" in page.url
    assert page.locator(".comment-list > li").count() == 1
