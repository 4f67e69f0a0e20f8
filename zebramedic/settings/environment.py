"""Readers for settings that come from environment variables.

Every deploy-specific value is read here so that base/dev/test/production stay declarative.
"""

import os
from urllib.parse import parse_qs, unquote, urlsplit

from django.core.exceptions import ImproperlyConfigured

TRUE_WORDS = {"1", "true", "yes", "on"}
FALSE_WORDS = {"0", "false", "no", "off", ""}
# psycopg's own default: a query run once or twice on a connection is not worth preparing.
PREPARE_AFTER_RUNS = 5


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


def tuned_for_postgresql(database, prepared_statements=True):
    """A database setting whose PostgreSQL connections plan for data that is in memory.

    - No JIT compilation: PostgreSQL compiles any query its planner costs high, which took over
      100 ms of a related-posts query on the benchmark's 10,000 posts; short queries never repay it.
    - A random read costs about what a sequential one does (random_page_cost 1.1, not 4): with the
      default, counting one post's 1,000 comments scanned all 100,000 rows of a joined table
      instead of looking up those 1,000 (36 ms against 12 ms).
    - Parameters are bound on the server and a query a connection has run five times becomes a
      prepared statement: planning the page queries cost PostgreSQL more than running them (a
      cold post page: 2.8 ms of planning against 0.5 ms of execution). A pooler in transaction
      mode (PgBouncer before 1.21) cannot keep prepared statements: `prepared_statements=False`.
    """
    if database["ENGINE"] == "django.db.backends.postgresql":
        options = database.setdefault("OPTIONS", {})
        options["options"] = f"{options.get('options', '')} -c jit=off -c random_page_cost=1.1".strip()
        if prepared_statements:
            options.setdefault("server_side_binding", True)
            options.setdefault("prepare_threshold", PREPARE_AFTER_RUNS)
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


def origin_of(url):
    """scheme://host[:port] of an absolute URL; None for a path such as /media/."""
    parts = urlsplit(url or "")
    if parts.scheme in ("http", "https") and parts.netloc:
        return f"{parts.scheme}://{parts.netloc}"
    return None


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


def media_storage_from_env():
    """Where uploaded images and documents live: S3-compatible storage when S3_MEDIA_BUCKET is set.

    Several web hosts must see the same uploads, so a multi-host deployment keeps them in a bucket
    (AWS S3, MinIO, Ceph, Cloudflare R2, ...) rather than on one host's disk. Credentials come from
    AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, which boto3 reads itself, so they never pass
    through the settings. Returns the ``STORAGES["default"]`` entry and the matching MEDIA_URL.
    """
    bucket = env_str("S3_MEDIA_BUCKET", "").strip()
    if not bucket:
        # No location: the file system storage follows MEDIA_ROOT, whichever settings module sets it.
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}, None
    endpoint = env_str("S3_ENDPOINT_URL", "").strip().rstrip("/") or None
    custom_domain = env_str("S3_MEDIA_DOMAIN", "").strip().strip("/") or None
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": env_str("S3_REGION", "").strip() or None,
        "custom_domain": custom_domain,
        "location": env_str("S3_MEDIA_PREFIX", "media").strip("/"),
        # Images on public pages are public: plain URLs cache well in browsers and CDNs, where
        # signed ones would change on every render.
        "querystring_auth": False,
        # Two uploads with the same name must never replace each other's file.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
        "url_protocol": "https:" if env_bool("S3_MEDIA_HTTPS", True) else "http:",
    }
    if custom_domain:
        media_url = f"{options['url_protocol']}//{custom_domain}/{options['location']}/"
    elif endpoint:
        media_url = f"{endpoint}/{bucket}/{options['location']}/"
    else:
        media_url = f"https://{bucket}.s3.amazonaws.com/{options['location']}/"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, media_url
