"""Settings shared by every environment. Deploy-specific values come from the environment."""

import datetime
from pathlib import Path

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

from .environment import (
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_from_env,
    mailer_from_url,
    media_storage_from_env,
    origin_of,
    tuned_for_postgresql,
)

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "blog",
    "comments",
    "editorial",
    "operations",
    "security",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "django_tasks",
    "django_tasks_db",
    "django_comments_xtd",
    "django_comments",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "axes",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.sitemaps",
    "django.contrib.sites",
    # Django 6.1 refuses to migrate Wagtail's search index on PostgreSQL without it (postgres.E005).
    "django.contrib.postgres",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    # Reads of the cache named ahead of time share one round trip, within each request.
    "zebramedic.cache_read_ahead.ReadAheadMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # A cached page is served from here, before the rest of the stack runs; it stores the headers
    # the middlewares below gave the page, and gives each hit its own nonce and CSRF token.
    "blog.page_cache.PageCacheMiddleware",
    # Outside WhiteNoise, so that static files carry the same headers as pages.
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # Before anything reads the body (CSRF does), after the reader's language is known: a public
    # request larger than PUBLIC_REQUEST_MAX_BYTES gets a 413 page.
    "security.request_size.RequestSizeMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "security.csp.AdminCspMiddleware",
    # Turns a locked-out sign-in into its 429 page (security/lockout.py).
    "axes.middleware.AxesMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Outside the fragment caches: every rendered response gets a nonce of its own.
    "security.csp.CspNonceMiddleware",
    # The reader's CSRF token in place of the sentinel that cached fragments hold.
    "blog.page_cache.CsrfTokenMiddleware",
]

ROOT_URLCONF = "zebramedic.urls"
WSGI_APPLICATION = "zebramedic.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                # Django's csp processor, but cache-safe: see security/csp.py.
                "security.csp.nonce_placeholder",
                "wagtail.contrib.settings.context_processors.settings",
                "blog.context_processors.site",
            ],
        },
    },
    {
        # Only for templates/jinja2/, asked for by engine name or found by name after Django's
        # engine has none: a post's head, article and Comentários section, the listing cards, the
        # body blocks, and the partials that other pages share with them. Django's engine
        # rendered these several times slower (zebramedic/jinja2.py, blog/jinja2tags.py).
        "NAME": "jinja2",
        "BACKEND": "django.template.backends.jinja2.Jinja2",
        "DIRS": [BASE_DIR / "templates" / "jinja2"],
        "APP_DIRS": False,
        "OPTIONS": {
            "environment": "zebramedic.jinja2.environment",
            # Run for the partials given the request: an inline script or style there needs the
            # nonce placeholder, as in Django's templates.
            "context_processors": ["security.csp.nonce_placeholder"],
            "extensions": ["wagtail.jinja2tags.core", "blog.jinja2tags.blog"],
        },
    },
]

# SQLite is the embedded default so that the demo runs with nothing installed; tests and
# production use PostgreSQL through DATABASE_URL.
DATABASES = {
    "default": tuned_for_postgresql(
        dj_database_url.parse(
            env_str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
            conn_max_age=env_int("CONN_MAX_AGE", 60),
            conn_health_checks=True,
        ),
        prepared_statements=env_bool("DATABASE_PREPARED_STATEMENTS", True),
    )
}
# One transaction per request: a failure half-way through a view leaves no partial rows.
DATABASES["default"]["ATOMIC_REQUESTS"] = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# The cache holds rate-limit counters and rendered pages: Redis when REDIS_URL is set, so that every
# worker on every host shares it; otherwise this process's memory, which is only right for one
# process (the development server).
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL:
    CACHES = {"default": {"BACKEND": "zebramedic.redis_cache.RedisCache", "LOCATION": REDIS_URL, "KEY_PREFIX": "zm"}}
else:
    CACHES = {"default": {"BACKEND": "zebramedic.cache_read_ahead.LocMemCache"}}
