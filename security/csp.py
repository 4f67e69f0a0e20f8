"""The Content Security Policy's two additions to Django's own middleware.

Nonces survive caching. Templates never see the request's nonce: ``csp_nonce`` is a placeholder
that no reader can type (it holds NUL characters, which Django's form fields refuse), and
``CspNonceMiddleware`` writes the response's own nonce over it on the way out. Whole pages and
fragments can then be cached and served to anyone, and each response still carries a nonce that
matches its own Content-Security-Policy header.

The admin gets its own policy. Wagtail's admin writes inline ``<script>`` (date pickers, inline
panels, chooser widgets) and inline styles it does not mark with a nonce, so it needs
'unsafe-inline', which browsers ignore as soon as a nonce is listed. Only signed-in staff reach it;
the public site, and the admin's pages that anyone can open (login, password reset), keep the
strict policy.
"""

from django.conf import settings
from django.middleware.csp import get_nonce

NONCE_PLACEHOLDER = "\x00zm-csp-nonce\x00"


def nonce_placeholder(request):
    """Context processor, in place of Django's ``csp``: ``{{ csp_nonce }}`` renders the placeholder."""
    return {"csp_nonce": NONCE_PLACEHOLDER}


def with_nonce(request, response):
    """Put this response's nonce where the templates left the placeholder."""
    if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
        return response
    placeholder = NONCE_PLACEHOLDER.encode()
    if placeholder in response.content:
        nonce = get_nonce(request)
        # Reading the lazy nonce is what makes Django's middleware name it in the header.
        response.content = response.content.replace(placeholder, b"" if nonce is None else str(nonce).encode())
        if "Content-Length" in response:
            response["Content-Length"] = str(len(response.content))
    return response


class CspNonceMiddleware:
    """Place inside ContentSecurityPolicyMiddleware and outside every cache of rendered HTML."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return with_nonce(request, self.get_response(request))


def uses_admin_policy(request):
    """Signed-in users under the admin's path; its login and password-reset pages, which anyone can
    open, keep the public site's policy."""
    user = getattr(request, "user", None)
    in_admin = request.path_info.startswith("/" + settings.WAGTAIL_ADMIN_PATH)
    return in_admin and user is not None and user.is_authenticated


class AdminCspMiddleware:
    """Give the signed-in Wagtail admin ``SECURE_CSP_ADMIN``.

    Place after AuthenticationMiddleware and inside ContentSecurityPolicyMiddleware, which reads
    the policy a response names.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if uses_admin_policy(request) and not hasattr(response, "_csp_config"):
            # The attribute Django's csp_override decorator sets for a view.
            response._csp_config = settings.SECURE_CSP_ADMIN
        return response
