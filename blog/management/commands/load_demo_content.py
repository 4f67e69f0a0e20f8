from django.core.management.base import BaseCommand

from blog.demo.loader import DemoLoader


class Command(BaseCommand):
    help = "Create the ZebraMedic demo site: home page, conditions, people and posts. Safe to run again."

    def handle(self, *args, **options):
        index = DemoLoader(self.stdout.write).run()
        self.stdout.write(self.style.SUCCESS(f"Demo content ready: {index.get_children().count()} posts."))
