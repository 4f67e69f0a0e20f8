"""The fault-injection point of the worker-killed drill stays inert outside the drill settings."""

import importlib
import signal

import pytest

from comments.models import Comment
from tests.comments.conftest import POST_URL, form_data

KILL = {"HTTP_X_FAULT_INJECTION": "comment-saved"}


class Killed(BaseException):
    pass


@pytest.fixture
def kills(monkeypatch):
    seen = []

    def fake_kill(pid, signum):
        seen.append(signum)
        raise Killed

    monkeypatch.setattr("operations.faults.os.kill", fake_kill)
    return seen


def test_the_header_does_nothing_unless_the_drill_settings_are_on(client, make_post, kills):
    post = make_post()

    response = client.post(POST_URL, form_data(post), **KILL)

    assert response.status_code == 302
    assert kills == []
    assert Comment.objects.count() == 1


def test_in_a_drill_the_worker_dies_after_the_comment_row_was_written(client, make_post, kills, settings):
    settings.FAULT_INJECTION = True
    post = make_post()

    with pytest.raises(Killed):
        client.post(POST_URL, form_data(post), **KILL)

    assert kills == [signal.SIGKILL]
    assert Comment.objects.count() == 0  # the request's transaction never committed


def test_production_cannot_turn_fault_injection_on(monkeypatch):
    monkeypatch.setenv("SECRET_KEY", "x")
    monkeypatch.setenv("ALLOWED_HOSTS", "example.org")
    monkeypatch.setenv("FAULT_INJECTION", "true")

    production = importlib.import_module("zebramedic.settings.production")

    assert importlib.reload(production).FAULT_INJECTION is False
