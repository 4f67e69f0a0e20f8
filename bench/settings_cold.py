"""Production settings without the page cache and the fragment caches: the benchmark's cold server.

Issue 8 defines a cold page as one served with no page cache and no fragment cache: every page is
rendered in full, from the database, on every request. Everything else stays as production runs
it, on the same Redis: sessions, the site settings (blog/cached_settings.py), Wagtail's map of
site root paths, the map of hosts to sites and the site's root page (blog/sites.py), the
listings' post counts (blog/pagination.py), the site's default sharing image
(blog/structured_data.py) and the moderation list's status counts, small
look-ups that are kept warm on any running site. Both switches are the site's own settings, so
no cache backend is replaced.
"""

from zebramedic.settings.production import *  # noqa: F403

PAGE_CACHE_SECONDS = 0
FRAGMENT_CACHE_SECONDS = 0
