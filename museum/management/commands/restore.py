"""manage.py restore SRC: bring back a backup made by `manage.py backup`, all or nothing."""

from pathlib import Path

from django.core.cache import caches
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from base.page_cache import invalidate
from museum.backups import (
    BackupError,
    current_contents,
    describe,
    file_counts,
    forget_renditions,
    holds_content,
    restore_database,
    unknown_migrations,
    unpack,
)


class Command(BaseCommand):
    help = (
        "Restore the database, media and protected media from a backup. Every file is "
        "checked against the backup's manifest before anything changes; then migrations run "
        "(an older backup comes forward), the search index is rebuilt and the page cache "
        "cleared. Refuses to replace existing content without --force."
    )

    def add_arguments(self, parser):
        parser.add_argument("src", help="A backup archive made by 'manage.py backup'.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace the content the site holds now (it is lost).",
        )
        parser.add_argument(
            "--allow-unknown-migrations",
            action="store_true",
            help="Restore a backup with migrations this code does not have (only when the "
            "apps they belong to were removed on purpose).",
        )

    def handle(self, *args, **options):
        try:
            self.restore(options["src"], options["force"], options["allow_unknown_migrations"])
        except BackupError as exc:
            raise CommandError(str(exc)) from exc

    def restore(self, src, force, allow_unknown):
        if not Path(src).is_file():
            raise CommandError(f"There is no backup at {src}.")
        before = current_contents()
        if holds_content(before) and not force:
            raise CommandError(
                f"The site already holds {describe(before)}. Restoring {src} replaces all of "
                "it, and it would be lost. Make a backup of it first if you may want it "
                "again, then run the restore with --force."
            )
        self.stdout.write(f"Checking {src}…")
        staged = unpack(src, stream=self.stderr)
        try:
            manifest = staged.manifest
            unknown = unknown_migrations(manifest)
            if unknown and not allow_unknown:
                shown = ", ".join(unknown[:5]) + (" …" if len(unknown) > 5 else "")
                raise CommandError(
                    f"{src} was made by a newer version of the site, or with apps since "
                    f"removed: this code does not know its migrations {shown}. Restore it "
                    "with the code that made it, or with --allow-unknown-migrations if those "
                    "apps were removed on purpose. Nothing was changed."
                )
            versions = manifest["versions"]
            self.stdout.write(
                f"The backup of {manifest['created']} (site {versions['site']}, Django "
                f"{versions['django']}, Wagtail {versions['wagtail']}) is complete: every "
                "file matches its manifest."
            )
            self.stdout.write(f"Restoring the {manifest['database']['vendor']} database…")
            restore_database(staged)
            staged.move_into_place()
        finally:
            staged.discard()
        dropped = forget_renditions()
        restored = current_contents()
        expected = {**manifest["counts"], **file_counts(manifest)}
        self.stdout.write(f"Restored {describe(restored)}.")
        if restored != expected:
            self.stderr.write(
                self.style.WARNING(f"The manifest lists {describe(expected)}: check the site.")
            )
        if dropped:
            self.stdout.write(f"{dropped} image renditions will be made again when next shown.")
        self.stdout.write("Bringing the database schema up to date…")
        call_command("migrate", interactive=False, stdout=self.stdout, stderr=self.stderr)
        # Whatever the old database put in the shared cache (search synonyms, site roots,
        # the daily consent sweep) describes content that is gone.
        caches["default"].clear()
        self.stdout.write("Rebuilding the search index…")
        search_failed = None
        try:
            call_command("search_index", "rebuild", stdout=self.stdout, stderr=self.stderr)
        except CommandError as exc:
            search_failed = exc
        invalidate()
        self.stdout.write("Page cache cleared.")
        if search_failed:
            raise CommandError(
                f"Restored, but the search index could not be rebuilt ({search_failed}): "
                "run 'manage.py search_index rebuild' once the search server answers."
            )
        self.stdout.write(
            self.style.SUCCESS(
                f"Restored {src}. (Re)start the application server, so that no process "
                "keeps what it cached from the old database."
            )
        )