# Sessions are written to the database and read from the cache: signed-in requests (editors,
# moderators, readers who liked a comment) skip a query, and a flushed cache loses no session.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Seconds an anonymous reader's page stays in the cache (0: off). Publishing, moderation and
# settings changes make cached pages obsolete at once; this only bounds how long unused ones stay.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
# Seconds a post's own content (everything but its comments) stays cached as rendered HTML, for
# every reader, signed in or not. Publishing makes it obsolete at once.
FRAGMENT_CACHE_SECONDS = env_int("FRAGMENT_CACHE_SECONDS", 3600)
# Seconds a shared front cache (CDN) may keep a page without forms; 0 keeps pages out of it. Wagtail
# purges the CDN on publishing, and blog.page_cache on moderation, through the backends configured here.
FRONT_CACHE_SECONDS = env_int("FRONT_CACHE_SECONDS", 0)
WAGTAILFRONTENDCACHE = frontend_cache_from_env()

# The first backend refuses any sign-in while its username and address are locked out (see AXES_*).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Internationalisation: Brazilian Portuguese first, English second.
LANGUAGE_CODE = env_str("LANGUAGE_CODE", "pt-br")
LANGUAGES = [
    ("pt-br", _("Brazilian Portuguese")),
    ("en", _("English")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "America/Sao_Paulo")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
# Uploads on this host's disk, or in an S3-compatible bucket when S3_MEDIA_BUCKET is set.
MEDIA_STORAGE, BUCKET_MEDIA_URL = media_storage_from_env()
MEDIA_URL = env_str("MEDIA_URL") or BUCKET_MEDIA_URL or "/media/"
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: Django 6.1 MAILERS, configured by one URL (see environment.mailer_from_url).
MAILERS = {"default": mailer_from_url(env_str("EMAIL_URL", "console://"))}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ZebraMedic <noreply@zebramedic.localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = env_list("ADMINS")

# Complex pages post many fields from the Wagtail editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000
# Bytes a request body may have outside the admin (comments, flags, the language switch): a long
# comment in any script is far below it. Larger ones get 413 unread (security/request_size.py).
PUBLIC_REQUEST_MAX_BYTES = env_int("PUBLIC_REQUEST_MAX_BYTES", 256 * 1024)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "INFO"},
        # One line per background task is noise; failures are still logged.
        "django_tasks": {"level": "WARNING"},
    },
}

# Wagtail
WAGTAIL_SITE_NAME = "ZebraMedic"
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# The text search configuration is named rather than left to the server's default: a query whose
# configuration is implicit is parsed again for every matching row (a search over 10,000 posts
# spent most of its time there). "english" is what PostgreSQL's default gave so far; after changing
# SEARCH_CONFIG, run `manage.py update_index` so that stored vectors match.
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "blog.search_backend", "SEARCH_CONFIG": env_str("SEARCH_CONFIG", "english")}
}
# ASCII slugs travel well in links shared by patients over messaging apps.
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "rtf", "txt", "xlsx"]
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp"]
# The network around our servers may be closed; the admin must not wait on outside services.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# Approving a post's clinical review credits the reviewer on the post before it is published.
WAGTAIL_FINISH_WORKFLOW_ACTION = "editorial.finish.publish_with_review"
# Where the Wagtail admin lives; a less obvious path keeps some scanners away.
WAGTAIL_ADMIN_PATH = env_str("WAGTAIL_ADMIN_PATH", "admin/").strip("/") + "/"
# Says so when a sign-in is refused because of too many failures (security/lockout.py).
WAGTAILADMIN_USER_LOGIN_FORM = "security.lockout.AdminLoginForm"

# The Comentários section: django-comments-xtd's threaded model, with our form, model and views.
SITE_ID = 1
COMMENTS_APP = "django_comments_xtd"
COMMENTS_XTD_MODEL = "comments.models.Comment"
COMMENTS_XTD_FORM_CLASS = "comments.forms.CommentForm"
# Our views store every comment when it is posted and send confirmation emails themselves.
COMMENTS_XTD_CONFIRM_EMAIL = False
COMMENTS_XTD_THREADED_EMAILS = False
# Depth is checked per site by our form; this is only xtd's hard ceiling (levels 0..9).
COMMENTS_XTD_MAX_THREAD_LEVEL = 9
COMMENTS_XTD_LIST_ORDER = ("thread_id", "order")
COMMENTS_XTD_SALT = env_str("COMMENTS_XTD_SALT", "zebramedic-comments").encode()
COMMENTS_XTD_FROM_EMAIL = DEFAULT_FROM_EMAIL
COMMENTS_XTD_CONTACT_EMAIL = DEFAULT_FROM_EMAIL
COMMENTS_XTD_API_GET_USER_AVATAR = "comments.avatars.no_avatar"
# Comments per page of a thread, counted in top-level comments.
COMMENTS_PER_PAGE = env_int("COMMENTS_PER_PAGE", 20)
# Comments one address may send: (how many, in how many seconds).
COMMENTS_RATE_LIMITS = [(env_int("COMMENTS_PER_MINUTE", 5), 60), (env_int("COMMENTS_PER_HOUR", 30), 3600)]
# Proxies in front of the app (load balancer, nginx) whose X-Forwarded-For entries are trusted.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
# Days a comment keeps its author's IP address (manage.py forget_commenter_ips clears older ones).
COMMENT_IP_RETENTION_DAYS = env_int("COMMENT_IP_RETENTION_DAYS", 90)
# Akismet is asked only when a key is set; otherwise no request leaves the site.
AKISMET_API_KEY = env_str("AKISMET_API_KEY", "")

