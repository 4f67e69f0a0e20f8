"""Browser tests: Playwright drives Debian's chromium against pytest-django's live server.

One browser for the whole session and a fresh context (cookies, storage) for each test. The live
server runs in a thread of this process, so tests read its mail from ``mail.outbox``.
"""

import json
import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"

# Headless chromium on a machine with a closed network: no background traffic, no sandbox (root).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """Browser tests run last: each one empties the database when it ends and restores it when it
    starts (serialized rollback), which other transactional tests do not expect to follow them."""
    browser_dir = Path(__file__).parent
    items.sort(key=lambda item: Path(str(item.path)).is_relative_to(browser_dir))
    for item in items:
        if Path(str(item.path)).is_relative_to(browser_dir):
            item.add_marker(pytest.mark.browser)


def restore_content_types(alias, snapshot):
    """Empty every table, then put back the snapshot's content types with their ids.

    Restoring the rest looks content types up as it goes (Wagtail's tasks do, when built), and
    would create any that is missing, under an id of its own.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.core.management import call_command

    call_command(
        "flush", database=alias, interactive=False, inhibit_post_migrate=True, reset_sequences=False, verbosity=0
    )
    rows = [row for row in json.loads(snapshot) if row["model"] == "contenttypes.contenttype"]
    ContentType.objects.using(alias).bulk_create([ContentType(pk=row["pk"], **row["fields"]) for row in rows])
    remember_content_types()


def remember_content_types():
    """Fill Django's content type cache from the database as it is now, for every model.

    Serialized rollback builds Wagtail tasks before it restores content types; a model missing
    from the cache then would get a new content type that the restore collides with.
    """
    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType

    ContentType.objects.clear_cache()
    ContentType.objects.get_for_models(*apps.get_models(), for_concrete_models=False)


@pytest.fixture(scope="session")
def browser(django_db_setup, django_db_blocker):
    executable = shutil.which("chromium")
    if not executable:
        pytest.fail("chromium is missing: ./scripts/test installs it (apt-get install chromium).")
    from django.db import connections
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop on this thread; Django would take every
    # ORM call of a test for a call from async code. The tests themselves are synchronous.
    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    # Django keeps connections per context, and Playwright's start leaves the tests in a new one:
    # hand its connections the migrated database's snapshot that serialized rollback restores.
    snapshots = {alias: getattr(connections[alias], "_test_serialized_contents", None) for alias in connections}
    # A transactional test that ran before leaves content types and permissions that post_migrate
    # re-created after its flush, with other ids than the snapshot's: start from empty tables and
    # the snapshot's content types, which restoring the rest looks up as it goes.
    with django_db_blocker.unblock():
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                restore_content_types(alias, snapshot)
    with sync_playwright() as playwright:
        for alias, snapshot in snapshots.items():
            if snapshot is not None:
                connections[alias]._test_serialized_contents = snapshot
        chromium = playwright.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    if previous is None:
        os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
    else:
        os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


@pytest.fixture(autouse=True)
def _browser_database(browser, django_db_serialized_rollback, live_server):
    """Every browser test talks to the live server, on a database restored to its migrated state."""
    # Restored content types keep their first ids; a cache filled after an earlier flush may not.
    remember_content_types()


@pytest.fixture
def new_context(browser, live_server, request):
    """Open browser contexts (pt-BR, desktop size unless told); each is closed after the test."""
    contexts = []

    def open_context(**options):
        options = {"locale": "pt-BR", "viewport": DESKTOP, "base_url": live_server.url, **options}
        context = browser.new_context(**options)
        context.set_default_timeout(10_000)
        contexts.append(context)
        return context

    yield open_context
    failed = getattr(request.node, "rep_call", None) is not None and request.node.rep_call.failed
    for number, context in enumerate(contexts):
        if failed:
            for index, page in enumerate(context.pages):
                save_screenshot(page, f"failures/{request.node.name}-{number}-{index}")
        context.close()


@pytest.fixture
def page(new_context):
    return new_context().new_page()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"rep_{report.when}", report)
    return report


