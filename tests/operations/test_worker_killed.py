"""A gunicorn worker SIGKILLed inside a comment's transaction leaves no partial rows, and the next
request is served by a fresh worker. Real gunicorn, zebramedic.settings.drill (production settings
plus the fault-injection point), real commits into a scratch database."""

import http.client
import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.parse
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from bench.loopback import production_env, stop_server, worker_pids
from comments.models import Comment
from tests.comments.conftest import form_data

from .content import publish_content
from .processes import database_url, free_port

pytestmark = pytest.mark.django_db


@pytest.fixture
def start_gunicorn(tmp_path):
    """Starts gunicorn on the database the default connection points at now; stops it afterwards."""
    started = []

    def start():
        started.append(_start(tmp_path))
        return started[-1][1]

    yield start
    for process, _server, log in started:
        stop_server(process)
        log.close()


def _start(tmp_path):
    port = free_port()
    env = production_env(
        settings_module="zebramedic.settings.drill",
        database_url=database_url(),
        # The forms are signed in this process, so gunicorn must check them with the same key.
        secret_key=django_settings.SECRET_KEY,
        allowed_hosts="127.0.0.1",
        work=tmp_path,
    )
    log = open(tmp_path / "gunicorn.log", "w")  # noqa: SIM115 - closed after gunicorn stops
    process = subprocess.Popen(
        [
            str(Path(sys.executable).parent / "gunicorn"),
            "zebramedic.wsgi:application",
            "--workers=2",
            f"--bind=127.0.0.1:{port}",
            "--timeout=30",
        ],
        env=env,
        cwd=django_settings.BASE_DIR,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    deadline = time.monotonic() + 90
    while True:
        try:
            if request(port, "GET", "/robots.txt")[0] == 200:
                break
        except OSError:
            pass
        if time.monotonic() > deadline or process.poll() is not None:
            os.killpg(process.pid, signal.SIGKILL)
            raise AssertionError((tmp_path / "gunicorn.log").read_text())
        time.sleep(0.2)
    server = type("Gunicorn", (), {"port": port, "workers": staticmethod(lambda: worker_pids(process.pid))})
    return process, server, log


def request(port, method, path, fields=None, headers=None):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        body = urllib.parse.urlencode(fields) if fields else None
        token = "a" * 32  # a CSRF secret of our own, sent as cookie and as field, as a browser would
        all_headers = {"Cookie": f"csrftoken={token}", **(headers or {})}
        if body is not None:
            body += f"&csrfmiddlewaretoken={token}"
            all_headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=all_headers)
        response = connection.getresponse()
        return response.status, response.getheader("Location", "")
    finally:
        connection.close()


def test_a_worker_killed_inside_a_comment_transaction_leaves_no_row_and_is_replaced(
    scratch_databases, start_gunicorn, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    scratch_databases.use(scratch_databases.clone())
    post = publish_content()
    tag = secrets.token_hex(4)

    gunicorn = start_gunicorn()

    def send(text, headers=None):
        return request(gunicorn.port, "POST", "/comentarios/enviar/", form_data(post, comment=text), headers)

    for number in range(3):
        workers_before = gunicorn.workers()
        killed_text = f"{tag} killed {number}"
        with pytest.raises((http.client.RemoteDisconnected, ConnectionResetError)):
            send(killed_text, {"X-Fault-Injection": "comment-saved"})

        # PostgreSQL rolled back what the dead worker had written when its connection dropped.
        assert not Comment.objects.filter(comment=killed_text).exists()
        deadline = time.monotonic() + 30
        while not gunicorn.workers() - workers_before:
            assert time.monotonic() < deadline, "gunicorn did not replace the killed worker"
            time.sleep(0.1)

        status, location = send(f"{tag} after {number}")
        assert status == 302 and "/comentarios/enviado/" in location
        assert Comment.objects.filter(comment=f"{tag} after {number}").count() == 1

    assert Comment.objects.filter(comment__startswith=tag).count() == 3
