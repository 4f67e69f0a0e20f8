import datetime

from django.core.management.base import BaseCommand
from django.db.models.functions import Cast
from django.utils import timezone
from wagtail.models import Page, Site

from comments.models import Comment, DiscussionSettings, Status


class Command(BaseCommand):
    help = "Delete guest comments never confirmed by their author, after each site's expiry period. Run daily."

    def handle(self, *args, **options):
        total = 0
        for site in Site.objects.select_related("root_page"):
            days = DiscussionSettings.for_site(site).unconfirmed_expiry_days
            pages = Page.objects.descendant_of(site.root_page, inclusive=True).annotate(
                key=Cast("pk", output_field=Comment._meta.get_field("object_pk"))
            )
            expired = Comment.objects.filter(
                status=Status.UNCONFIRMED,
                submit_date__lt=timezone.now() - datetime.timedelta(days=days),
                object_pk__in=pages.values("key"),
            )
            for comment in expired:
                comment.delete()  # one by one, so that xtd's thread bookkeeping runs
                total += 1
        self.stdout.write(f"Deleted {total} unconfirmed comment(s).")
