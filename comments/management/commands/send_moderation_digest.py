from django.core.management.base import BaseCommand
from wagtail.models import Site

from comments.models import DiscussionSettings
from comments.tasks import queue_moderation_digests


class Command(BaseCommand):
    help = "Queue the daily digest of held comments for every moderator, when the discussion settings ask for it."

    def handle(self, *args, **options):
        site = Site.objects.filter(is_default_site=True).first()
        if (
            site is None
            or DiscussionSettings.for_site(site).moderator_emails != DiscussionSettings.ModeratorEmails.DAILY
        ):
            self.stdout.write("The discussion settings do not ask for a daily digest.")
            return
        self.stdout.write(f"Queued {queue_moderation_digests()} digest(s).")
