from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class BlogConfig(AppConfig):
    name = "blog"
    verbose_name = _("Blog")

    def ready(self):
        from . import cache_invalidation, related_posts

        cache_invalidation.connect()
        related_posts.connect()
