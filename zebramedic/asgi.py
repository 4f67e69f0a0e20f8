"""ASGI entry point; production deployments set DJANGO_SETTINGS_MODULE explicitly."""

import os

from django.core.asgi import get_asgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zebramedic.settings.production")

application = get_asgi_application()
