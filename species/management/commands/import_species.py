"""manage.py import_species FILE: load species from a CSV or XLSX sheet, all or nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from museum.progress import progress
from species.importer import ImportFileError, Vocabulary, parse_row, read_rows
from species.models import SpeciesIndexPage
from species.services import find_species, upsert_species


class Command(BaseCommand):
    help = (
        "Create or update species pages from a CSV or XLSX file (one row a species; "
        "columns in the README). Nothing is imported if any row has an error."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="Path to a .csv (UTF-8) or .xlsx file")
        parser.add_argument("--dry-run", action="store_true", help="Check the file only.")
        parser.add_argument(
            "--draft", action="store_true", help="Save new revisions as drafts, unpublished."
        )

    def handle(self, *args, **options):
        index = SpeciesIndexPage.objects.first()
        if index is None:
            raise CommandError("There is no species index page: create one (or run load_demo).")
        vocab = Vocabulary()
        parsed, errors, seen = [], [], {}
        try:
            for number, row in read_rows(options["file"]):
                data, row_errors = parse_row(number, row, vocab)
                errors.extend(row_errors)
                key = (data.get("genus"), data.get("epithet"), data.get("infraspecific_name"))
                if not row_errors and key in seen:
                    errors.append(
                        f"Row {number}, column 'scientific_name': the same species as row "
                        f"{seen[key]}."
                    )
                seen.setdefault(key, number)
                parsed.append((number, data))
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        if errors:
            report = "\n".join(f"  {e}" for e in errors)
            raise CommandError(
                f"Nothing was imported: {len(errors)} error(s) in {options['file']}:\n{report}"
            )
        if not parsed:
            raise CommandError("The file has a header but no rows: nothing to import.")
        if options["dry_run"]:
            self.stdout.write(self.style.SUCCESS(f"{len(parsed)} row(s) are valid (dry run)."))
            return
        created = updated = 0
        with transaction.atomic():
            for _number, data in progress(parsed, len(parsed), self.stderr, "species"):
                existed = find_species(
                    data["genus"], data["epithet"], data.get("infraspecific_name", "")
                )
                upsert_species(index, data, publish=not options["draft"])
                if existed:
                    updated += 1
                else:
                    created += 1
        self.stdout.write(
            self.style.SUCCESS(f"Imported {len(parsed)} species: {created} new, {updated} updated.")
        )
