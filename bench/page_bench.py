"""Server time per public page: rendered by Wagtail, and served from the page cache.

    taskset -c 0 .venv/bin/python bench/page_bench.py

Builds the demo site in a temporary folder, then requests each page through the
whole middleware stack (Django's test client, no network): 30 times rendered
(the page cache emptied before each request) and 300 times from the cache, as an
anonymous visitor. Prints p50 and p95 in milliseconds per page.
"""

import statistics
import time
from urllib.parse import quote

import throwaway_site

PAGES = {
    "home": "/vi/",
    "species index": "/vi/loai/",
    "species": "/vi/loai/sam-lai-chau/",
    "exhibit": "/vi/trung-bay/cau-chuyen-sam-lai-chau/",
    "tour": "/vi/tham-quan/mot-vong-vuon/",
    "lesson": "/vi/nha-truong/cay-thuoc-quy-va-bao-ve/",
    "map": "/vi/ban-do/",
    "remedies": "/vi/bai-thuoc/",
    "search": "/vi/search/?q=tam+that",
}


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def timed(client, path, clear=None, runs=30):
    """Milliseconds for ``runs`` requests of ``path`` (or of each path of a list, once)."""
    times = []
    paths = path if isinstance(path, list) else [path] * runs
    for path in paths:
        if clear:
            clear()
        start = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return times


def main():
    workdir = throwaway_site.set_up("museum-page-bench-")
    from django.core.cache import caches
    from django.test import Client

    throwaway_site.build_demo(workdir)
    client = Client(HTTP_HOST="localhost")
    pages = caches["pages"]
    print(f"{'page':<15}{'rendered p50':>13}{'p95':>8}{'cached p50':>12}{'p95':>8}{'speed-up':>10}")
    for name, path in PAGES.items():
        client.get(path)  # warm up templates and the ORM
        rendered = timed(client, path, clear=pages.clear, runs=30)
        client.get(path)
        cached = timed(client, path, runs=300)
        assert client.get(path)["X-Page-Cache"] == "hit"
        r50, c50 = statistics.median(rendered), statistics.median(cached)
        print(
            f"{name:<15}{r50:>11.1f}ms{percentile(rendered, 0.95):>6.1f}ms"
            f"{c50:>10.2f}ms{percentile(cached, 0.95):>6.2f}ms{r50 / c50:>9.0f}×"
        )
    # The row above empties the whole cache before each search, as a publish does. A
    # visitor's new query between publishes finds the facet labels kept.
    from species.models import SpeciesPage

    titles = SpeciesPage.objects.live().values_list("title", flat=True)
    queries = [f"/vi/search/?q={quote(title)}" for title in titles[:30]]
    client.get(queries[0])
    fresh = timed(client, queries[1:])
    print(
        f"{'new query':<15}{statistics.median(fresh):>11.1f}ms{percentile(fresh, 0.95):>6.1f}ms"
        f"  ({len(fresh)} searches never asked before, none from the page cache)"
    )


if __name__ == "__main__":
    main()
