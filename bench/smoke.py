"""Smoke test of a running production server: every public page type, never a 500.

    python bench/smoke.py http://127.0.0.1:8123 [--host duoclieu.example]

It speaks to the app server as the TLS proxy would (``Host`` of the public
address, ``X-Forwarded-Proto: https``), reads every page from the sitemap in
each language, tries each page's sub-routes (CSV, print, feed, calendar,
worksheet, GeoJSON), then the fixed endpoints (search, suggestions, API, map
data, health, robots, a 404, the admin login, a static file) and checks the
security headers on each answer. Exits 1 with a list of what failed.
"""

import argparse
import gzip
import http.client
import re
import sys
import time
from urllib.parse import urlsplit

SUB_ROUTES = ("csv/", "print/", "feed/", "ical/", "worksheet/", "geojson/")
REQUIRED_HEADERS = {
    "Content-Security-Policy": "frame-ancestors",
    "Strict-Transport-Security": "max-age=",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Permissions-Policy": "",
}
# (path, statuses that are right for it)
FIXED = [
    ("/vi/", {200}),
    ("/en/", {200}),
    ("/zh-hans/", {200}),
    ("/fr/", {200}),
    ("/vi/search/?q=tam+that", {200}),
    ("/en/search/?q=sam+lai+chau&kind=species", {200}),
    ("/vi/search/suggest/?q=sam", {200}),
    ("/api/v1/knowledge/?lang=en", {200}),
    ("/healthz", {200}),
    ("/robots.txt", {200}),
    ("/.well-known/security.txt", {200}),
    ("/manifest.webmanifest", {200}),
    ("/sw.js", {200}),
    ("/vi/offline/", {200}),
    ("/sitemap.xml", {200}),
    ("/en/no-such-page/", {404}),
    ("/admin/login/", {200}),
    ("/admin/", {302}),
    ("/vi/accounts/login/", {200}),
]


class Server:
    def __init__(self, base, host):
        parts = urlsplit(base)
        self.netloc, self.host = parts.netloc, host
        self.failures, self.count = [], 0

    def get(self, path):
        conn = http.client.HTTPConnection(self.netloc, timeout=30)
        conn.request(
            "GET",
            path,
            headers={
                "Host": self.host,
                "X-Forwarded-Proto": "https",
                "Accept-Encoding": "gzip",
                "User-Agent": "duoclieu-smoke",
            },
        )
        response = conn.getresponse()
        body = response.read()
        if response.getheader("Content-Encoding") == "gzip":
            body = gzip.decompress(body)
        conn.close()
        self.count += 1
        return response, body

    def check(self, path, expected=frozenset({200}), headers=True):
        response, body = self.get(path)
        if response.status not in expected:
            self.failures.append(f"{path}: {response.status}, expected {sorted(expected)}")
        if response.status >= 500:
            return response, body
        if headers and response.status != 304:
            for name, must in REQUIRED_HEADERS.items():
                value = response.getheader(name)
                if value is None or must not in value:
                    self.failures.append(f"{path}: header {name} is {value!r}")
        return response, body


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base", help="the app server, e.g. http://127.0.0.1:8123")
    parser.add_argument("--host", default="", help="Host header (default: the sitemap's)")
    parser.add_argument("--wait", type=float, default=0, help="seconds to wait for the server")
    parser.add_argument("--only", help="check this one path and stop")
    args = parser.parse_args()
    started = time.monotonic()
    server = Server(args.base, args.host or urlsplit(args.base).netloc)
    while time.monotonic() - started < args.wait:
        try:
            server.get("/sitemap.xml")
            break
        except OSError:
            time.sleep(0.5)
    if args.only:
        response, _body = server.get(args.only)
        print(f"{args.only}: {response.status}")
        return 0 if response.status == 200 else 1
    _response, sitemap = server.check("/sitemap.xml")
    pages = re.findall(r"<loc>([^<]+)</loc>", sitemap.decode())
    if not pages:
        server.failures.append("/sitemap.xml lists no pages")
    if not args.host and pages:
        server.host = urlsplit(pages[0]).netloc
    paths = sorted({urlsplit(page).path for page in pages})
    for path in paths:
        server.check(path)
        for sub in SUB_ROUTES:
            server.check(path + sub, {200, 404})
    for path, expected in FIXED:
        server.check(path, expected, headers=not path.startswith("/admin"))
    _response, home = server.get("/vi/")
    static = re.search(rb'href="(/static/[^"]+\.css)"', home)
    if static:
        response, _body = server.get(static.group(1).decode())
        if response.status != 200 or "max-age" not in (response.getheader("Cache-Control") or ""):
            server.failures.append(f"{static.group(1).decode()}: {response.status}, not cached")
    else:
        server.failures.append("/vi/ links no stylesheet under /static/")
    took = time.monotonic() - started
    print(f"{server.count} requests, {len(paths)} pages from the sitemap, {took:.1f} s")
    for failure in server.failures:
        print("FAIL", failure)
    print(f"smoke test: {len(server.failures)} problem(s) in {server.count} answers")
    return 1 if server.failures else 0


if __name__ == "__main__":
    sys.exit(main())
