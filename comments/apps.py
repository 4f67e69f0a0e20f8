from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CommentsConfig(AppConfig):
    """The Comentários section; built on django-comments-xtd in its own issue."""

    name = "comments"
    verbose_name = _("Comments")

    def ready(self):
        from . import cache_invalidation

        cache_invalidation.connect()
