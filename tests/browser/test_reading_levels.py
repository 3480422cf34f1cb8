"""A pupil on a 360 px phone chooses the reading level for children once, and the next
page with levels opens at it."""

import pytest

pytestmark = pytest.mark.browser

SPECIES = "/vi/loai/sam-lai-chau/"
EXHIBIT = "/vi/trung-bay/cau-chuyen-sam-lai-chau/"
SHOWN = "[data-levels] > [data-level]:not([hidden])"
OVERFLOW = "document.documentElement.scrollWidth - document.documentElement.clientWidth"


def shown_levels(page):
    return page.locator(SHOWN).evaluate_all("els => els.map(e => e.dataset.level)")


def current_choice(page):
    return page.locator("nav.reading-level a[aria-current]").get_attribute("data-level-choice")


def test_the_childs_level_is_chosen_once_and_remembered(demo_server, phone, artifacts):
    phone.goto(demo_server + SPECIES)
    assert shown_levels(phone) == ["general"]
    assert current_choice(phone) == "general"

    phone.locator("nav.reading-level a[data-level-choice=child]").click()
    # Shown at once, without a reload, and the address says so.
    phone.wait_for_url("**/sam-lai-chau/?level=child")
    assert shown_levels(phone) == ["child"]
    assert phone.locator(SHOWN).inner_text().startswith("Sâm Lai Châu là một loại sâm quý.")
    assert current_choice(phone) == "child"

    # Another page with levels, opened by its plain address, is read at the child's level.
    phone.goto(demo_server + EXHIBIT)
    assert shown_levels(phone) == ["child"]
    assert current_choice(phone) == "child"
    assert "Người ta tìm thấy cây" in phone.locator(SHOWN).inner_text()
    assert phone.evaluate(OVERFLOW) <= 0, "the exhibit scrolls sideways at 360 px"
    phone.locator("nav.reading-level").scroll_into_view_if_needed()
    phone.screenshot(path=artifacts / "reading-level-child-360.png")

    # An address that names a level wins over the remembered one, without replacing it.
    phone.goto(demo_server + EXHIBIT + "?level=expert")
    assert shown_levels(phone) == ["expert"]
    phone.goto(demo_server + SPECIES)
    assert shown_levels(phone) == ["child"]

    # Choosing "for everyone" is remembered too.
    phone.locator("nav.reading-level a[data-level-choice=general]").click()
    phone.goto(demo_server + EXHIBIT)
    assert shown_levels(phone) == ["general"]
