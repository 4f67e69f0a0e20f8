from django.core.management.base import BaseCommand, CommandError

from blog.page_cache import site_changed
from operations import restore


class Command(BaseCommand):
    help = (
        "Restore a folder written by `manage.py backup` into this site's database and media folder, which must "
        "be empty unless --replace is given, then check that every table has the row count of the backup."
    )

    def add_arguments(self, parser):
        parser.add_argument("folder")
        parser.add_argument("--database", default="default")
        parser.add_argument(
            "--replace", action="store_true", help="drop the database's objects and the media folder's files first"
        )

    def handle(self, *args, folder, **options):
        differences = restore.restore(folder, database=options["database"], replace=options["replace"])
        if differences:
            lines = [
                f"  {table}: {expected} in the backup, {found} restored"
                for table, (expected, found) in differences.items()
            ]
            raise CommandError("Row counts differ after the restore:\n" + "\n".join(lines))
        # Pages and fragments cached from the database that was there before are obsolete now.
        site_changed()
        self.stdout.write(self.style.SUCCESS(f"Restored {folder}: every table has the row count of the backup."))
