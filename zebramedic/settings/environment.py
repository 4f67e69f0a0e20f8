"""Readers for settings that come from environment variables.

Every deploy-specific value is read here so that base/dev/test/production stay declarative.
"""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}


def env_str(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    raw = os.environ.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in TRUE_WORDS:
        return True
    if value in FALSE_WORDS:
        return False
    raise ImproperlyConfigured(f"{name} must be one of {sorted(TRUE_WORDS | FALSE_WORDS)}, not {raw!r}.")


def tuned_for_postgresql(database):
    """A database setting whose PostgreSQL connections plan for data that is in memory.

    - No JIT compilation: PostgreSQL compiles any query its planner costs high, which took over
      100 ms of a related-posts query on the benchmark's 10,000 posts; short queries never repay it.
    - A random read costs about what a sequential one does (random_page_cost 1.1, not 4): with the
      default, counting one post's 1,000 comments scanned all 100,000 rows of a joined table
      instead of looking up those 1,000 (36 ms against 12 ms).
    """
    if database["ENGINE"] == "django.db.backends.postgresql":
        options = database.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c jit=off -c random_page_cost=1.1".strip()
    return database


def env_int(name, default):
    raw = os.environ.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {raw!r}.") from None


def env_list(name, default=()):
    """A comma-separated list; blanks are dropped."""
    raw = os.environ.get(name)
    if raw is None:
        return list(default)
    return [item.strip() for item in raw.split(",") if item.strip()]


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set for this configuration.")
    return value


# EMAIL_URL schemes and the backend each one selects.
EMAIL_SCHEMES = {
    "smtp": "django.core.mail.backends.smtp.EmailBackend",
    "smtp+tls": "django.core.mail.backends.smtp.EmailBackend",
    "smtps": "django.core.mail.backends.smtp.EmailBackend",
    "console": "django.core.mail.backends.console.EmailBackend",
    "locmem": "django.core.mail.backends.locmem.EmailBackend",
    "file": "django.core.mail.backends.filebased.EmailBackend",
    "dummy": "django.core.mail.backends.dummy.EmailBackend",
}


def mailer_from_url(url):
    """Turn EMAIL_URL into one Django 6.1 ``MAILERS`` entry.

    smtp://user:password@host:25, smtp+tls://…:587 (STARTTLS), smtps://…:465 (implicit TLS),
    console://, locmem://, dummy://, file:///path/to/dir. ``?timeout=10`` sets the SMTP timeout.
    """
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in EMAIL_SCHEMES:
        raise ImproperlyConfigured(f"EMAIL_URL scheme {scheme!r} is not one of {sorted(EMAIL_SCHEMES)}.")
    mailer = {"BACKEND": EMAIL_SCHEMES[scheme]}
    if scheme == "file":
        mailer["OPTIONS"] = {"file_path": unquote(parts.path)}
    elif scheme.startswith("smtp"):
        query = parse_qs(parts.query)
        options = {
            "host": parts.hostname or "localhost",
            "port": parts.port or {"smtp": 25, "smtp+tls": 587, "smtps": 465}[scheme],
            "username": unquote(parts.username or ""),
            "password": unquote(parts.password or ""),
            "use_tls": scheme == "smtp+tls",
            "use_ssl": scheme == "smtps",
            "timeout": int(query.get("timeout", ["10"])[0]),
        }
        mailer["OPTIONS"] = options
    return mailer


def frontend_cache_from_env():
    """Wagtail's frontend cache (CDN / caching proxy) purge targets, from the environment.

    FRONTEND_CACHE_PURGE_URL: a caching proxy such as Varnish that accepts PURGE requests.
    CLOUDFLARE_ZONE_ID with CLOUDFLARE_API_TOKEN: Cloudflare's purge API.
    """
    backends = {}
    if env_str("FRONTEND_CACHE_PURGE_URL"):
        backends["proxy"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": env_str("FRONTEND_CACHE_PURGE_URL"),
        }
    if env_str("CLOUDFLARE_ZONE_ID"):
        backends["cloudflare"] = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "ZONEID": env_str("CLOUDFLARE_ZONE_ID"),
            "BEARER_TOKEN": required("CLOUDFLARE_API_TOKEN"),
        }
    return backends
