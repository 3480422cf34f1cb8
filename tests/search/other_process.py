"""Another server process reading the same embedded index file.

Run as ``python -m tests.search.other_process PATH``: it reads one JSON request
per line on stdin (``["search", text, filters]`` or ``["suggest", text]``) and
answers one JSON line on stdout, as an anonymous visitor. It keeps its backend
(and so its connection) open between requests, as a worker process does.
"""

import json
import os
import sys


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
