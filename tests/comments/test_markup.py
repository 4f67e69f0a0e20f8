"""Comment text: a safe Markdown subset, rendered on the server and sanitised."""

import pytest
from bs4 import BeautifulSoup

from comments.markup import render
from tests.comments.conftest import approved_comment


@pytest.mark.parametrize(
    ("text", "html"),
    [
        ("**bold** and *soft*", "<p><strong>bold</strong> and <em>soft</em></p>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        ("1. first\n2. second", "<ol>\n<li>first</li>\n<li>second</li>\n</ol>"),
        ("use `pacing`", "<p>use <code>pacing</code></p>"),
        ("line one\nline two", "<p>line one<br>\nline two</p>"),
        ("# not a heading", "<p># not a heading</p>"),
    ],
)
def test_markdown_subset(text, html):
    assert render(text).strip() == html


def test_links_are_marked_as_user_content():
    soup = BeautifulSoup(render("[guide](https://example.org/guide) and https://example.org/bare"), "html.parser")
    links = soup.find_all("a")
    assert [a["href"] for a in links] == ["https://example.org/guide", "https://example.org/bare"]
    assert all(a["rel"] == ["nofollow", "ugc", "noopener"] for a in links)


@pytest.mark.parametrize(
    "attack",
    [
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">x</a>',
        "![x](https://evil.example/x.png)",
        "<iframe src=https://evil.example></iframe>",
        '[x](https://ok.example "title" onmouseover="alert(1)")',
    ],
)
def test_no_markup_can_run_script_or_embed(attack):
    soup = BeautifulSoup(render(attack), "html.parser")
    assert soup.find(["script", "img", "iframe"]) is None
    for tag in soup.find_all(True):
        assert set(tag.attrs) <= {"href", "rel"}
        assert not tag.get("href", "").lower().startswith("javascript")


def test_thread_shows_the_rendered_text(client, post):
    approved_comment(post, "Try **pacing** <script>alert(1)</script>")
    html = client.get(post.url).content.decode()
    assert "<strong>pacing</strong>" in html
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
