"""The museum on a small phone: exhibits, tours, lessons and the map; quizzes with and
without JavaScript, keyboard use, offline tours, the first-view budget and axe-core."""

import json

import pytest

from bench.page_budget import BUDGET, measure
from tests.browser.conftest import ROOT, run_server
from tests.browser.test_species_on_a_phone import assert_fits

pytestmark = pytest.mark.browser

AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]
PAGES = {
    "home": "/vi/",
    "species": "/vi/loai/sam-lai-chau/",
    "exhibit": "/vi/trung-bay/cau-chuyen-sam-lai-chau/",
    "exhibit-en": "/en/exhibits/the-cassia-of-lao-cai/",
    "visit": "/vi/tham-quan/",
    "tour": "/vi/tham-quan/mot-vong-vuon/",
    "station": "/en/visit/demonstration-garden/station-5/",
    "place": "/en/visit/tam-duong-lai-chau-ginseng/",
    "festival": "/en/visit/ginseng-cultural-festival/",
    "lesson": "/vi/nha-truong/cay-thuoc-quy-va-bao-ve/",
    "map": "/en/map/",
    "dashboard": "/vi/san-xuat/",
    "product": "/vi/san-pham/tra-la-sam-mau-khun-ha-du-lieu-mau/",
    "batch": "/vi/truy-xuat/lo-mau-sample-slc-2025-02-du-lieu-mau/",
    "producer-en": "/en/producers/khun-ha-sample-cooperative/",
}
LESSON_EN = "/en/schools/precious-plants-and-protecting-them/"


def axe_problems(phone):
    """axe-core's WCAG 2.2 A/AA violations on the page ``phone`` shows, one line each."""
    # Evaluated, not added as a <script>: the site's policy (rightly) refuses inline scripts.
    phone.evaluate(AXE.read_text())
    result = phone.evaluate(
        "tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_22_AA
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}"
        for v in result["violations"]
    ]


@pytest.fixture
def no_tiles(phone):
    """Map tiles come from OpenStreetMap; tests do not reach the internet."""
    phone.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    return phone


@pytest.mark.parametrize("name", PAGES)
def test_each_museum_page_fits_a_small_phone(demo_server, no_tiles, artifacts, name):
    phone = no_tiles
    assert phone.goto(demo_server + PAGES[name]).status == 200
    # Maps are drawn after the deferred script loads; measure the page once they are.
    phone.wait_for_load_state("networkidle")
    assert phone.locator("h1").is_visible()
    assert_fits(phone, name)
    phone.screenshot(path=artifacts / f"museum-{name}-360.png", full_page=True)


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make install-test)")
@pytest.mark.parametrize("name", PAGES)
def test_axe_core_finds_no_wcag_22_aa_violations(demo_server, no_tiles, name):
    phone = no_tiles
    phone.goto(demo_server + PAGES[name])
    phone.wait_for_load_state("networkidle")
    problems = axe_problems(phone)
    assert problems == [], "\n".join(problems)


def test_a_quiz_is_checked_in_the_page_with_javascript(demo_server, phone, artifacts):
    phone.goto(demo_server + LESSON_EN)
    questions = phone.locator("[data-question]")
    assert questions.count() == 3
    questions.nth(0).get_by_label("Cinnamomum cassia").check()
    questions.nth(1).get_by_label("Below 500 m").check()
    phone.get_by_role("button", name="Check my answers").click()
    assert phone.url == demo_server + LESSON_EN  # no round trip to the server
    assert questions.nth(0).locator(".feedback").inner_text() == "Right."
    assert questions.nth(1).locator(".feedback").inner_text() == "Not quite."
    assert questions.nth(1).locator(".explanation").is_visible()
    assert phone.locator(".score").inner_text() == "1 of 2 answered correctly."
    phone.locator("#quiz").scroll_into_view_if_needed()
    phone.screenshot(path=artifacts / "museum-quiz-js-360.png")


