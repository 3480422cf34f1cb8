"""In a real browser the public pages do everything they do under the strict CSP.

Chromium reports every refused script, style, image or connection in the console;
the map (Leaflet, its tiles, the GeoJSON fetch), the search suggestions and the print
button are the scripts most likely to trip over the policy.
"""

import pytest

pytestmark = pytest.mark.browser

PAGES = [
    "/vi/",
    "/vi/loai/sam-lai-chau/",
    "/en/map/",
    "/vi/search/?q=sam",
    "/vi/loai/nghi-dinh-84-2021/",
    "/vi/accounts/login/",
    "/vi/san-xuat/",  # charts are SVG images with their own policy
    "/vi/truy-xuat/lo-mau-sample-slc-2025-02-du-lieu-mau/",
]


def test_public_pages_break_no_rule_of_their_policy(demo_server, phone):
    messages = []
    phone.on("console", lambda m: messages.append(f"{phone.url}: {m.text}"))
    phone.on("pageerror", lambda e: messages.append(f"{phone.url}: {e}"))
    # Tiles come from the host the policy names; tests do not reach the internet.
    tiles = []
    phone.context.route(
        "https://tile.openstreetmap.org/**", lambda route: (tiles.append(1), route.abort())
    )
    for path in PAGES:
        response = phone.goto(demo_server + path)
        assert "script-src 'self'" in response.headers["content-security-policy"]
        phone.wait_for_load_state("networkidle")
    assert tiles, "the map asked for no tiles"
    phone.goto(demo_server + "/vi/loai/nghi-dinh-84-2021/")
    assert phone.locator("button[data-print]").is_visible()
    refused = [m for m in messages if "Content Security Policy" in m or "Refused to" in m]
    assert refused == []
