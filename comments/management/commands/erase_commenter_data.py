from django.core.management.base import BaseCommand, CommandError

from comments import privacy


class Command(BaseCommand):
    help = "Anonymise (default) or delete every comment written with an email address (a reader's erasure request)."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--delete", action="store_true", help="Delete the comments instead of anonymising them.")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, email, delete, yes, **options):
        found = privacy.summary(email)["total"]
        mode = privacy.DELETE if delete else privacy.ANONYMISE
        if not found:
            self.stdout.write("No comments written with that address.")
            return
        if not yes and input(f"{mode.title()} {found} comment(s)? Type 'yes': ").strip() != "yes":
            raise CommandError("Nothing was changed.")
        self.stdout.write(f"{privacy.erase(email, mode)} comment(s): {mode}.")
