"""A post page ships at most 40 KB of CSS and JavaScript, compressed, all served by the site itself."""

import gzip

from bs4 import BeautifulSoup
from django.conf import settings
from django.contrib.staticfiles import finders

from tests.comments.conftest import approved_comment
from tests.conftest import findings, raw, reference

BUDGET_BYTES = 40 * 1024


def linked_assets(html):
    """Addresses of the stylesheets and scripts a page links, in order."""
    soup = BeautifulSoup(html, "html.parser")
    styles = [link["href"] for link in soup.select("link[rel~=stylesheet][href]")]
    scripts = [script["src"] for script in soup.select("script[src]")]
    return styles + scripts


def compressed_size(url):
    assert url.startswith(settings.STATIC_URL), f"{url} is not served by the site itself"
    path = finders.find(url.removeprefix(settings.STATIC_URL).split("?")[0])
    assert path, f"{url} is linked but does not exist"
    with open(path, "rb") as asset:
        # Level 6, gzip's default: a server compressing on the fly does no better.
        return len(gzip.compress(asset.read(), compresslevel=6))


def test_post_page_css_and_js_fit_the_budget(client, make_post):
    post = make_post(
        body=[raw("heading", {"text": "Um", "level": "h2", "anchor": ""}), findings(["a"])],
        references=[reference("a")],
    )
    approved_comment(post, "Um comentário.")
    assets = linked_assets(client.get(post.url).content)
    assert any(url.endswith(".css") for url in assets) and any(url.endswith(".js") for url in assets)
    sizes = {url: compressed_size(url) for url in assets}
    assert sum(sizes.values()) <= BUDGET_BYTES, sizes


def test_home_page_links_only_its_own_assets(client, make_post):
    make_post()
    for url in linked_assets(client.get("/").content):
        assert compressed_size(url) > 0
