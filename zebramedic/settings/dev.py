"""Local development: DEBUG on, SQLite unless DATABASE_URL says otherwise, email to the console."""

import secrets

from .base import *  # noqa: F403
from .base import BASE_DIR
from .environment import env_bool, env_list, env_str

DEBUG = env_bool("DEBUG", True)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])


def _local_secret_key():
    """A per-checkout key kept out of the repository, so dev sessions survive restarts."""
    path = BASE_DIR / "var" / "dev-secret-key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = env_str("SECRET_KEY") or _local_secret_key()

# Static files are served from the app folders as they change, with no collectstatic step.
WHITENOISE_AUTOREFRESH = True

# Wagtail logs every page event at INFO; in development that buries the demo loader's progress.
LOGGING["loggers"]["wagtail"] = {"level": "WARNING"}  # noqa: F405
