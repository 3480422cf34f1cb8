"""Load test of a running production server: 50 visitors for 60 s, no 5xx allowed.

    python bench/load.py http://127.0.0.1:8123 [--users 50] [--seconds 60]
                         [--manage manage.py]

Speaks to the app server as the TLS proxy would (the sitemap's host,
``X-Forwarded-Proto: https``). Three phases on the same server:

1. a static file alone (whitenoise), for the reference rate;
2. cached pages alone (home, species index, species pages, map, remedies), the
   page cache's rate as a ratio to the static file's;
3. the mixed workload: those pages, search (20 queries), suggestions, the map's
   GeoJSON and the static file. With ``--manage`` (run with the server's own
   environment) a page is published and ``search_index update`` runs during it.

Prints requests/s, the ratios and the search page's latency (p50/p95, as the client
waits and as the server spends it, from ``Server-Timing``, the latter also apart
for page-cache hits and misses, from ``X-Page-Cache``), and exits 1 on any error,
4xx or 5xx: every address it asks for exists. Nothing here talks to any address but
the one given.
"""

import argparse
import asyncio
import gzip
import html
import os
import random
import re
import statistics
import subprocess
import sys
import time
from urllib.parse import quote, urlsplit

SEARCHES = [
    "tam that",
    "sam lai chau",
    "duong quy",
    "que",
    "hoang lien",
    "thao qua",
    "bay la mot hoa",
    "lan kim tuyen",
    "Panax",
    "P. notoginseng",
    "Cinnamomum cassia",
    "cay thuoc",
    "cam mau",
    "hmong",
    "dao",
    "re",
    "vo cay",
    "la",
    "atiso",
    "ginseng",
]
PUBLISH = """
from wagtail.models import Page
page = Page.objects.live().filter(depth=3).first().specific
page.save_revision().publish()
print("published", page.url_path)
"""


# museum.middleware.ServerTimingMiddleware: Django's own time, apart from the queue.
SERVER_TIMING = re.compile(rb"(?im)^server-timing:\s*app;dur=([0-9.]+)")
# base.page_cache: "hit" when the stored page answered, "miss" when it was rendered and
# stored; absent when the answer could not be stored.
PAGE_CACHE = re.compile(rb"(?im)^x-page-cache:\s*(\w+)")


class Client:
    def __init__(self, base, host):
        parts = urlsplit(base)
        self.address = (parts.hostname, parts.port or 80)
        self.host = host

    async def get(self, path):
        """(status, seconds, body, server seconds or None, page cache "hit"/"miss"/None)
        of one GET on a new connection, as a proxy would send it."""
        started = time.perf_counter()
        reader, writer = await asyncio.open_connection(*self.address)
        writer.write(
            (
                f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\nX-Forwarded-Proto: https\r\n"
                "Accept-Encoding: gzip\r\nConnection: close\r\nUser-Agent: duoclieu-load\r\n\r\n"
            ).encode()
        )
        await writer.drain()
        data = await reader.read()
        writer.close()
        head, _sep, body = data.partition(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1]) if head.startswith(b"HTTP/") else 0
        elapsed = time.perf_counter() - started
        if b"content-encoding: gzip" in head.lower():
            body = gzip.decompress(body) if not head.lower().count(b"chunked") else body
        timing = SERVER_TIMING.search(head)
        cache = PAGE_CACHE.search(head)
        return (
            status,
            elapsed,
            body,
            float(timing.group(1)) / 1000 if timing else None,
            cache.group(1).decode().lower() if cache else None,
        )


async def run_phase(client, paths, users, seconds, record):
    """``users`` visitors, each requesting a random path until ``seconds`` pass."""
    deadline = time.monotonic() + seconds
    rng = random.Random(7)

    async def visitor():
        while time.monotonic() < deadline:
            path = rng.choice(paths)
            try:
                status, elapsed, _body, server_time, cache = await client.get(path)
            except OSError as exc:
                record(path, 0, 0.0, str(exc))
                continue
            record(path, status, elapsed, "", server_time, cache)

    started = time.monotonic()
    await asyncio.gather(*(visitor() for _ in range(users)))
    return time.monotonic() - started


class Tally:
    def __init__(self):
        self.count, self.errors, self.latency, self.server = 0, [], {}, {}
        self.server_by_cache = {}

    def __call__(self, path, status, elapsed, error, server_time=None, cache=None):
        self.count += 1
        # No path in the mix is missing by design: a 4xx is a page or route that broke.
        if error or status >= 400 or status == 0:
            self.errors.append(f"{path}: {status or error}")
        kind = path.split("?")[0].strip("/").split("/")[-1] or "home"
        if "/search/" in path and "suggest" not in path:
            kind = "search"
        self.latency.setdefault(kind, []).append(elapsed)
        if server_time is not None:
            self.server.setdefault(kind, []).append(server_time)
            self.server_by_cache.setdefault((kind, cache), []).append(server_time)


def percentile(values, q):
    return statistics.quantiles(values, n=100)[q - 1] if len(values) > 1 else values[0]