# The reliability drills' fault-injection points (operations/faults.py); only settings.drill turns them on.
FAULT_INJECTION = False

# Background tasks (emails, search indexing): run at once unless a queue is configured. Production
# uses the database queue, worked by `manage.py db_worker` processes.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}

# Security headers, in every environment (production adds HTTPS-only ones).
SECURE_CONTENT_TYPE_NOSNIFF = True
# Other sites learn the origin a reader came from, never the post: its address can name a condition.
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Wagtail's preview views answer SAMEORIGIN themselves, to show pages in a frame of the admin;
# browsers that know CSP follow its frame-ancestors 'self' instead.
X_FRAME_OPTIONS = "DENY"
# Neither our scripts nor Wagtail's read these cookies (the admin takes its CSRF token from the page).
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
# Browser features no page of the site uses, denied to it and to any frame it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "ambient-light-sensor",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
# Content Security Policy, enforced. Uploaded images and documents may live on another origin
# (S3-compatible storage or a CDN): its origin comes from an absolute MEDIA_URL, and CSP_MEDIA_ORIGINS
# adds more. Embedded videos come from the providers in CSP_FRAME_ORIGINS.
CSP_MEDIA_ORIGINS = sorted({*env_list("CSP_MEDIA_ORIGINS"), *filter(None, [origin_of(MEDIA_URL)])})
CSP_FRAME_ORIGINS = env_list(
    "CSP_FRAME_ORIGINS",
    ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"],
)
CSP_REPORT_URI = env_str("CSP_REPORT_URI") or None
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF, CSP.NONCE],
    "img-src": [CSP.SELF, "data:", *CSP_MEDIA_ORIGINS],
    "media-src": [CSP.SELF, *CSP_MEDIA_ORIGINS],
    "frame-src": [CSP.SELF, *CSP_FRAME_ORIGINS],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "frame-ancestors": [CSP.SELF],
    "form-action": [CSP.SELF],
    "report-uri": CSP_REPORT_URI,
}
# The Wagtail admin, once signed in: its widgets write inline scripts and styles without a nonce
# (security/csp.py). Everything else stays as strict as on the public site.
# security.W027 asks for Django's csp context processor; ours (security.csp.nonce_placeholder)
# takes its place so that cached HTML never holds a nonce.
SILENCED_SYSTEM_CHECKS = ["security.W027"]
SECURE_CSP_ADMIN = {
    **SECURE_CSP,
    "script-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "style-src": [CSP.SELF, CSP.UNSAFE_INLINE],
    "img-src": [CSP.SELF, "data:", "blob:", *CSP_MEDIA_ORIGINS],
}

# Admin sign-in lockout (django-axes): after ADMIN_LOGIN_FAILURE_LIMIT failures, one username from
# one address is refused for ADMIN_LOGIN_COOLOFF_MINUTES; other addresses and other usernames are
# not, so nobody can lock an editor out from elsewhere. Attempts are rows in PostgreSQL.
AXES_FAILURE_LIMIT = env_int("ADMIN_LOGIN_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("ADMIN_LOGIN_COOLOFF_MINUTES", 60))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "security.client_ip.client_ip_address"
AXES_LOCKOUT_CALLABLE = "security.lockout.lockout_response"
AXES_HTTP_RESPONSE_CODE = 429
# Failures are kept until their cool-off ends; successful sign-ins are not logged with their address.
AXES_DISABLE_ACCESS_LOG = True
AXES_VERBOSE = False
