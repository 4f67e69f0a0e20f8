"""Settings shared by every environment. Deploy-specific values come from the environment."""

from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from .environment import (
    env_bool,
    env_int,
    env_list,
    env_str,
    frontend_cache_from_env,
    mailer_from_url,
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
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost, so that a page served from the cache still passes through every middleware above.
    "blog.page_cache.PageCacheMiddleware",
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
                "wagtail.contrib.settings.context_processors.settings",
                "blog.context_processors.site",
            ],
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
        )
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
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
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
MEDIA_URL = env_str("MEDIA_URL", "/media/")
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Email: Django 6.1 MAILERS, configured by one URL (see environment.mailer_from_url).
MAILERS = {"default": mailer_from_url(env_str("EMAIL_URL", "console://"))}
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "ZebraMedic <noreply@zebramedic.localhost>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
ADMINS = env_list("ADMINS")

# Complex pages post many fields from the Wagtail editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

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
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": env_str("SEARCH_CONFIG", "english")}
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
# Akismet is asked only when a key is set; otherwise no request leaves the site.
AKISMET_API_KEY = env_str("AKISMET_API_KEY", "")

# Background tasks (emails, search indexing): run at once unless a queue is configured. Production
# uses the database queue, worked by `manage.py db_worker` processes.
TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks.backends.immediate.ImmediateBackend")}}
