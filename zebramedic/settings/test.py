"""Settings for the test suite: PostgreSQL, in-memory email, fast hashing."""

import tempfile

import dj_database_url

from .base import *  # noqa: F403
from .base import DATABASES
from .environment import env_str, tuned_for_postgresql

SECRET_KEY = "tests-only-not-a-secret"  # noqa: S105 - used only by the test runner
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]

DATABASES["default"] = tuned_for_postgresql(
    dj_database_url.parse(env_str("DATABASE_URL") or "postgres://postgres@127.0.0.1:5432/zebramedic", conn_max_age=0)
)
DATABASES["default"]["ATOMIC_REQUESTS"] = True

MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MEDIA_ROOT = tempfile.mkdtemp(prefix="zebramedic-test-media-")
WAGTAILADMIN_BASE_URL = "http://testserver"

# Static files are served from the app folders as they change, with no collectstatic step.
WHITENOISE_AUTOREFRESH = True
# Tests render fresh pages unless they test the page cache itself (tests/blog/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0

LOGGING = {**LOGGING, "root": {"handlers": ["console"], "level": "WARNING"}}  # noqa: F405
