"""manage.py import_valuechain KIND FILE: load value-chain records from a CSV or XLSX sheet,
all or nothing. The kinds and their columns: ``valuechain.importer``."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from base.progress import progress
from valuechain.importer import KINDS, MAX_ERRORS, ImportFileError, apply, check_file


class Command(BaseCommand):
    help = (
        "Create or update value-chain records (growing areas, producers, production "
        "figures, market prices, batches) from a CSV or XLSX file. Nothing is imported if "
        "any row has an error. The columns of each kind: valuechain/importer.py."
    )

    def add_arguments(self, parser):
        parser.add_argument("kind", choices=sorted(KINDS), help="What the file holds")
        parser.add_argument("file", help="Path to a .csv (UTF-8) or .xlsx file")
        parser.add_argument("--dry-run", action="store_true", help="Check the file only.")
        parser.add_argument(
            "--draft", action="store_true", help="Leave pages as drafts, unpublished."
        )

    def handle(self, *args, **options):
        try:
            plan = check_file(options["kind"], options["file"])
        except ImportFileError as exc:
            raise CommandError(str(exc)) from exc
        if plan.errors:
            report = "\n".join(f"  {e}" for e in plan.errors)
            if len(plan.errors) >= MAX_ERRORS:
                report += "\n" + _(
                    "Checking stopped after %(count)s errors; the rest of the file was not read."
                ) % {"count": MAX_ERRORS}
            raise CommandError(
                _("Nothing was imported: %(count)s error(s) in %(file)s:")
                % {"count": len(plan.errors), "file": options["file"]}
                + "\n"
                + report
            )
        counts = plan.counts
        summary = _("%(create)s new, %(update)s updated, %(unchanged)s unchanged") % counts
        if options["dry_run"]:
            self.stdout.write(self.style.SUCCESS(_("Dry run, nothing written: %s.") % summary))
            return
        started = time.monotonic()
        writes = counts["create"] + counts["update"]
        try:
            apply(
                plan,
                publish=not options["draft"],
                progress=lambda items: progress(items, writes, self.stderr, options["kind"]),
            )
        except ImportFileError as exc:
            raise CommandError(_("Nothing was imported: %s") % exc) from exc
        seconds = time.monotonic() - started
        self.stdout.write(
            self.style.SUCCESS(
                _("Imported %(kind)s: %(summary)s, in %(seconds).1f s.")
                % {"kind": KINDS[options["kind"]].label, "summary": summary, "seconds": seconds}
            )
        )
