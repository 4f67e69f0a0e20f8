"""No view that redirects follows a `next` (or Referer) off the site, whatever its disguise."""

from urllib.parse import urlsplit

import pytest
from django.urls import reverse

from comments.models import Status
from tests.comments.conftest import POST_URL, form_data, held_comment

ELSEWHERE = [
    "//evil.com",
    "\\\\evil.com",
    "/\\evil.com",
    "\\/evil.com",
    "///evil.com",
    "javascript:alert(1)",
    "JavaScript:alert(1)",
    "https://evil.com",
    "https:evil.com",
    "https://testserver@evil.com",
    "%2F%2Fevil.com",
    "/%2F/evil.com",
    " //evil.com",
    "\t//evil.com",
    "/\t/evil.com",
    "/\r\nLocation: https://evil.com",
    "/%0d%0aLocation:%20https://evil.com",
    "\r\n//evil.com",
]


def assert_stays_on_site(response):
    assert response.status_code in (200, 302), response.status_code
    if response.status_code != 302:
        return
    location = response["Location"]
    assert "\r" not in location and "\n" not in location
    assert not location.lstrip().startswith(("//", "\\", "/\\")), location
    parts = urlsplit(location.strip())
    assert parts.scheme in ("", "http") and parts.netloc in ("", "testserver"), location


@pytest.fixture
def post(make_post):
    return make_post(title="Living with CRPS")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_the_comment_post(client, post, target):
    response = client.post(POST_URL, form_data(post, next=target))
    assert response.status_code == 302
    assert response["Location"].startswith("/comentarios/enviado/")


@pytest.mark.parametrize("target", ELSEWHERE)
def test_the_language_switch_ignores_next_and_referer_elsewhere(client, home, target):
    assert_stays_on_site(client.post(reverse("set_language"), {"language": "en", "next": target}))
    assert_stays_on_site(client.post(reverse("set_language"), {"language": "en"}, headers={"referer": target}))
    assert_stays_on_site(client.get(reverse("set_language"), {"language": "en", "next": target}))


@pytest.mark.parametrize("target", ELSEWHERE)
def test_the_admin_login_and_logout(client, home, make_user, target):
    make_user(superuser=True, username="editor")
    login = client.post(reverse("wagtailadmin_login"), {"username": "editor", "password": "pw", "next": target})
    assert login.status_code == 302
    assert_stays_on_site(login)
    assert_stays_on_site(client.get(reverse("wagtailadmin_login"), {"next": target}))
    assert_stays_on_site(client.post(reverse("wagtailadmin_logout") + "?next=" + target, {"next": target}))


@pytest.mark.parametrize("target", ELSEWHERE)
def test_moderation_actions_return_only_to_the_admin(moderator_client, post, target):
    comment = held_comment(post)
    response = moderator_client.post(reverse("comment_moderation:act", args=[comment.pk, "approve"]), {"next": target})
    assert response.status_code == 302
    assert_stays_on_site(response)
    comment.refresh_from_db()
    assert comment.status == Status.APPROVED


@pytest.fixture
def moderator_client(client, make_user):
    client.force_login(make_user("Moderators", username="mod"))
    return client
