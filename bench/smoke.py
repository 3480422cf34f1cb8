"""Smoke test of a running production server: every public page type, never a 500.

    python bench/smoke.py http://127.0.0.1:8123 [--host duoclieu.example]

It speaks to the app server as the TLS proxy would (``Host`` of the public
address, ``X-Forwarded-Proto: https``), reads every page from the sitemap in
each language, tries each page's sub-routes (CSV, print, feed, calendar,
worksheet, GeoJSON), then the fixed endpoints (search, suggestions, API, map
data, health, robots, a 404, the admin login, a static file) and checks the
security headers on each answer. Every uploaded image the pages show
(``/media/images/``, ``/media/original_images/``) must come back as an image,
and uploads that are not public images must be refused under ``/media/``.
Exits 1 with a list of what failed.
"""

import argparse
import gzip
import html
import http.client
import re
import sys
import time
from urllib.parse import urlsplit

LOC = re.compile(r"<loc>([^<]+)</loc>")
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
    # The research API (issue 16): every list as JSON and as CSV, its description and docs.
    *(
        (f"/api/v1/{name}/{query}", {200})
        for name in (
            "species",
            "protected-lists",
            "knowledge",
            "places",
            "events",
            "producers",
            "products",
            "growing-areas",
            "production-figures",
            "plan-targets",
            "market-prices",
        )
        for query in ("", "?format=csv&lang=fr")
    ),
    ("/api/v1/openapi.json", {200}),
    ("/api/v1/docs", {200}),
    ("/api/v1/species/999999999/", {404}),
    ("/open-data/darwin-core-archive.zip", {200}),
    ("/sitemap-zh-hans.xml", {200}),
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
# Under /media/ the app serves only raster images from the two public folders
# (museum.media): documents leave through Wagtail's document view and protected
# knowledge media through their checking view, so these must never be a file.
REFUSED_MEDIA = [
    "/media/documents/smoke.pdf",
    "/media/protected/smoke.jpg",
    # Out of a public folder by "..": .ci/production keeps the protected root beside MEDIA_ROOT.
    "/media/images/../documents/smoke.pdf",
    "/media/original_images/../../protected/smoke.jpg",
]
PUBLIC_MEDIA = ("/media/images/", "/media/original_images/")
# Where pages name uploaded images: <img src>, <source srcset>, links, og:image.
MEDIA_ATTRIBUTE = re.compile(r'(?:src|srcset|href|content)="([^"]*/media/[^"]*)"')
# An image's signature (offset, bytes) for each type the app may send: the type
# must match what is sent, or a browser told "nosniff" shows nothing.
IMAGE_MAGIC = {
    "image/jpeg": (0, b"\xff\xd8\xff"),
    "image/png": (0, b"\x89PNG"),
    "image/gif": (0, b"GIF8"),
    "image/webp": (8, b"WEBP"),
    "image/avif": (4, b"ftyp"),
}


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

    def check_image(self, path):
        response, body = self.get(path)
        content_type = (response.getheader("Content-Type") or "").split(";")[0].strip()
        nosniff = response.getheader("X-Content-Type-Options")
        if response.status != 200:
            self.failures.append(f"{path}: {response.status}, expected 200 (an image a page shows)")
        elif content_type not in IMAGE_MAGIC or not body.startswith(
            IMAGE_MAGIC[content_type][1], IMAGE_MAGIC[content_type][0]
        ):
            self.failures.append(f"{path}: Content-Type {content_type!r} for {body[:12]!r}")
        elif nosniff != "nosniff":
            self.failures.append(f"{path}: header X-Content-Type-Options is {nosniff!r}")


def media_paths(html, host):
    """The public images a page names on this site (not in a bucket elsewhere)."""
    found = set()
    for value in MEDIA_ATTRIBUTE.findall(html):
        for candidate in value.split(","):  # a srcset lists "url 360w, url 720w"
            url = urlsplit(candidate.strip().split(" ")[0])
            if url.path.startswith(PUBLIC_MEDIA) and url.netloc in ("", host):
                found.add(url.path)
    return found


def sitemap_pages(server):
    """Every page address the sitemap lists: its index names one file per language (and
    per 50,000 addresses), each of which lists pages."""
    _response, index = server.check("/sitemap.xml")
    text = index.decode(errors="replace")
    if "<sitemapindex" not in text:
        return [html.unescape(u) for u in LOC.findall(text)]
    pages = []
    for url in LOC.findall(text):
        parts = urlsplit(html.unescape(url))
        _response, body = server.check(parts.path + (f"?{parts.query}" if parts.query else ""))
        pages += [html.unescape(u) for u in LOC.findall(body.decode(errors="replace"))]
    return pages


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
    pages = sitemap_pages(server)
    if not pages:
        server.failures.append("/sitemap.xml lists no pages")
    if not args.host and pages:
        server.host = urlsplit(pages[0]).netloc
    paths = sorted({urlsplit(page).path for page in pages})
    media = set()
    for path in paths:
        response, body = server.check(path)
        if response.status == 200:
            media |= media_paths(body.decode(errors="replace"), server.host)
        for sub in SUB_ROUTES:
            server.check(path + sub, {200, 404})
    # Under production settings uploaded images once answered 404 while every page
    # still answered 200: a site that shows no picture fails here.
    renditions = sorted(p for p in media if p.startswith("/media/images/"))
    originals = sorted(p for p in media if p.startswith("/media/original_images/"))
    if not renditions:
        server.failures.append("no page shows an uploaded image (/media/images/…)")
    for path in sorted(media):
        server.check_image(path)
    for path in REFUSED_MEDIA:
        server.check(path, {403, 404})
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
    print(
        f"images: {len(renditions)} renditions and {len(originals)} originals shown by the "
        f"pages fetched, {len(REFUSED_MEDIA)} paths under /media/ that must be refused tried"
    )
    for failure in server.failures:
        print("FAIL", failure)
    print(f"smoke test: {len(server.failures)} problem(s) in {server.count} answers")
    return 1 if server.failures else 0


if __name__ == "__main__":
    sys.exit(main())
