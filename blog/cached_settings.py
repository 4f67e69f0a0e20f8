"""Site settings read from the cache: every page shows some, and they change rarely.

Keys carry the site's content generation (blog.page_cache), which saving a setting moves once the
save has committed, so a reader never keeps settings older than the last save.
"""

import functools

from django.apps import apps
from django.core.cache import cache
from wagtail.contrib.settings.models import BaseSiteSetting

from .page_cache import content_key, remembered
from .sites import find_site


class CachedSiteSetting(BaseSiteSetting):
    class Meta:
        abstract = True

    @staticmethod
    def every_cache_key(site_id):
        """The keys of every setting kept this way for a site, wherever its app defines it."""
        return [model.cache_key(site_id) for model in _setting_models()]

    @classmethod
    def cache_key(cls, site_id):
        return content_key(f"settings:{cls._meta.label_lower}:{site_id}")

    @classmethod
    def for_request(cls, request):
        find_site(request)  # Wagtail's look-up of the site below then reuses it, with no query
        return super().for_request(request)

    @classmethod
    def for_site(cls, site):
        if site is None:
            return super().for_site(site)
        load = super().for_site
        return remembered(cls.cache_key(site.pk), lambda: load(site))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # At once for this process's next read; the generation moves for everyone on commit.
        cache.delete(self.cache_key(self.site_id))


@functools.cache  # the models are all known once Django has started
def _setting_models():
    return tuple(model for model in apps.get_models() if issubclass(model, CachedSiteSetting))
