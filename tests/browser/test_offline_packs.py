"""Offline packs on a phone: a tour saved after its size is shown, listed on "Saved on
this phone" with its size and date, opened without a connection (pages, images, audio),
then deleted; and visited pages kept to a bound. Each test has a browser context of its
own, so each starts with a fresh service worker and empty caches."""

import re

import pytest

from tests.browser.conftest import run_server

pytestmark = pytest.mark.browser

TOUR = "/en/visit/garden-walk/"
STOP = "/en/visit/demonstration-garden/station-3/"
SIZE = r"\d[\d.,\s]*\s?(kB|KB|MB|Mo|ko)"


def new_phone(browser):
    # bypass_csp: Playwright's wait_for_function evaluates its predicate with eval().
    context = browser.new_context(viewport={"width": 360, "height": 740}, bypass_csp=True)
    context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    return context, context.new_page()


def under_the_worker(page, url):
    """Open ``url`` once the service worker controls the page (it keeps what it sees)."""
    page.goto(url)
    # Bounded: a worker that fails to install would leave ``ready`` pending for good.
    assert page.evaluate(
        """Promise.race([navigator.serviceWorker.ready.then(() => true),
                         new Promise(done => setTimeout(() => done(false), 20000))])"""
    ), "the service worker did not install"
    page.reload()
    page.wait_for_function("navigator.serviceWorker.controller !== null")


def cached_pages(page):
    return page.evaluate(
        """() => caches.keys().then(names => Promise.all(names
             .filter(n => n.startsWith("pages-"))
             .map(n => caches.open(n).then(c => c.keys()))))
           .then(lists => lists.flat().map(r => new URL(r.url).pathname))"""
    )


def test_a_saved_tour_is_listed_opens_offline_and_can_be_deleted(demo_server, browser, artifacts):
    manifest = None
    context, page = new_phone(browser)
    try:
        under_the_worker(page, demo_server + TOUR)
        manifest = page.evaluate(
            "fetch(document.querySelector('[data-offline-pack]').dataset.offlinePack)"
            ".then(r => r.json())"
        )
        page.get_by_role("button", name="Save this tour for offline use").click()
        # First the size and a choice; nothing is saved before the visitor says so.
        status = page.locator(".offline-pack [role=status]")
        page.wait_for_function(
            "document.querySelector('.offline-pack [role=status]').textContent.length > 0"
        )
        assert re.fullmatch(rf"Saving uses about {SIZE} on this phone\.", status.inner_text())
        save = page.get_by_role("button", name="Save", exact=True)
        assert save.is_visible()
        assert page.evaluate("document.activeElement.textContent") == "Save"
        assert page.evaluate(f"caches.has('pack-en-{manifest['id']}')") is False
        save.click()
        page.wait_for_function(
            "document.querySelector('.offline-pack [role=status]').textContent"
            ".startsWith('Saved on this phone')"
        )
        files = len(manifest["files"])
        assert re.fullmatch(
            rf"Saved on this phone: {files} files, {SIZE}\.", status.inner_text()
        ), status.inner_text()

        page.get_by_role("link", name="See what is saved on this phone").click()
        item = page.locator(".saved-pack")
        item.first.wait_for()
        assert item.count() == 1
        assert item.locator("a").inner_text() == manifest["title"]
        meta = item.locator(".saved-pack-meta").inner_text()
        assert re.search(SIZE, meta), meta
        assert "saved" in meta and re.search(r"20\d\d", meta), meta  # the date it was saved
        assert page.locator("[data-pack-total]").is_visible()
        page.screenshot(path=artifacts / "offline-saved-360.png", full_page=True)
        page.goto(demo_server + "/zh-hans/offline/saved/")
        page.locator(".saved-pack").first.wait_for()
        page.screenshot(path=artifacts / "offline-saved-zh-hans-360.png", full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 360

        context.set_offline(True)
        page.goto(demo_server + TOUR)
        assert page.locator("h1").inner_text() == manifest["title"]
        page.goto(demo_server + STOP)
        assert "Globe artichoke" in page.locator("h1").inner_text()
        # Every image and audio file of the pack opens without a connection.
        for file in manifest["files"]:
            if file["type"] in ("image", "audio", "static"):
                size = page.evaluate(
                    "url => fetch(url).then(r => r.ok ? r.blob() : null).then(b => b && b.size)",
                    file["url"],
                )
                assert size == file["bytes"], file
        images = [f["url"] for f in manifest["files"] if f["type"] == "image"]
        if images:
            page.goto(demo_server + images[0])
            assert page.evaluate("document.images.length && document.images[0].naturalWidth")

        # Deleted, it is gone from the list and from the phone (offline, too).
        page.goto(demo_server + "/en/offline/saved/")
        page.get_by_role("button", name="Delete").click()
        page.wait_for_function(
            "document.querySelector('[data-saved-packs] [role=status]').textContent"
            ".includes('was deleted')"
        )
        assert page.locator(".saved-pack").count() == 0
        assert page.get_by_text("Nothing is saved on this phone yet.").is_visible()
        page.goto(demo_server + TOUR)
        assert page.locator("h1").inner_text() == "You are offline"
    finally:
        context.close()


def test_cancel_saves_nothing(demo_server, browser):
    context, page = new_phone(browser)
    try:
        under_the_worker(page, demo_server + "/en/exhibits/the-cassia-of-lao-cai/")
        page.get_by_role("button", name="Save this exhibit for offline use").click()
        page.get_by_role("button", name="Cancel").click()
        assert page.locator(".offline-pack [role=status]").inner_text() == "Nothing was saved."
        assert page.evaluate("document.activeElement.textContent").startswith("Save this exhibit")
        page.goto(demo_server + "/en/offline/saved/")
        page.get_by_text("Nothing is saved on this phone yet.").wait_for()
    finally:
        context.close()


def test_visited_pages_are_kept_to_the_bound(demo_env, browser):
    # OFFLINE_PAGE_LIMIT = 4 (tests/browser/offline_settings.py)
    env = {**demo_env, "DJANGO_SETTINGS_MODULE": "tests.browser.offline_settings"}
    visited = [
        "/en/",
        "/en/exhibits/",
        "/en/visit/",
        TOUR,
        STOP,
        "/en/exhibits/the-cassia-of-lao-cai/",
        "/en/schools/precious-plants-and-protecting-them/",
    ]
    context, page = new_phone(browser)
    try:
        with run_server(env) as url:
            under_the_worker(page, url + "/en/map/")
            for path in visited:
                page.goto(url + path)
            kept = cached_pages(page)
            for _attempt in range(20):  # the worker stores after the page is shown
                if visited[-1] in kept:
                    break
                page.wait_for_timeout(100)
                kept = cached_pages(page)
            assert len(kept) == 4, kept
            assert kept == visited[-4:], kept  # the oldest dropped first
    finally:
        context.close()
