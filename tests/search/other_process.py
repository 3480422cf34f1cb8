"""Another server process reading the same embedded index.

Run as ``python -m tests.search.other_process PATH``: it reads one JSON request
per line on stdin (``["search", text, filters]`` or ``["suggest", text]``) and
answers one JSON line on stdout, as an anonymous visitor. It keeps its backend
(and so its open index) between requests, as a worker process does.
``OtherProcess`` starts one and asks it.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


class OtherProcess:
    """A search worker in its own Python process, on the same index file."""

    def __init__(self, path):
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "tests.search.other_process", str(path)],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )

    def ask(self, *request):
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self):
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def main(path):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
    import django

    django.setup()
    from search.backends.base import SearchQuery, SearchUnavailable
    from search.backends.embedded import EmbeddedBackend
    from search.documents import AccessScope

    backend = EmbeddedBackend(path)
    for line in sys.stdin:
        method, text, *rest = json.loads(line)
        try:
            if method == "search":
                query = SearchQuery(text=text, filters=rest[0] if rest else {}, scope=AccessScope())
                results = backend.search(query)
                answer = {
                    "keys": [hit.key for hit in results.hits],
                    "total": results.total,
                    "facets": {name: dict(values) for name, values in results.facets.items()},
                }
            else:
                answer = {"keys": [s.url for s in backend.suggest(text, "vi", AccessScope())]}
        except SearchUnavailable as exc:
            answer = {"unavailable": str(exc)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(sys.argv[1])
