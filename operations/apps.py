from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OperationsConfig(AppConfig):
    """Keeping the site up: the page shown while the database is away, backups and restores."""

    name = "operations"
    verbose_name = _("Operations")
