"""The 503 page readers get while PostgreSQL cannot be reached."""

import socket

import pytest
from django.db import connections
from django.http import HttpResponse
from django.test import Client
from django.urls import path

from operations.unavailable import RETRY_AFTER_SECONDS


def needs_the_user(get_response):
    """Like any middleware that asks who the reader is before the view runs."""

    def middleware(request):
        request.user.is_authenticated  # noqa: B018 - loads the session, hence the database
        return get_response(request)

    return middleware


def no_database(request):
    return HttpResponse("no query here")


# A URLconf for the middleware case: its view never touches the database.
urlpatterns = [path("plain/", no_database)]
handler500 = "operations.unavailable.server_error"


@pytest.fixture
def unreachable_database(django_db_blocker):
    """Point the default connection at a port where nothing listens, as during a restart."""
    closed = socket.socket()
    closed.bind(("127.0.0.1", 0))  # bound, never listening: connections are refused
    connection = connections["default"]
    saved = dict(connection.settings_dict)
    with django_db_blocker.unblock():
        connection.close()
        connection.settings_dict.update(HOST="127.0.0.1", PORT=closed.getsockname()[1])
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
            closed.close()


@pytest.fixture
def browser():
    return Client(raise_request_exception=False)


def assert_unavailable_page(response, text):
    assert response.status_code == 503
    assert response["Retry-After"] == str(RETRY_AFTER_SECONDS)
    assert response["Cache-Control"] == "no-store"
    assert text in response.content.decode()


def test_a_page_read_while_the_database_is_away_is_a_503_page(unreachable_database, browser):
    response = browser.get("/", HTTP_ACCEPT_LANGUAGE="en")

    assert_unavailable_page(response, "cannot reach its database just now")


def test_the_page_speaks_brazilian_portuguese_by_default(unreachable_database, browser):
    response = browser.get("/")

    assert_unavailable_page(response, "Volte daqui a pouco")
    assert '<html lang="pt-br">' in response.content.decode()


def test_a_comment_sent_while_the_database_is_away_gets_the_503_page(unreachable_database, browser):
    response = browser.post("/comentarios/enviar/", {"comment": "Hello"}, HTTP_ACCEPT_LANGUAGE="en")

    assert_unavailable_page(response, "send it again in a little while")


def test_a_signed_in_reader_whose_session_cannot_be_read_gets_the_503_page(unreachable_database, browser):
    browser.cookies["sessionid"] = "x" * 32

    response = browser.get("/admin/", HTTP_ACCEPT_LANGUAGE="en")

    assert_unavailable_page(response, "cannot reach its database just now")


def test_a_failure_inside_a_middleware_gets_the_503_page(unreachable_database, browser, settings):
    settings.ROOT_URLCONF = __name__
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.needs_the_user"]
    browser.cookies["sessionid"] = "x" * 32

    response = browser.get("/plain/", HTTP_ACCEPT_LANGUAGE="en")

    assert_unavailable_page(response, "cannot reach its database just now")


def test_other_server_errors_keep_the_500_page(browser, settings):
    settings.ROOT_URLCONF = __name__
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, f"{__name__}.needs_the_user"]
    browser.cookies["sessionid"] = "x" * 32

    # The test runner blocks the database for this test: a RuntimeError, not an outage.
    response = browser.get("/plain/")

    assert response.status_code == 500
    assert "Retry-After" not in response
