"""The whole script-injection corpus in a real browser: nothing runs, no dialog opens, the text shows as text.

Every vector calls zmXss() if it ever runs; each page here gets a zmXss that records the call.
After loading, every element of the page is sent the events the vectors listen for (mouseover,
focus, animation, toggle...), so that handlers needing a reader's gesture would fire too.
"""

from urllib.parse import urlencode

import pytest
from django.urls import reverse

from comments.models import Status
from tests.browser.conftest import save_screenshot
from tests.comments.conftest import approved_comment
from tests.xss_corpus import VECTORS

RECORDER = "window.__xssRuns = []; window.zmXss = function () { window.__xssRuns.push(location.href); };"
PROVOKE = """() => {
    const kinds = ["mouseover", "mouseenter", "focus", "blur", "animationstart", "animationend", "toggle",
                   "load", "error", "pageshow", "input", "change"];
    for (const element of document.querySelectorAll("body *")) {
        for (const kind of kinds) element.dispatchEvent(new Event(kind));
    }
}"""
SHOWN_AS_TEXT = ["<script>zmXss()</script>", "<img src=x onerror=zmXss()>", "{{ zmXss() }}", "<svg onload=zmXss()>"]


@pytest.fixture
def watched(new_context):
    """A page that records every zmXss() call and every dialog, in every frame."""
    context = new_context()
    context.add_init_script(RECORDER)
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    return page


def assert_nothing_ran(page):
    page.evaluate(PROVOKE)
    page.wait_for_timeout(300)  # image errors, animations and frames settle
    runs = [run for frame in page.frames for run in (frame.evaluate("window.__xssRuns || []") or [])]
    assert runs == [] and page.dialogs == [], (page.url, runs, page.dialogs)


def test_the_recorder_sees_a_vector_that_runs(watched):
    """The control: were a vector ever served as markup, these tests would see it."""
    watched.set_content("<p>x</p><img src=x onerror=zmXss()>")
    watched.wait_for_timeout(300)
    assert watched.evaluate("window.__xssRuns.length") == 1


@pytest.fixture
def corpus_post(make_post, settings):
    settings.COMMENTS_PER_PAGE = len(VECTORS) + 5
    post = make_post(title="Script, svg, img e iframe: onerror e onload", slug="corpus", intro="zmXss e alert")
    for number, vector in enumerate(VECTORS):
        approved_comment(
            post,
            vector,
            user_name=vector if len(vector) <= 50 else f"Leitora {number}",
            user_url=vector if vector.startswith("https://") and " " not in vector else "",
        )
    return post


def test_a_post_with_the_whole_corpus_in_its_comments(watched, corpus_post):
    watched.goto(corpus_post.url)
    assert watched.locator("article.comment").count() == len(VECTORS)
    assert_nothing_ran(watched)
    text = watched.locator("#comentarios").inner_text()
    for vector in SHOWN_AS_TEXT:
        assert vector in text
    save_screenshot(watched, "xss/post")


def test_search_results_for_the_corpus(watched, corpus_post):
    for vector in VECTORS[::3]:
        watched.goto("/busca/?" + urlencode({"q": vector}))
        assert_nothing_ran(watched)
    watched.goto("/busca/?q=%3Cscript%3EzmXss()%3C/script%3E")
    assert watched.locator("input[name=q]").input_value() == "<script>zmXss()</script>"


def test_the_moderation_queue_holding_the_corpus(watched, corpus_post, sign_in, make_user):
    """A page of the Pending tab at a time: the corpus is held a page's worth after another."""
    from comments.admin_views import PER_PAGE
    from comments.models import Comment

    sign_in(watched.context, make_user("Moderators", username="moderadora"))
    ids = list(Comment.objects.order_by("pk").values_list("pk", flat=True))
    shown = []
    for start in range(0, len(ids), PER_PAGE):
        Comment.objects.update(status=Status.APPROVED, is_public=True)
        Comment.objects.filter(pk__in=ids[start : start + PER_PAGE]).update(status=Status.PENDING, is_public=False)
        watched.goto(reverse("comment_moderation:index") + "?status=pending")
        assert watched.locator("article, tr, li").count() > 0
        assert_nothing_ran(watched)
        shown.append(watched.locator("main").inner_text())
    text = " ".join(" ".join(shown).split())
    assert [vector for vector in VECTORS if " ".join(vector.split()) not in text] == []
    save_screenshot(watched, "xss/moderation-queue")
