from django.core.management.base import BaseCommand

from operations import backup


class Command(BaseCommand):
    help = (
        "Write a backup into a new dated folder: the database (pg_dump custom format), the media folder "
        "(tar.gz) and manifest.json with the row count of every table and the files' SHA-256."
    )

    def add_arguments(self, parser):
        parser.add_argument("--output-dir", help="where the dated folder is made (default: $BACKUP_DIR or backups/)")
        parser.add_argument("--database", default="default")
        parser.add_argument("--no-media", action="store_true", help="leave the media folder out")

    def handle(self, *args, **options):
        folder, manifest = backup.create(
            options["output_dir"] or backup.default_output_dir(),
            database=options["database"],
            include_media=not options["no_media"],
        )
        rows = sum(manifest["database"]["tables"].values())
        media = manifest["media"].get("files", manifest["media"].get("skipped"))
        self.stdout.write(f"{folder}\n  {len(manifest['database']['tables'])} tables, {rows} rows; media: {media}")
        # The folder's path alone on the last line, for scripts.
        self.stdout.write(str(folder))
