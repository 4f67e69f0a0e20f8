"""The error page the site answers with while its database cannot be reached.

Django turns an exception into a response at every middleware layer, calling ``handler500``
inside the ``except`` block, so the error being handled is still ``sys.exc_info()`` there:
one handler covers failures in the views, in the session and authentication middleware and in
Wagtail's site lookup alike.
"""

import sys

from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.template import loader
from django.utils import translation
from django.views import defaults

# Long enough for PostgreSQL to come back from a restart or a fail-over.
RETRY_AFTER_SECONDS = 30

# Raised by Django's wrapper when the server refuses, drops or shuts down a connection.
DATABASE_UNREACHABLE = (OperationalError, InterfaceError)


def server_error(request):
    if isinstance(sys.exc_info()[1], DATABASE_UNREACHABLE):
        return database_unavailable(request)
    return defaults.server_error(request)


def database_unavailable(request):
    """A 503 that asks the reader to come back; rendered with no context processor, so no query."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        content = loader.render_to_string("503.html", {"language": translation.get_language()})
    response = HttpResponse(content, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Neither a CDN nor the browser may keep the outage page once the site is back.
    response["Cache-Control"] = "no-store"
    return response
