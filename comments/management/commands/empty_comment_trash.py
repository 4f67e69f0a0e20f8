import datetime

from django.core.management.base import BaseCommand
from django.db.models.functions import Coalesce
from django.utils import timezone

from comments import moderation
from comments.models import Comment, Status

TRASH_DAYS = 30


class Command(BaseCommand):
    help = f"Delete comments that have been in the trash for {TRASH_DAYS} days. Run daily."

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=TRASH_DAYS, help="Age in the trash before deletion.")

    def handle(self, *args, days, **options):
        self.stdout.write(f"Deleted {empty_trash(days)} comment(s) from the trash.")


def empty_trash(days=TRASH_DAYS):
    """Delete comments trashed more than `days` ago (comments trashed before the date was kept count from when sent)."""
    since = timezone.now() - datetime.timedelta(days=days)
    old = (
        Comment.objects.filter(status=Status.TRASH)
        .annotate(trashed=Coalesce("status_changed_at", "submit_date"))
        .filter(trashed__lt=since)
    )
    total = 0
    for comment in old.iterator():
        moderation.log_deletion(comment)
        comment.delete()  # one by one, so that xtd's thread bookkeeping runs
        total += 1
    return total
