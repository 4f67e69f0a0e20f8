from django.conf import settings
from django.core.management.base import BaseCommand

from comments.privacy import forget_ip_addresses


class Command(BaseCommand):
    help = "Clear the IP address of comments older than COMMENT_IP_RETENTION_DAYS (90 by default). Run daily."

    def add_arguments(self, parser):
        parser.add_argument(
            "--days", type=int, default=settings.COMMENT_IP_RETENTION_DAYS, help="Age of the comments to clear."
        )

    def handle(self, *args, days, **options):
        self.stdout.write(f"Cleared the IP address of {forget_ip_addresses(days)} comment(s).")
