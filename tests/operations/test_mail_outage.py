"""The SMTP outage drill: comments are stored while the mail server is away, their emails wait in
the database queue with growing pauses, and each arrives exactly once when it is back.

Comments are posted through the site in this process (real commits into a scratch database); the
emails are sent by the real `manage.py db_worker`, with production settings, in a subprocess.
"""

import asyncio
import datetime
import email
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from aiosmtpd.controller import Controller
from django.conf import settings as django_settings
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from comments.models import Comment, Status
from tests.comments.conftest import form_data

from .content import publish_content
from .processes import database_url, free_port

pytestmark = pytest.mark.django_db

READERS = ["ana@example.org", "bia@example.org", "caio@example.org"]


class Sink:
    """An SMTP server that keeps every message it is given."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.messages.append((envelope.rcpt_tos, envelope.content.decode()))
        return "250 Message accepted for delivery"


def run_worker(smtp_port):
    """One pass of the production task worker over what is due, then it exits."""
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "zebramedic.settings.production",
        "DATABASE_URL": database_url(),
        "SECRET_KEY": "mail-drill-only",
        "ALLOWED_HOSTS": "testserver",
        "EMAIL_URL": f"smtp://127.0.0.1:{smtp_port}?timeout=5",
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    result = subprocess.run(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=Path(django_settings.BASE_DIR),
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stderr


def queued_emails():
    return DBTaskResult.objects.filter(task_path__startswith="comments.tasks.", status="READY")


def let_time_pass():
    """The pauses a worker waits out, skipped: what is queued becomes due now."""
    queued_emails().update(run_after=timezone.now())


def test_comments_sent_during_a_mail_outage_are_stored_and_their_emails_arrive_once_later(
    scratch_databases, settings, tmp_path
):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    scratch_databases.use(scratch_databases.clone())
    post = publish_content()
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    smtp_port = free_port()  # nothing listens there yet: the mail server is down

    for number, address in enumerate(READERS):
        reader = Client()
        text = f"Comment {number} sent while the mail server is down"
        response = reader.post("/comentarios/enviar/", form_data(post, email=address, comment=text))
        assert response.status_code == 302
        receipt = reader.get(response["Location"])
        assert receipt.status_code == 200 and text in receipt.content.decode()
    assert Comment.objects.filter(status=Status.UNCONFIRMED).count() == len(READERS)
    assert queued_emails().count() == len(READERS)

    pauses = []
    for attempt in (2, 3):
        before = timezone.now()
        log = run_worker(smtp_port)
        assert "Mail server unavailable" in log
        retries = list(queued_emails())
        assert len(retries) == len(READERS)
        assert {retry.args_kwargs["kwargs"]["attempt"] for retry in retries} == {attempt}
        pauses.append(min(retry.run_after for retry in retries) - before)
        let_time_pass()
    assert pauses[0] >= datetime.timedelta(minutes=1)
    assert pauses[1] >= 2 * datetime.timedelta(minutes=1) > pauses[0]

    sink = Sink()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port, loop=asyncio.new_event_loop())
    controller.start()
    try:
        run_worker(smtp_port)
        let_time_pass()
        run_worker(smtp_port)  # nothing left to send: no email goes twice
    finally:
        controller.stop()

    recipients = sorted(address for to, _content in sink.messages for address in to)
    assert recipients == sorted(READERS)
    for to, content in sink.messages:
        body = email.message_from_string(content).get_payload(decode=True).decode()
        link = re.search(r"https?://[^/\s]+(/comentarios/confirmar/[^/\s]+/)", body).group(1)
        page = Client().get(link)
        # Each link confirms the comment of the reader it was sent to.
        assert page.status_code == 200 and page.context["comment"].user_email == to[0]
    assert not queued_emails().exists()
    assert Comment.objects.filter(status=Status.UNCONFIRMED).count() == len(READERS)
