"""manage.py search_index rebuild|update|status"""

from django.core.management.base import BaseCommand, CommandError

from museum.progress import progress
from search import service
from search.backends.base import SearchUnavailable


class Command(BaseCommand):
    help = (
        "rebuild: index everything anew (Elasticsearch: into a new index, then the alias "
        "moves); update: add what is missing or changed and drop what is gone; status: counts."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "update", "status"])

    def handle(self, action, **options):
        expected = service.count_documents()
        if action == "status":
            self.stdout.write(f"searchable items in the database: {expected}")
            for backend in service.backends():
                try:
                    self.stdout.write(f"{backend.name}: {backend.count()} documents indexed")
                except SearchUnavailable as exc:
                    self.stdout.write(self.style.WARNING(f"{backend.name}: unreachable ({exc})"))
            return
        for backend in service.backends():
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
            except SearchUnavailable as exc:
                raise CommandError(f"{backend.name} did not answer: {exc}") from exc
            self.stdout.write(self.style.SUCCESS(f"{backend.name}: {count} documents indexed"))
