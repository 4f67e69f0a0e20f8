"""The site under production settings, served over plain HTTP on 127.0.0.1.

The benchmark, the fault drills and the worker-killed test all start gunicorn this way: one place
says what production settings must give up to run on the loopback, and why, and how such a server
is watched and stopped.
"""

import os
import signal
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def production_env(*, settings_module, database_url, secret_key, allowed_hosts, work, redis_url=None):
    """The environment of gunicorn (and manage.py) for such a run; `work` holds static and media files.

    Without `redis_url` each worker keeps its own memory cache, and production then keeps the page
    cache off: every page is freshly rendered.
    """
    work = Path(work)
    env = dict(os.environ)
    env.pop("REDIS_URL", None)
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": settings_module,
            "DATABASE_URL": database_url,
            "SECRET_KEY": secret_key,
            "ALLOWED_HOSTS": allowed_hosts,
            # Plain HTTP: no redirect to HTTPS, no HSTS.
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "SECURE_HSTS_PRELOAD": "false",
            "SECURE_HSTS_INCLUDE_SUBDOMAINS": "false",
            # One client sends every comment: the per-address limits would answer 429.
            "COMMENTS_PER_MINUTE": "100000000",
            "COMMENTS_PER_HOUR": "100000000",
            "STATIC_ROOT": str(work / "static"),
            "MEDIA_ROOT": str(work / "media"),
            "EMAIL_URL": "dummy://",
            "LOG_LEVEL": "WARNING",
            "PYTHONPATH": str(ROOT),
        }
    )
    if redis_url:
        env["REDIS_URL"] = redis_url
    return env


def worker_pids(pid):
    """The processes gunicorn's master `pid` has started (its workers); none once it has gone."""
    try:
        return {int(child) for child in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()}
    except OSError:
        return set()


def stop_server(process, grace=20):
    """Stop a server started in its own process group: SIGTERM, then SIGKILL after `grace` seconds."""
    if process.poll() is not None:
        return
    os.killpg(process.pid, signal.SIGTERM)
    try:
        process.wait(timeout=grace)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
