"""The map page on a 360 px phone does not jump when its map arrives: the map's box is
there from the first paint, so the list below it stays put (cumulative layout shift
within Core Web Vitals' "good", 0.1)."""

import time

import pytest

pytestmark = pytest.mark.browser

# Sums every layout shift the page has had (the ones right after a tap or key press
# aside, as Core Web Vitals count them), buffered from before this script ran.
CLS = """() => new Promise(resolve => {
  let total = 0;
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) { total += entry.value; }
    }
  }).observe({ type: "layout-shift", buffered: true });
  setTimeout(() => resolve(total), 300);
})"""


def slow(route):
    """The map's data arrives well after the first paint, as on a slow phone network."""
    time.sleep(1.5)
    route.continue_()


@pytest.mark.parametrize("path", ["/en/map/", "/vi/ban-do/"])
def test_the_map_arriving_does_not_push_the_list_down(demo_server, phone, artifacts, path):
    phone.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    phone.route("**/geojson/**", slow)
    phone.goto(demo_server + path)
    list_top = phone.locator(".map-list").bounding_box()["y"]
    phone.wait_for_selector(".leaflet-container path.leaflet-interactive")
    phone.wait_for_timeout(300)  # let anything the map moves settle
    shift = phone.evaluate(CLS)
    phone.screenshot(path=artifacts / f"map-layout-{path.strip('/').replace('/', '-')}-360.png")
    assert shift <= 0.1, f"cumulative layout shift {shift:.3f} on {path}"
    assert phone.locator(".map-list").bounding_box()["y"] == pytest.approx(list_top, abs=1)


def test_without_scripts_the_map_page_is_the_list_alone(demo_server, browser):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(demo_server + "/en/map/")
        # No empty box where a map can never be drawn; every place is still listed.
        assert not page.locator(".map-large").is_visible()
        assert page.locator(".map-list .card").count() >= 4
    finally:
        context.close()
