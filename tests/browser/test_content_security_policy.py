"""The Content Security Policy blocks nothing the site and its admin use: an editor, a moderator and
a reader go about their work and the browser reports no violation, while every step still works."""

import pytest
from django.urls import reverse

from blog.models import BlogPage
from comments.models import Comment
from tests.browser import moderation
from tests.browser.test_comment_journeys import moderator  # noqa: F401 - a fixture
from tests.browser.test_editor_journey import add_block, editor  # noqa: F401 - a fixture

# Runs in every document and frame before the page's own scripts (Playwright injects it through the
# DevTools protocol, which the policy does not govern).
REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  window.reportCspViolation([location.pathname, event.effectiveDirective, event.blockedURI,
    event.sourceFile + ":" + event.lineNumber, event.sample].join(" | "));
});
"""


@pytest.fixture
def watched_context(new_context):
    """Open a browser context whose CSP violations and "Refused to ..." console errors are collected."""

    def open_context(**options):
        context = new_context(**options)
        violations = []
        context.expose_function("reportCspViolation", lambda text: violations.append(text))
        context.add_init_script(REPORT_VIOLATIONS)

        def console(message):
            if "Content Security Policy" in message.text or message.text.startswith("Refused to"):
                violations.append(f"console: {message.text}")

        context.on("console", console)
        context.violations = violations
        return context

    return open_context


def test_an_editor_signs_in_edits_previews_and_publishes_under_the_policy(watched_context, rich_post, editor):  # noqa: F811
    context = watched_context(locale="en-GB")
    page = context.new_page()
    page.goto(reverse("wagtailadmin_login"))
    page.get_by_role("textbox", name="Username").fill("editora")
    page.get_by_label("Password").fill("x")
    page.get_by_role("button", name="Sign in").click()
    page.wait_for_url(f"**{reverse('wagtailadmin_home')}")

    page.goto(reverse("wagtailadmin_explore", args=[rich_post.get_parent().pk]))
    page.get_by_role("link", name=rich_post.title).first.click()
    page.wait_for_url(f"**{reverse('wagtailadmin_pages:edit', args=[rich_post.pk])}")

    # The date picker is started by an inline script of Wagtail's widget.
    page.locator("#id_date").click()
    page.locator(".xdsoft_datetimepicker:visible").wait_for()
    page.keyboard.press("Escape")

    # StreamField: a new section heading.
    blocks = len(rich_post.body)
    add_block(page, "body", "Section heading")
    page.locator(f"#body-{blocks}-value-text").fill("Sob a política de segurança")

    # A chooser in a modal: another author.
    page.get_by_role("tab", name="Authors and topics").click()
    page.get_by_role("button", name="Add author").click()
    page.get_by_role("button", name="Choose person").last.click()
    page.get_by_role("dialog").get_by_role("link", name="Carlos Lima").click()
    page.get_by_role("dialog").wait_for(state="hidden")

    # Preview in the side panel's frame.
    page.get_by_role("button", name="Toggle preview").click()
    preview = page.frame_locator("iframe[title='Preview']").last
    preview.get_by_role("heading", name="Sob a política de segurança").wait_for()

    page.get_by_role("button", name="More actions").click()
    page.get_by_role("button", name="Publish").click()
    page.get_by_text("published").first.wait_for()

    post = BlogPage.objects.get(pk=rich_post.pk)
    assert [block.value["text"] for block in post.body if block.block_type == "heading"][-1] == (
        "Sob a política de segurança"
    )
    assert sorted(author.person.name for author in post.authors.all()) == ["Ana Souza", "Carlos Lima"]
    page.goto(post.url)
    page.get_by_role("heading", name="Sob a política de segurança").wait_for()
    assert context.violations == []


def test_a_moderator_works_the_queue_under_the_policy(watched_context, sign_in, rich_post, moderator):  # noqa: F811
    from tests.comments.conftest import held_comment

    held = held_comment(rich_post, "Uma dúvida sobre fisioterapia aquática.")
    page = sign_in(watched_context(locale="en-GB"), moderator).new_page()
    moderation.open_queue(page)
    # The queue's bulk actions are Wagtail's script: selecting a row shows its action bar.
    page.locator(f"input[data-bulk-action-checkbox][data-object-id='{held.pk}']").check()
    page.locator(".bulk-actions-choices:not(.hidden)").wait_for()
    moderation.approve(page, held.comment)  # asserts the comment is approved
    page.get_by_text(held.comment).wait_for(state="detached")
    assert page.context.violations == []


def test_a_reader_reads_replies_and_switches_language_under_the_policy(watched_context, rich_post):
    context = watched_context()
    page = context.new_page()
    page.goto(rich_post.url)
    # JSON-LD is a data block, not a script: the policy needs no nonce for it.
    assert page.locator("script[type='application/ld+json']").count() == 1
    root = Comment.objects.get(comment__startswith="O exercício leve")
    # comments.js opens the reply form under the comment.
    page.locator(f"#c{root.pk}").get_by_role("link", name="Responder a Maria").click()
    assert page.evaluate("document.activeElement.name") == "comment"
    page.get_by_role("button", name="English").click()
    page.wait_for_url(f"**{rich_post.url}")
    assert page.get_attribute("html", "lang") == "en"
    page.goto("/")
    page.get_by_role("link", name=rich_post.title).first.wait_for()
    assert context.violations == []
