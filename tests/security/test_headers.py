"""Every response carries the security headers; the public site's policy is strict and the signed-in
admin's is looser only where Wagtail needs it."""

import re

import pytest
from django.template.loader import get_template
from django.urls import reverse

NONCE = re.compile(r"'nonce-([A-Za-z0-9_-]+)'")


def directives(response, header="Content-Security-Policy"):
    """The policy as {directive: [values]}."""
    policy = {}
    for part in response[header].split(";"):
        name, *values = part.split()
        policy[name] = values
    return policy


def assert_common_headers(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"
    permissions = response["Permissions-Policy"]
    for feature in ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort", "browsing-topics"):
        assert f"{feature}=()" in permissions
    policy = directives(response)
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["base-uri"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["form-action"] == ["'self'"]
    assert "Content-Security-Policy-Report-Only" not in response
    return policy


def assert_strict(policy):
    for directive in ("script-src", "style-src"):
        assert policy[directive][0] == "'self'"
        assert "'unsafe-inline'" not in policy[directive] and "'unsafe-eval'" not in policy[directive]
        assert all(value == "'self'" or value.startswith("'nonce-") for value in policy[directive])


@pytest.fixture
def post(make_post):
    return make_post(title="Living with CRPS", slug="living-with-crps")


@pytest.mark.parametrize("where", ["home", "post", "login", "api", "feed"])
def test_public_responses_carry_the_headers_and_the_strict_policy(client, post, where):
    url = {
        "home": "/",
        "post": post.url,
        "login": reverse("wagtailadmin_login"),
        "api": "/api/v2/posts/",
        "feed": "/feeds/rss/",
    }[where]
    response = client.get(url)
    assert response.status_code == 200, url
    assert_strict(assert_common_headers(response))


def test_the_strict_policy_lists_no_nonce_that_no_element_uses(client, post):
    policy = directives(client.get(post.url))
    assert not NONCE.search(" ".join(policy["script-src"]))


def test_the_signed_in_admin_gets_its_own_policy_with_inline_scripts_and_styles(admin_client):
    response = admin_client.get(reverse("wagtailadmin_explore_root"))
    assert response.status_code == 200
    policy = assert_common_headers(response)
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["img-src"] == ["'self'", "data:", "blob:"]


@pytest.mark.parametrize("url_name", ["wagtailadmin_login", "wagtailadmin_password_reset", "wagtailadmin_home"])
def test_admin_pages_anyone_can_open_keep_the_strict_policy(client, home, url_name):
    response = client.get(reverse(url_name))  # the admin's home redirects to the login page
    assert response.status_code in (200, 302)
    assert_strict(directives(response))


def test_cookies_are_httponly_and_lax(client, post, settings):
    response = client.post(reverse("set_language"), {"language": "en", "next": "/"})
    language = response.cookies[settings.LANGUAGE_COOKIE_NAME]
    assert language["httponly"] and language["samesite"] == "Lax"
    page = client.get(post.url)  # a comment form: the CSRF cookie is set
    csrf = page.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["httponly"] and csrf["samesite"] == "Lax"
    assert settings.SESSION_COOKIE_HTTPONLY and settings.SESSION_COOKIE_SAMESITE == "Lax"


def test_the_server_error_page_has_no_inline_style_or_script():
    html = get_template("500.html").render({})
    assert "<style" not in html and "<script" not in html and "style=" not in html
    assert 'rel="stylesheet" href="/static/css/error.css"' in html
