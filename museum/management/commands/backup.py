"""manage.py backup DEST: the database, original images and documents, protected media."""

from django.core.management.base import BaseCommand, CommandError

from museum.backups import BackupError, create_backup, describe, file_counts, uncovered_media


def _size(count):
    for unit in ("bytes", "KB", "MB", "GB"):
        if count < 1024 or unit == "GB":
            return f"{count:.0f} {unit}" if unit == "bytes" else f"{count:.1f} {unit}"
        count /= 1024


class Command(BaseCommand):
    help = (
        "Write one archive holding the database (SQLite backup API or pg_dump), the original "
        "images and documents, the protected knowledge media and a manifest with the sha256 "
        "of every file. Safe while the site runs. Restore it with 'manage.py restore'."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "dest",
            help="A .tar.gz (or .tar) file to create, or a folder to create a dated .tar.gz in.",
        )

    def handle(self, *args, **options):
        try:
            path, manifest = create_backup(options["dest"], stream=self.stderr)
        except BackupError as exc:
            raise CommandError(str(exc)) from exc
        for name in manifest["skipped"]:
            self.stderr.write(self.style.WARNING(f"  deleted while the backup ran: {name}"))
        for name in uncovered_media():
            self.stderr.write(
                self.style.WARNING(f"  MEDIA_ROOT/{name} is not part of backups: copy it yourself")
            )
        counts = {**manifest["counts"], **file_counts(manifest)}
        self.stdout.write(
            self.style.SUCCESS(
                f"Backup written to {path} ({_size(path.stat().st_size)}): the "
                f"{manifest['database']['vendor']} database with {describe(counts)}."
            )
        )
