"""manage.py import_species FILE: load species from a CSV or XLSX sheet, all or nothing."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from museum.progress import progress
from species.importer import MAX_ERRORS, ImportFileError, Vocabulary, parse_row, read_rows
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
        rows = read_rows(options["file"])
        try:
            for number, row in rows:
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
                if len(errors) >= MAX_ERRORS:
                    break
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        finally:
            rows.close()  # a spreadsheet left half-read keeps its file open
        if errors:
            shown = errors[:MAX_ERRORS]
            report = "\n".join(f"  {e}" for e in shown)
            if len(errors) >= MAX_ERRORS:
                report += "\n" + _(
                    "Checking stopped after %(count)s errors; the rest of the file was not read."
                ) % {"count": MAX_ERRORS}
            raise CommandError(
                f"Nothing was imported: {len(shown)} error(s) in {options['file']}:\n{report}"
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
