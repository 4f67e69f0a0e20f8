"""What a locked-out sign-in looks like: the login form again, with a message saying why and for how long.

django-axes counts failed sign-ins per username and client address (``AXES_*`` settings) and
refuses the credentials of a locked combination even when they are right. Refusals surface as
a failed form, so the page the user sees is the admin's own login page, answered with 429.
"""

import math

from django import forms
from django.conf import settings
from django.http import HttpResponse
from django.utils.translation import ngettext
from wagtail.admin.forms.auth import LoginForm


def cool_off_minutes():
    return max(1, math.ceil(settings.AXES_COOLOFF_TIME.total_seconds() / 60))


def lockout_message():
    minutes = cool_off_minutes()
    return ngettext(
        "Too many failed sign-in attempts for this account from your network. "
        "Sign-in is blocked for %(minutes)d minute; an administrator can unlock it sooner.",
        "Too many failed sign-in attempts for this account from your network. "
        "Sign-in is blocked for %(minutes)d minutes; an administrator can unlock it sooner.",
        minutes,
    ) % {"minutes": minutes}


class AdminLoginForm(LoginForm):
    """Wagtail's login form, which tells a locked-out user so instead of blaming the password."""

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return forms.ValidationError(lockout_message(), code="locked_out")
        return super().get_invalid_login_error()


def lockout_response(request, original_response, credentials):
    """AXES_LOCKOUT_CALLABLE: keep the page the login view rendered (form and message), as 429."""
    if original_response is not None and original_response.get("Content-Type", "").startswith("text/html"):
        original_response.status_code = settings.AXES_HTTP_RESPONSE_CODE
        return original_response
    return HttpResponse(lockout_message(), status=settings.AXES_HTTP_RESPONSE_CODE, content_type="text/plain")
