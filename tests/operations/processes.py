"""What the drills need to run the site's own processes (gunicorn, db_worker) beside the tests."""

import socket
import urllib.parse

from django.db import connections


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def database_url():
    """DATABASE_URL of the database the default connection points at now (a scratch database)."""
    params = connections["default"].settings_dict
    password = f":{urllib.parse.quote(params['PASSWORD'])}" if params.get("PASSWORD") else ""
    return f"postgres://{params['USER']}{password}@{params['HOST']}:{params['PORT']}/{params['NAME']}"
