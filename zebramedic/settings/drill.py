"""The fault drills' settings (bench/fault_drill.py): production's, plus the fault-injection points.

Never deploy with these: a request carrying the X-Fault-Injection header kills its worker.
"""

from .production import *  # noqa: F403

FAULT_INJECTION = True
