"""Production settings with every cache switched off: the benchmark's cold server.

The budgets of docs/performance.md distinguish a cold page (no page cache, no fragment cache)
from cached ones. Replacing each configured cache with Django's dummy backend makes every request
cold, whatever caching the site adds later, without a switch in the site's own settings. The rate
limits of comment posting live in the same cache, so they are off here too.
"""

from zebramedic.settings import production
from zebramedic.settings.production import *  # noqa: F403

_DUMMY = {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
CACHES = {alias: dict(_DUMMY) for alias in getattr(production, "CACHES", None) or {"default": None}}
