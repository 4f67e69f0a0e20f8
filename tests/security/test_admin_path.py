"""The admin lives where WAGTAIL_ADMIN_PATH says, and its policy and lockout follow it there."""

import json
import os
import subprocess
import sys

from tests.test_settings import ROOT

PRINT_ADMIN = (
    "import json; from django.contrib.auth.models import User; from django.test import RequestFactory;"
    "from django.urls import reverse; from security.csp import uses_admin_policy;"
    "signed_in = lambda path: setattr(request := RequestFactory().get(path), 'user', User()) or request;"
    "print(json.dumps({'home': reverse('wagtailadmin_home'), 'login': reverse('wagtailadmin_login'),"
    "'admin_policy': [uses_admin_policy(signed_in(p)) for p in ('/gestao-interna/pages/', '/admin/pages/')]}))"
)


def test_the_admin_path_comes_from_the_environment():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "zebramedic.settings.test", "WAGTAIL_ADMIN_PATH": "/gestao-interna"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "--no-imports", "-c", PRINT_ADMIN],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found == {
        "home": "/gestao-interna/",
        "login": "/gestao-interna/login/",
        "admin_policy": [True, False],
    }
