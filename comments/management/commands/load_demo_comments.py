from django.core.management.base import BaseCommand

from comments import demo


class Command(BaseCommand):
    help = "Add a few demo conversations to the demo posts. Safe to run again."

    def handle(self, *args, **options):
        created = demo.load(self.stdout.write)
        self.stdout.write(self.style.SUCCESS(f"Demo comments ready: {created} created."))
