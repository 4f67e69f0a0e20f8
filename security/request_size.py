"""Request bodies too large to take: 413 and a page saying so, never Django's bare 400.

Outside the admin nobody sends more than a comment; PUBLIC_REQUEST_MAX_BYTES turns a larger
declared body away before anything reads it. The admin keeps Django's own limits
(DATA_UPLOAD_MAX_MEMORY_SIZE for form fields; uploaded files stream to disk and are not counted),
and when Django refuses a body there, the 400 handler answers 413 instead.

A body without Content-Length (chunked) is never read under WSGI: Django sees an empty body.
"""

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.shortcuts import render
from django.views import defaults


def declared_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def too_large(request):
    limit_kb = settings.PUBLIC_REQUEST_MAX_BYTES // 1024
    return render(request, "413.html", {"limit_kb": limit_kb}, status=413)


class RequestSizeMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.admin_prefix = "/" + settings.WAGTAIL_ADMIN_PATH

    def __call__(self, request):
        if (
            not request.path.startswith(self.admin_prefix)
            and declared_length(request) > settings.PUBLIC_REQUEST_MAX_BYTES
        ):
            return too_large(request)
        return self.get_response(request)


def bad_request(request, exception=None):
    """handler400: Django's own page, except for a body over Django's limits, which is a 413."""
    if isinstance(exception, RequestDataTooBig):
        return too_large(request)
    return defaults.bad_request(request, exception)
