"""The client's address, the one every per-address limit uses (comment rate limits, admin lockout)."""

import ipaddress

from django.conf import settings


def client_ip(request):
    """The client's address. Behind N trusted proxies it is the Nth address from the right of
    X-Forwarded-For; anything further left was written by the client and cannot be trusted."""
    proxies = settings.TRUSTED_PROXY_COUNT
    if proxies:
        forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
        if len(forwarded) >= proxies:
            return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR") or "unknown"


def client_ip_address(request):
    """client_ip() where an IP address column stores it (the admin lockout): None when there is no
    address, as in requests that Django builds itself when a test or a script signs someone in."""
    address = client_ip(request)
    try:
        return str(ipaddress.ip_address(address))
    except ValueError:
        return None