async def sitemap_pages(client):
    """Every page address the sitemap lists, following its index into each file."""
    _status, _t, index, _server, _cache = await client.get("/sitemap.xml")
    found = [html.unescape(u) for u in re.findall(r"<loc>([^<]+)</loc>", index.decode())]
    if b"<sitemapindex" not in index:
        return found
    pages = []
    for url in found:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        _status, _t, body, _server, _cache = await client.get(path)
        pages += [html.unescape(u) for u in re.findall(r"<loc>([^<]+)</loc>", body.decode())]
    return pages


async def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--calibrate", type=float, default=10, help="seconds of phases 1 and 2")
    parser.add_argument("--manage", help="manage.py, to publish and update the index mid-run")
    parser.add_argument("--host", default="", help="Host header (default: the sitemap's)")
    args = parser.parse_args()

    probe = Client(args.base, args.host or urlsplit(args.base).netloc)
    pages = [urlsplit(u) for u in await sitemap_pages(probe)]
    if not pages:
        sys.exit("the sitemap lists no pages")
    client = Client(args.base, args.host or pages[0].netloc)
    _status, _t, home, _server, _cache = await client.get("/vi/")
    static = re.search(rb'href="(/static/[^"]+\.css)"', home).group(1).decode()
    species = [p.path for p in pages if p.path.startswith("/vi/loai/") and p.path != "/vi/loai/"]
    cached = ["/vi/", "/en/", "/vi/loai/", "/vi/ban-do/", "/vi/bai-thuoc/", *species[:8]]

    static_tally, cached_tally, mixed = Tally(), Tally(), Tally()
    took = await run_phase(client, [static], args.users, args.calibrate, static_tally)
    static_rate = static_tally.count / took
    for path in cached:  # each page once, so phase 2 measures the cache, not rendering
        await client.get(path)
    took = await run_phase(client, cached, args.users, args.calibrate, cached_tally)
    cached_rate = cached_tally.count / took

    searches = [f"/vi/search/?q={quote(q)}" for q in SEARCHES]
    suggests = [f"/vi/search/suggest/?q={quote(q[:3])}" for q in SEARCHES[:10]]
    mix = cached * 3 + searches + suggests + ["/vi/ban-do/geojson/", static] * 2
    jobs = []
    if args.manage:
        env = dict(os.environ)

        async def during():
            await asyncio.sleep(args.seconds / 3)
            jobs.append(
                await asyncio.to_thread(
                    subprocess.run,
                    [sys.executable, args.manage, "shell", "-v0", "-c", PUBLISH],
                    env=env,
                    capture_output=True,
                    text=True,
                )
            )
            await asyncio.sleep(args.seconds / 3)
            jobs.append(
                await asyncio.to_thread(
                    subprocess.run,
                    [sys.executable, args.manage, "search_index", "update"],
                    env=env,
                    capture_output=True,
                    text=True,
                )
            )

        side = asyncio.create_task(during())
    took = await run_phase(client, mix, args.users, args.seconds, mixed)
    if args.manage:
        await side
    search = mixed.latency.get("search", [0.0])

    print(f"static file:      {static_rate:8.1f} requests/s")
    print(f"cached pages:     {cached_rate:8.1f} requests/s  ratio {cached_rate / static_rate:.2f}")
    print(
        f"mixed workload:   {mixed.count / took:8.1f} requests/s  "
        f"ratio {mixed.count / took / static_rate:.2f}  ({args.users} users, {took:.0f} s)"
    )
    print(
        f"search page:      p50 {percentile(search, 50) * 1000:.1f} ms, "
        f"p95 {percentile(search, 95) * 1000:.1f} ms (client side, under load)"
    )
    server = mixed.server.get("search")
    if server:
        print(
            f"search page:      p50 {percentile(server, 50) * 1000:.1f} ms, "
            f"p95 {percentile(server, 95) * 1000:.1f} ms (server time, Server-Timing)"
        )
    # A hit costs a cache read, a miss a search and a render: the overall figure
    # above mostly counts hits, and hides what a new query costs.
    for cache, label in (("hit", "page cache hits"), ("miss", "page cache misses")):
        times = mixed.server_by_cache.get(("search", cache), [])
        figures = (
            f"p50 {percentile(times, 50) * 1000:.1f} ms, p95 {percentile(times, 95) * 1000:.1f} ms"
            if times
            else "none"
        )
        print(f"search page:      {figures} (server time, {label}: {len(times)})")
    unstored = mixed.server_by_cache.get(("search", None))
    if unstored:
        print(f"search page:      {len(unstored)} answers the page cache could not store")
    for job in jobs:
        print(f"during the run:   {' '.join(job.args[2:4])} exit {job.returncode}")
    errors = static_tally.errors + cached_tally.errors + mixed.errors
    errors += [f"{' '.join(j.args[2:4])}: {j.stderr[-300:]}" for j in jobs if j.returncode]
    total = static_tally.count + cached_tally.count + mixed.count
    print(f"load test: {len(errors)} error(s) in {total} requests")
    for error in errors[:20]:
        print("ERROR", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(asyncio.run(main()))
