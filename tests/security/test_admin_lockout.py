"""The admin login locks one username from one address after five failures, says so, and unlocks
after the cool-off or by command; other addresses and other usernames keep signing in."""

import datetime

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

PASSWORD = "correct horse battery staple"
LOCKED_EN = "Too many failed sign-in attempts for this account from your network."


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user("editora", "editora@example.org", PASSWORD, is_superuser=True)


@pytest.fixture
def other_editor(django_user_model):
    return django_user_model.objects.create_user("revisor", "revisor@example.org", PASSWORD, is_superuser=True)


def sign_in(username, password, address="198.51.100.7", **extra):
    client = Client(REMOTE_ADDR=address, HTTP_ACCEPT_LANGUAGE="en", **extra)
    response = client.post(reverse("wagtailadmin_login"), {"username": username, "password": password})
    return response


def signed_in(response):
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


def fail(times, username="editora", address="198.51.100.7", **extra):
    return [sign_in(username, "wrong", address, **extra) for _ in range(times)]


def assert_locked(response):
    assert response.status_code == 429
    page = BeautifulSoup(response.content, "html.parser")
    assert LOCKED_EN in page.get_text(" ", strip=True)
    assert "60 minutes" in page.get_text(" ", strip=True)
    assert page.select_one("form input[name=password]") is not None  # the form is shown again
    assert "didn't match" not in page.get_text()


def test_four_failures_then_the_right_password_signs_in(editor):
    for response in fail(4):
        assert response.status_code == 200 and LOCKED_EN not in response.content.decode()
    assert signed_in(sign_in("editora", PASSWORD))
    # Success starts the count again.
    fail(4)
    assert signed_in(sign_in("editora", PASSWORD))


def test_the_fifth_failure_locks_and_even_the_right_password_is_refused(editor):
    *_, fifth = fail(5)
    assert_locked(fifth)
    refused = sign_in("editora", PASSWORD)
    assert_locked(refused)
    assert "_auth_user_id" not in Client().session


def test_another_address_or_another_username_is_not_locked(editor, other_editor):
    fail(5)
    assert signed_in(sign_in("editora", PASSWORD, address="203.0.113.50"))
    assert signed_in(sign_in("revisor", PASSWORD))
    assert_locked(sign_in("editora", PASSWORD))


def test_the_lock_ends_after_the_cool_off(editor, settings):
    settings.AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
    *_, fifth = fail(5)
    assert "15 minutes" in fifth.content.decode()
    AccessAttempt.objects.update(attempt_time=datetime.datetime.now(datetime.UTC) - datetime.timedelta(minutes=16))
    assert signed_in(sign_in("editora", PASSWORD))


def test_axes_reset_unlocks(editor):
    fail(5)
    call_command("axes_reset", verbosity=0)
    assert signed_in(sign_in("editora", PASSWORD))


def test_behind_a_proxy_the_lock_follows_the_readers_address_as_comment_limits_do(editor, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    proxy = "10.0.0.2"
    fail(5, address=proxy, HTTP_X_FORWARDED_FOR="198.51.100.7")
    # Another reader behind the same proxy signs in.
    assert signed_in(sign_in("editora", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="203.0.113.50"))
    # The locked reader cannot escape by writing an address of its own in front.
    assert_locked(sign_in("editora", PASSWORD, address=proxy, HTTP_X_FORWARDED_FOR="192.0.2.1, 198.51.100.7"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"198.51.100.7"}


def test_the_lockout_message_is_in_brazilian_portuguese(editor):
    fail(4)
    client = Client(REMOTE_ADDR="198.51.100.7", HTTP_ACCEPT_LANGUAGE="pt-br")
    response = client.post(reverse("wagtailadmin_login"), {"username": "editora", "password": "wrong"})
    assert response.status_code == 429
    assert "Muitas tentativas de entrada sem sucesso" in response.content.decode()