def save_screenshot(page, name):
    path = ARTIFACTS / "screenshots" / f"{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(path), full_page=True)
    return path


def axe_violations(page):
    """What axe-core finds wrong in the page as shown: its violations, each with its nodes."""
    if not AXE.exists():
        pytest.fail("axe-core is missing: ./scripts/test runs `npm ci`.")
    # Evaluated through the DevTools protocol: the site's Content Security Policy refuses the inline
    # <script> that add_script_tag would insert.
    page.evaluate(AXE.read_text() + "\n;true")
    result = page.evaluate("async () => await axe.run(document)")
    return result["violations"]


def assert_accessible(page):
    """axe-core reports nothing, in the light and in the dark colour scheme."""
    problems = {}
    for scheme in ("light", "dark"):
        page.emulate_media(color_scheme=scheme)
        for violation in axe_violations(page):
            targets = [node["target"] for node in violation["nodes"]]
            problems[f"{scheme}: {violation['id']} ({violation['help']})"] = targets
    page.emulate_media(color_scheme="light")
    assert problems == {}, json.dumps(problems, indent=2, ensure_ascii=False)


@pytest.fixture(autouse=True)
def _readers_write_at_test_speed(monkeypatch):
    """The form refuses comments sent within seconds of opening it (bots are quick); so is Playwright."""
    monkeypatch.setattr("comments.forms.MIN_SECONDS_TO_WRITE", 0)


@pytest.fixture
def sign_in(live_server):
    """Give a browser context the session of a signed-in user, as the login form would."""
    from django.conf import settings
    from django.test import Client

    def add_session(context, user):
        client = Client()
        client.force_login(user)
        value = client.cookies[settings.SESSION_COOKIE_NAME].value
        context.add_cookies([{"name": settings.SESSION_COOKIE_NAME, "value": value, "url": live_server.url}])
        return context

    return add_session


@pytest.fixture
def condition_fibro(db):
    from blog.models import Condition

    return Condition.objects.create(name="Fibromialgia", slug="fibromialgia", description="Dor difusa e fadiga.")


@pytest.fixture
def rich_post(make_post, condition_fibro, reviewer):
    """A post with every kind of block a reader meets, two cited references and a short thread."""
    import datetime

    from tests.comments.conftest import approved_comment
    from tests.conftest import findings, items, raw, reference

    post = make_post(
        title="Fibromialgia: o que a pesquisa diz",
        slug="fibromialgia-pesquisa",
        intro="Um resumo das evidências sobre dor crônica difusa, sono e exercício.",
        date=datetime.date(2026, 3, 14),
        conditions=[condition_fibro],
        tags=["dor crônica", "exercício"],
        reviewer=reviewer,
        last_reviewed=datetime.date(2026, 3, 20),
        body=[
            raw("heading", {"text": "O que é", "level": "h2", "anchor": ""}),
            raw("paragraph", '<p>A fibromialgia causa dor difusa. Veja a <a href="https://example.org/">SBR</a>.</p>'),
            raw(
                "key_points",
                {"title": "Pontos-chave", "items": items([{"lead": "Sono", "text": "Dormir bem reduz a dor."}])},
            ),
            findings(["wolfe2016"], ["wolfe2016", "busch2011"], title="O que a pesquisa diz"),
            raw("heading", {"text": "Tratamento", "level": "h2", "anchor": ""}),
            raw("callout", {"kind": "risks", "title": "Riscos", "text": "<p>Fale com um profissional.</p>"}),
            raw(
                "call_to_action",
                {"heading": "Procure um especialista", "text": "Um reumatologista pode ajudar.", "button_label": ""},
            ),
        ],
        references=[
            reference("wolfe2016", title="Revisions to the fibromyalgia diagnostic criteria", authors=3),
            reference("busch2011", title="Exercise for fibromyalgia", authors=2),
        ],
    )
    root = approved_comment(post, "O exercício leve me ajudou muito.", user_name="Maria")
    approved_comment(post, "Comigo também, obrigado!", parent=root, user_name="João")
    approved_comment(post, "Alguém tem indicação de fisioterapia em Recife?", user_name="Ana")
    return post
