"""The first-view budget of the public pages, measured in Chromium at 360×740.

    python bench/page_budget.py http://127.0.0.1:8000 [--json]

For each page (home, species, exhibit, tour, lesson kit, production dashboard, a product
and a batch's traceability page of the demo content) it
opens a fresh browser profile, loads the page and waits for the network to go
quiet, then adds up what came over the wire (Chromium's encoded sizes, headers
included). The budget, from DESIGN.md and issue 5:

- everything the first view loads, images included: at most 300 KB;
- the HTML, compressed: at most 50 KB;
- CSS and JavaScript: at most 30 KB each.

Exits with status 1 when a page is over budget, so CI can run it.
"""

import argparse
import gzip
import json
import sys
import urllib.request

CHROMIUM = "/usr/bin/chromium"
KB = 1024
BUDGET = {"total": 300 * KB, "html": 50 * KB, "css": 30 * KB, "js": 30 * KB}
PAGES = {
    "home": "/vi/",
    "species": "/vi/loai/sam-lai-chau/",
    "exhibit": "/vi/trung-bay/cau-chuyen-sam-lai-chau/",
    "tour": "/vi/tham-quan/mot-vong-vuon/",
    "lesson": "/vi/nha-truong/cay-thuoc-quy-va-bao-ve/",
    "dashboard": "/vi/san-xuat/",
    "product": "/vi/san-pham/tra-la-sam-mau-khun-ha-du-lieu-mau/",
    "batch": "/vi/truy-xuat/lo-mau-sample-slc-2025-02-du-lieu-mau/",
}


def compressed_html_size(url):
    """The page's HTML as the server sends it to a browser that accepts gzip."""
    request = urllib.request.Request(url, headers={"Accept-Encoding": "gzip"})
    with urllib.request.urlopen(request, timeout=30) as response:
        body = response.read()
        if response.headers.get("Content-Encoding") != "gzip":
            body = gzip.compress(body)  # what a compressing proxy would send
    return len(body)


def first_view(browser, url):
    """Bytes per resource type that a fresh 360×740 phone loads to show ``url``."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Network.enable")
    requests = {}
    cdp.on(
        "Network.responseReceived",
        lambda e: requests.setdefault(e["requestId"], {}).update(
            url=e["response"]["url"], type=e["type"]
        ),
    )
    cdp.on(
        "Network.loadingFinished",
        lambda e: requests.setdefault(e["requestId"], {}).update(bytes=e["encodedDataLength"]),
    )
    page.goto(url, wait_until="load")
    page.wait_for_load_state("networkidle")
    context.close()
    sizes = {"total": 0, "css": 0, "js": 0, "image": 0, "other": 0}
    kinds = {"Stylesheet": "css", "Script": "js", "Image": "image"}
    for item in requests.values():
        size = item.get("bytes", 0)
        sizes["total"] += size
        sizes[kinds.get(item.get("type"), "other")] += size
    sizes["requests"] = len(requests)
    return sizes


def measure(browser, base_url, pages=None):
    """{page name: sizes} for each page, with 'html' (compressed) and 'over' (budget keys)."""
    results = {}
    for name, path in (pages or PAGES).items():
        url = base_url.rstrip("/") + path
        sizes = first_view(browser, url)
        sizes["html"] = compressed_html_size(url)
        sizes["over"] = [key for key, limit in BUDGET.items() if sizes[key] > limit]
        results[name] = sizes
    return results


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("base_url")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
        )
        try:
            results = measure(browser, args.base_url)
        finally:
            browser.close()
    if args.json:
        print(json.dumps(results, indent=2))
    else:
        print(f"{'page':<9}{'total':>9}{'html(gz)':>10}{'css':>8}{'js':>8}{'images':>8}  requests")
        for name, s in results.items():
            print(
                f"{name:<9}{s['total'] / KB:>8.1f}K{s['html'] / KB:>9.1f}K{s['css'] / KB:>7.1f}K"
                f"{s['js'] / KB:>7.1f}K{s['image'] / KB:>7.1f}K  {s['requests']}"
                + (f"  OVER: {', '.join(s['over'])}" if s["over"] else "")
            )
        print("budget: total 300K, html 50K compressed, css 30K, js 30K")
    return 1 if any(s["over"] for s in results.values()) else 0


if __name__ == "__main__":
    sys.exit(main())
