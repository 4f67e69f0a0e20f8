"""Fault-injection points for the reliability drills (docs/reliability.md).

Off unless the settings say FAULT_INJECTION = True, which only zebramedic.settings.drill does:
a request could otherwise kill the worker serving it. Production never turns it on.
"""

import os
import signal

from django.conf import settings

HEADER = "X-Fault-Injection"


def inject(request, point):
    """Kill this worker process outright (SIGKILL, no clean-up) when a drill asks for it here."""
    if getattr(settings, "FAULT_INJECTION", False) and request.headers.get(HEADER) == point:
        os.kill(os.getpid(), signal.SIGKILL)