def test_a_quiz_works_without_javascript(demo_server, browser, artifacts):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    try:
        page.goto(demo_server + LESSON_EN)
        questions = page.locator("[data-question]")
        questions.nth(0).get_by_label("Cinnamomum verum").check()
        questions.nth(2).get_by_label("To protect the plant from poachers").check()
        page.get_by_role("button", name="Check my answers").click()
        page.wait_for_load_state("load")
        assert "/en/quiz/" in page.url
        text = page.locator("main").inner_text()
        assert "1 of 2 answered correctly." in text
        assert "The right answer: Cinnamomum cassia" in text
        assert "1 question was not answered." in text
        page.screenshot(path=artifacts / "museum-quiz-nojs-360.png", full_page=True)
    finally:
        context.close()


def test_the_pages_work_by_keyboard(demo_server, phone):
    phone.goto(demo_server + LESSON_EN)
    phone.keyboard.press("Tab")
    assert phone.evaluate("document.activeElement.className") == "skip"
    phone.keyboard.press("Enter")
    # Following a fragment link updates the URL after the key event returns.
    phone.wait_for_url("**#main", timeout=5000)
    # Answer the first question with the keyboard alone: focus, arrows, Enter.
    phone.locator("[data-question] input").first.focus()
    phone.keyboard.press("Space")
    phone.keyboard.press("Enter")  # submits the form from a radio button
    assert phone.locator("[data-question] .feedback").first.inner_text() == "Right."
    focused = phone.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused != "none", "the focused control shows where the keyboard is"


def test_the_map_draws_the_places_with_leaflet_served_by_the_site(demo_server, no_tiles, artifacts):
    phone = no_tiles
    scripts = []
    phone.on("request", lambda r: scripts.append(r.url) if r.url.endswith(".js") else None)
    phone.goto(demo_server + "/en/map/")
    phone.wait_for_selector(".leaflet-container path.leaflet-interactive")
    assert any(url.startswith(demo_server) and "leaflet.js" in url for url in scripts)
    assert not [url for url in scripts if not url.startswith(demo_server)]
    listed = phone.locator(".map-list .card").count()
    assert listed >= 4, "every place is also listed, for phones without JavaScript"
    phone.screenshot(path=artifacts / "museum-map-en-360.png")


def test_a_saved_tour_and_opened_pages_work_offline(demo_env, browser, artifacts):
    # bypass_csp: Playwright's wait_for_function evaluates its predicate with eval().
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    page = context.new_page()
    try:
        # Its own server: stopping it is what "no connection" looks like to the phone.
        with run_server(demo_env) as url:
            page.goto(url + "/en/exhibits/the-cassia-of-lao-cai/")
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.reload()  # now under the service worker's control, which keeps it
            page.goto(url + "/en/visit/garden-walk/")
            page.evaluate("navigator.serviceWorker.ready.then(() => true)")
            page.get_by_role("button", name="Save this tour for offline use").click()
            # Its size first (tests/browser/test_offline_packs.py), then the visitor saves.
            page.get_by_role("button", name="Save", exact=True).click()
            page.wait_for_function(
                "document.querySelector('.offline-pack [role=status]').textContent"
                ".startsWith('Saved on this phone')"
            )
            cached = page.evaluate(
                "caches.keys().then(names => caches.open(names.find(n => n.startsWith('pack-'))))"
                ".then(c => c.keys()).then(keys => keys.map(k => new URL(k.url).pathname))"
            )
            # The tour, its five stations and two exhibits, with what they need.
            assert len([p for p in cached if p.startswith("/en/")]) == 8, cached
        # The server is gone.
        page.goto(url + "/en/visit/demonstration-garden/station-3/")
        assert "Globe artichoke" in page.locator("h1").inner_text()
        page.goto(url + "/en/exhibits/the-cassia-of-lao-cai/")
        assert page.locator("h1").inner_text() == "The cassia of Lào Cai"
        page.goto(url + "/en/species/chinese-cassia/")
        assert page.locator("h1").inner_text() == "You are offline"
        page.screenshot(path=artifacts / "museum-offline-en-360.png")
    finally:
        context.close()


def test_the_first_view_stays_within_budget(demo_server, browser, artifacts):
    results = measure(browser, demo_server)
    (artifacts / "page-budget.json").write_text(json.dumps(results, indent=2))
    for name, sizes in results.items():
        assert sizes["over"] == [], f"{name} is over budget: {sizes} (budget {BUDGET})"
        assert sizes["html"] > 500 and sizes["css"] > 0, "the measurement saw the page"
