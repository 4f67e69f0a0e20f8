"""Makes sure a development admin account exists and prints its login.

The password comes from DEV_ADMIN_PASSWORD, or is generated once and kept in var/ (outside git).
Refuses to run when DEBUG is off, so it can never touch a production database by accident.
"""

import os
import secrets
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "zebramedic.settings.dev")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402

USERNAME = os.environ.get("DEV_ADMIN_USERNAME", "admin")
PASSWORD_FILE = ROOT / "var" / "dev-admin-password"


def password():
    if os.environ.get("DEV_ADMIN_PASSWORD"):
        return os.environ["DEV_ADMIN_PASSWORD"]
    if not PASSWORD_FILE.exists():
        PASSWORD_FILE.parent.mkdir(parents=True, exist_ok=True)
        PASSWORD_FILE.write_text(secrets.token_urlsafe(12))
    return PASSWORD_FILE.read_text().strip()


def main():
    if not settings.DEBUG:
        sys.exit("dev_admin.py only runs with DEBUG on; create production accounts with createsuperuser.")
    user, created = get_user_model().objects.get_or_create(
        username=USERNAME, defaults={"email": f"{USERNAME}@zebramedic.localhost"}
    )
    user.is_staff = user.is_superuser = user.is_active = True
    user.set_password(password())
    user.save()
    verb = "created" if created else "ready"
    sys.stdout.write(f"Development admin {verb}: username “{USERNAME}”, password “{password()}”\n")


if __name__ == "__main__":
    main()
