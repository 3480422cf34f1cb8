"""A visitor on a 360 px phone reads species pages and switches language."""

import pytest

pytestmark = pytest.mark.browser

OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"
# Elements wider than the screen, outside boxes that are meant to scroll (tables) and
# inside a map, whose tiles and panes reach past it by design and are clipped by the
# map itself (the map box is still checked).
STICKING_OUT = """() => [...document.querySelectorAll('body *')]
    .filter(e => !e.closest('.table-wrap') && !e.parentElement.closest('.leaflet-container'))
    .filter(e => e.getBoundingClientRect().right > innerWidth + 1)
    .map(e => e.tagName + '.' + e.className)"""


def assert_fits(page, what):
    assert page.evaluate(OVERFLOW) <= 0, f"{what} scrolls sideways at 360 px"
    assert page.evaluate(STICKING_OUT) == [], what


def test_species_page_fits_and_switches_language(demo_server, phone, artifacts):
    phone.goto(f"{demo_server}/en/species/notoginseng/")
    assert phone.locator("h1").inner_text() == "Notoginseng — Tam thất"
    assert_fits(phone, "the English page")
    phone.screenshot(path=artifacts / "species-en-360.png", full_page=True)

    phone.get_by_role("link", name="Tiếng Việt").click()
    phone.wait_for_url("**/vi/loai/tam-that/")
    assert phone.locator("h1").inner_text() == "Tam thất"
    assert phone.locator("html").get_attribute("lang") == "vi"
    assert_fits(phone, "the Vietnamese page")
    phone.screenshot(path=artifacts / "species-vi-360.png", full_page=True)


def test_every_demo_species_fits_a_phone(demo_server, phone):
    phone.goto(f"{demo_server}/vi/loai/")
    links = phone.locator(".card a").evaluate_all("links => links.map(a => a.href)")
    assert len(links) >= 20
    for href in links:
        assert phone.goto(href).status == 200, href
        assert_fits(phone, href)
        english = phone.locator('.languages a[lang="en"]').get_attribute("href")
        assert phone.goto(demo_server + english).status == 200, english
        assert_fits(phone, english)


def test_index_filters_work_without_javascript(demo_server, browser, artifacts):
    context = browser.new_context(viewport={"width": 360, "height": 740}, java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{demo_server}/vi/loai/")
    page.get_by_text("Lọc và sắp xếp").click()
    page.select_option("#id_province", "lai-chau")
    page.select_option("#id_status", "nd06-2019:IIA")
    page.get_by_role("button", name="Xem các loài").click()
    page.wait_for_url("**/vi/loai/?*province=lai-chau*")
    page.wait_for_load_state("load")
    assert "status=nd06-2019%3AIIA" in page.url
    assert page.locator(".card a").all_inner_texts() == ["Bách hợp", "Hoàng tinh hoa đỏ"]
    assert_fits(page, "the filtered index")
    page.screenshot(path=artifacts / "index-vi-360.png", full_page=True)
    context.close()


def test_search_suggests_as_you_type_and_finds_without_diacritics(demo_server, phone, artifacts):
    phone.goto(f"{demo_server}/vi/search/")
    phone.fill("#q", "tam th")
    phone.wait_for_selector("#suggestions li")
    assert "Tam thất" in phone.locator("#suggestions").inner_text()
    phone.fill("#q", "duong quy")
    phone.keyboard.press("Enter")
    phone.wait_for_url("**/vi/search/?q=duong+quy")
    phone.wait_for_load_state("load")
    assert phone.locator(".hit a").first.inner_text() == "Đương quy"
    assert_fits(phone, "the search page")
    phone.screenshot(path=artifacts / "search-vi-360.png", full_page=True)


@pytest.mark.parametrize(
    ("language", "query", "first"),
    [
        ("zh-hans", "三七", "Tam thất（三七）"),
        ("vi", "三七", "Tam thất"),
        ("fr", "tam that", "Tam thất"),
    ],
)
def test_search_in_other_scripts_and_languages(
    demo_server, phone, artifacts, language, query, first
):
    """A Chinese visitor types the plant's Chinese name; it finds tam thất, whose
    Chinese name the demo cites from Flora of China; the French demo keeps the
    Vietnamese name as the plant's title."""
    phone.goto(f"{demo_server}/{language}/search/")
    phone.fill("#q", query)
    phone.keyboard.press("Enter")
    phone.wait_for_url(f"**/{language}/search/?q=*")
    phone.wait_for_load_state("load")
    assert phone.locator(".hit a").first.inner_text() == first
    assert_fits(phone, f"the {language} search page")
    phone.screenshot(path=artifacts / f"search-{language}-{query}-360.png", full_page=True)
