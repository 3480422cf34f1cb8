"""manage.py search_index rebuild|update|status"""

from django.core.management.base import BaseCommand, CommandError

from base.progress import progress
from search import service
from search.backends.base import SearchUnavailable
from search.models import StaleSearchEntry


class Command(BaseCommand):
    help = (
        "rebuild: index everything anew (Elasticsearch: into a new index, then the alias "
        "moves; embedded: into a new folder that replaces the live one at once, a broken "
        "one moved aside first); update: add what is missing "
        "or changed and drop what is gone; status: counts and whether each index answers."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])

    def handle(self, action, **options):
        expected = service.count_documents()
        if action == "status":
            self.status(expected)
            return
        for backend in service.backends():
            retired = backend.retire_legacy() if hasattr(backend, "retire_legacy") else None
            if retired:
                self.stdout.write(
                    f"{backend.name}: removed the index of an earlier version ({retired}); "
                    "indexing everything into the new one"
                )
            documents = progress(service.live_documents(), expected, self.stderr, backend.name)
            try:
                if action == "rebuild":
                    count = backend.rebuild(documents)
                else:
                    docs = list(documents)
                    count = backend.index(docs)
                    stale = backend.keys() - {d.key for d in docs}
                    backend.delete(stale)
                    if stale:
                        self.stdout.write(f"{backend.name}: removed {len(stale)} stale documents")
                    if hasattr(backend, "mark_built"):
                        backend.mark_built()
            except SearchUnavailable as exc:
                hint = "" if action == "rebuild" else "; try 'search_index rebuild'"
                raise CommandError(f"{backend.name} did not answer: {exc}{hint}") from exc
            self.stdout.write(self.style.SUCCESS(f"{backend.name}: {count} documents indexed"))
        service.repaired()

    def status(self, expected):
        self.stdout.write(f"searchable items in the database: {expected}")
        for backend in service.backends():
            try:
                if hasattr(backend, "check"):
                    backend.check()
                self.stdout.write(f"{backend.name}: {backend.count()} documents indexed")
            except SearchUnavailable as exc:
                self.stdout.write(self.style.WARNING(f"{backend.name}: unavailable ({exc})"))
        stale = StaleSearchEntry.objects.count()
        if stale:
            self.stdout.write(
                self.style.WARNING(
                    f"{stale} item(s) could not be updated in an index and are hidden from "
                    "search: run 'search_index update'"
                )
            )
