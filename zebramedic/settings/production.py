"""Production: refuses to start without SECRET_KEY and ALLOWED_HOSTS; HTTPS everywhere."""

from .base import *  # noqa: F403
from .base import SECURE_CSP, SECURE_CSP_ADMIN, STORAGES
from .environment import env_bool, env_int, env_list, env_str, required

DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    required("ALLOWED_HOSTS")

# Fault injection is for the drills' own settings module (settings.drill) alone, never from the environment.
FAULT_INJECTION = False

# TLS ends at the proxy in front of gunicorn; it tells us the original scheme.
if env_bool("TRUST_X_FORWARDED_PROTO", True):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Any http:// address left in content (an old image link) is fetched over HTTPS instead.
SECURE_CSP = {**SECURE_CSP, "upgrade-insecure-requests": True}
SECURE_CSP_ADMIN = {**SECURE_CSP_ADMIN, "upgrade-insecure-requests": True}

# Without Redis each worker would keep its own cache, and a page changed through one worker would
# stay stale in the others: no page cache then.
if not env_str("REDIS_URL"):
    PAGE_CACHE_SECONDS = 0

TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.DatabaseBackend")}}

STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
