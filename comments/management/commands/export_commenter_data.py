import json

from django.core.management.base import BaseCommand

from comments import privacy


class Command(BaseCommand):
    help = "Print every comment written with an email address as JSON (a reader's data request)."

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        self.stdout.write(json.dumps(privacy.export(email), ensure_ascii=False, indent=2))
