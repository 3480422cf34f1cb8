"""A server process publishing while others do: ``python -m tests.search.busy_process
PATH PREFIX COUNT`` indexes COUNT documents one write at a time into the embedded index
at PATH, searching for each one right after its write, and prints one JSON line:
the keys it wrote, the ones its own next search did not find, and any errors."""

import json
import os
import sys


def main(path, prefix, count):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
    import django

    django.setup()
    from search.backends.base import SearchQuery, SearchUnavailable
    from search.backends.embedded import EmbeddedBackend
    from tests.search.factories import doc

    backend = EmbeddedBackend(path)
    written, missed, errors = [], [], []
    for i in range(count):
        key = f"{prefix}-{i}"
        try:
            backend.index([doc(key, f"Quelvarin {prefix} {i}", body="lá thuốc")])
            written.append(key)
            found = backend.search(SearchQuery(text=f"quelvarin {prefix} {i}", per_page=5))
            if key not in [hit.key for hit in found.hits]:
                missed.append(key)
        except SearchUnavailable as exc:
            errors.append(f"{key}: {exc}")
    print(json.dumps({"written": written, "missed": missed, "errors": errors}), flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
