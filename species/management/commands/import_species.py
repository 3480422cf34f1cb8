"""manage.py import_species FILE: load species from a CSV or XLSX sheet, all or nothing."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from wagtail.signal_handlers import disable_reference_index_auto_update

from base.page_cache import one_invalidation
from base.progress import progress
from base.tasks import queue_reference_updates, run_by_worker
from search.service import deferred_indexing
from species.importer import MAX_ERRORS, ImportFileError, Vocabulary, parse_row, read_rows
from species.models import SpeciesIndexPage
from species.services import upsert_many


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
        started = time.monotonic()
        # One search-index pass and one reference-index task per page at the end, instead
        # of a write per save; new species are written in batches (species.services).
        with (
            deferred_indexing(),
            one_invalidation(),
            disable_reference_index_auto_update(),
        ):
            rows = (data for _number, data in parsed)
            results = upsert_many(
                index,
                progress(rows, len(parsed), self.stderr, "species"),
                publish=not options["draft"],
            )
        created = sum(1 for _page, was_created in results if was_created)
        updated = len(results) - created
        pages = [page for page, _created in results]
        # Runs in the worker in production (TASKS_BACKEND=database), here otherwise.
        queue_reference_updates(pages)
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                f"Imported {len(parsed)} species: {created} new, {updated} updated, in "
                f"{seconds:.1f} s ({len(parsed) / max(seconds, 0.001):.1f} a second). "
                "They are in search now."
            )
        )
        if run_by_worker():
            self.stdout.write(
                "The admin's usage lists and page search follow once 'manage.py db_worker' "
                "has run ('manage.py background_tasks' shows what waits)."
            )
