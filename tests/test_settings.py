"""Settings come from the environment; production refuses to start half-configured."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import dj_database_url
import pytest
from django.core.exceptions import ImproperlyConfigured

from zebramedic.settings.environment import env_bool, mailer_from_url

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "zebramedic.org,www.zebramedic.org",
    "CSRF_TRUSTED_ORIGINS": "https://zebramedic.org",
    "DATABASE_URL": "postgres://zebramedic:secret@127.0.0.1:5432/zebramedic",
    "EMAIL_URL": "smtp+tls://mailer:secret@smtp.example.org:587",
    "WAGTAILADMIN_BASE_URL": "https://zebramedic.org",
    "MEDIA_ROOT": "/srv/zebramedic/media",
}


def manage(*args, env):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV and key != "DEBUG"}
    clean["DJANGO_SETTINGS_MODULE"] = "zebramedic.settings.production"
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_passes_with_a_realistic_environment():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set" in result.stderr


def test_production_settings_are_strict():
    code = (
        "from django.conf import settings as s;"
        "print(s.DEBUG, s.SECURE_SSL_REDIRECT, s.SESSION_COOKIE_SECURE, s.CSRF_COOKIE_SECURE,"
        " s.SECURE_HSTS_SECONDS, s.LANGUAGE_CODE, s.TIME_ZONE, s.STORAGES['staticfiles']['BACKEND'],"
        " s.MAILERS['default']['OPTIONS']['port'], s.DATABASES['default']['ENGINE'], s.MEDIA_ROOT,"
        " s.TASKS['default']['BACKEND'])"
    )
    result = manage("shell", "--no-imports", "-c", code, env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [
        "False",
        "True",
        "True",
        "True",
        "31536000",
        "pt-br",
        "America/Sao_Paulo",
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "587",
        "django.db.backends.postgresql",
        "/srv/zebramedic/media",
        "django_tasks_db.DatabaseBackend",
    ]


def test_installed_apps_include_postgres_support(settings):
    assert "django.contrib.postgres" in settings.INSTALLED_APPS
    assert settings.LANGUAGE_CODE == "pt-br"
    assert settings.DATABASES["default"]["ATOMIC_REQUESTS"] is True


@pytest.mark.parametrize(
    ("url", "backend", "options"),
    [
        (
            "smtp+tls://user:p%40ss@smtp.example.org:587",
            "smtp.EmailBackend",
            {"host": "smtp.example.org", "port": 587, "username": "user", "password": "p@ss", "use_tls": True},
        ),
        ("smtps://smtp.example.org", "smtp.EmailBackend", {"port": 465, "use_ssl": True, "use_tls": False}),
        ("smtp://localhost?timeout=3", "smtp.EmailBackend", {"port": 25, "timeout": 3}),
        ("console://", "console.EmailBackend", None),
        ("file:///tmp/mail", "filebased.EmailBackend", {"file_path": "/tmp/mail"}),
    ],
)
def test_email_url(url, backend, options):
    mailer = mailer_from_url(url)
    assert mailer["BACKEND"] == f"django.core.mail.backends.{backend}"
    for key, value in (options or {}).items():
        assert mailer["OPTIONS"][key] == value


def test_unknown_email_scheme_is_refused():
    with pytest.raises(ImproperlyConfigured, match="EMAIL_URL scheme 'pop3'"):
        mailer_from_url("pop3://host")


def test_env_bool(monkeypatch):
    monkeypatch.setenv("FLAG", "yes")
    assert env_bool("FLAG") is True
    monkeypatch.setenv("FLAG", "0")
    assert env_bool("FLAG", True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ImproperlyConfigured, match="FLAG must be one of"):
        env_bool("FLAG")


@pytest.mark.django_db
def test_postgresql_connections_plan_for_data_in_memory():
    # JIT compilation took over 100 ms of a 400 ms related-posts query on the benchmark's data, and
    # the default random_page_cost made a comment count scan 100,000 rows instead of 1,000.
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT current_setting('jit'), current_setting('random_page_cost')")
        assert cursor.fetchone() == ("off", "1.1")


@pytest.mark.django_db
def test_postgresql_prepares_a_query_a_connection_keeps_running():
    # Planning a page's queries cost PostgreSQL more than running them.
    from django.contrib.auth.models import Group
    from django.db import connection

    for _ in range(6):
        list(Group.objects.filter(name="editors"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT statement FROM pg_prepared_statements")
        prepared = [row[0] for row in cursor.fetchall()]
    assert any('FROM "auth_group"' in statement for statement in prepared), prepared


def test_prepared_statements_can_be_turned_off_for_a_transaction_pooler():
    from zebramedic.settings.environment import tuned_for_postgresql

    url = "postgres://postgres@127.0.0.1:5432/zebramedic"
    pooled = tuned_for_postgresql(dj_database_url.parse(url), prepared_statements=False)
    assert "server_side_binding" not in pooled["OPTIONS"]
    assert "prepare_threshold" not in pooled["OPTIONS"]
    direct = tuned_for_postgresql(dj_database_url.parse(url))
    assert direct["OPTIONS"]["server_side_binding"] is True
    assert direct["OPTIONS"]["prepare_threshold"] == 5
    assert tuned_for_postgresql(dj_database_url.parse("sqlite:///x.db")).get("OPTIONS", {}) == {}
