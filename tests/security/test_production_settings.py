"""Production: HTTPS-only headers and cookies, and a policy that follows where media is served from."""

import json

from tests.test_settings import PRODUCTION_ENV, manage

PRINT_SECURITY = (
    "import json; from django.conf import settings as s; from django.utils.csp import build_policy;"
    "print(json.dumps({"
    "'hsts': [s.SECURE_HSTS_SECONDS, s.SECURE_HSTS_INCLUDE_SUBDOMAINS, s.SECURE_HSTS_PRELOAD],"
    "'secure_cookies': [s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE, s.LANGUAGE_COOKIE_SECURE],"
    "'httponly': [s.SESSION_COOKIE_HTTPONLY, s.CSRF_COOKIE_HTTPONLY, s.LANGUAGE_COOKIE_HTTPONLY],"
    "'policy': build_policy(s.SECURE_CSP), 'admin_policy': build_policy(s.SECURE_CSP_ADMIN)}))"
)


def production_security(**env):
    result = manage("shell", "--no-imports", "-c", PRINT_SECURITY, env={**PRODUCTION_ENV, **env})
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_production_is_https_only():
    found = production_security()
    assert found["hsts"] == [31_536_000, True, True]
    assert found["secure_cookies"] == [True, True, True]
    assert found["httponly"] == [True, True, True]
    for policy in (found["policy"], found["admin_policy"]):
        assert "upgrade-insecure-requests" in policy.split("; ")
        assert "report-uri" not in policy


def test_media_on_another_origin_and_a_report_address_enter_the_policy():
    found = production_security(
        MEDIA_URL="https://media.zebramedic.org/uploads/",
        CSP_MEDIA_ORIGINS="https://cdn.example.net",
        CSP_REPORT_URI="https://reports.example.net/csp",
    )
    directives = dict(part.split(" ", 1) for part in found["policy"].split("; ") if " " in part)
    assert directives["img-src"] == "'self' data: https://cdn.example.net https://media.zebramedic.org"
    assert directives["media-src"] == "'self' https://cdn.example.net https://media.zebramedic.org"
    assert directives["report-uri"] == "https://reports.example.net/csp"
    assert "https://media.zebramedic.org" in found["admin_policy"]
