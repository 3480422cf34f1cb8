"""On a phone: remedies read cautions first, and a community member signs in to see what
their community shares, which an outsider never sees."""

import pytest

from tests.browser.test_species_on_a_phone import assert_fits

pytestmark = pytest.mark.browser

DAO_ARTICLE = "/en/knowledge/dao-cassia-growing/"


def test_every_demo_remedy_fits_and_warns_before_it_explains(demo_server, phone, artifacts):
    phone.goto(f"{demo_server}/vi/bai-thuoc/")
    assert_fits(phone, "the remedy index")
    phone.screenshot(path=artifacts / "remedies-vi-360.png", full_page=True)
    links = phone.locator(".card a").evaluate_all("links => links.map(a => a.href)")
    assert len(links) >= 5
    for href in links:
        assert phone.goto(href).status == 200, href
        assert_fits(phone, href)
        notice = phone.locator('[data-notice="not-advice"]').bounding_box()
        cautions = phone.locator("#cautions-h").bounding_box()
        assert notice["y"] < cautions["y"], href
    phone.goto(f"{demo_server}/en/remedies/golden-eye-grass-tonic/")
    warning = phone.locator('[data-warning="toxic"]')
    assert warning.is_visible()
    assert warning.bounding_box()["y"] < 740, "the toxic warning is in the first screen"
    phone.screenshot(path=artifacts / "remedy-toxic-en-360.png", full_page=True)


def test_a_community_member_signs_in_to_see_community_knowledge(demo_server, phone, artifacts):
    assert phone.goto(demo_server + DAO_ARTICLE).status == 404
    phone.goto(f"{demo_server}/en/knowledge/")
    assert "Dao cassia growing" not in phone.content()

    phone.get_by_role("link", name="Sign in").click()
    phone.fill("#id_username", "dao-member")
    phone.fill("#id_password", "dao-member-demo")
    phone.get_by_role("button", name="Sign in").click()
    phone.wait_for_load_state("load")
    phone.goto(f"{demo_server}/en/knowledge/")
    phone.get_by_role("link", name="Dao cassia growing in Lào Cai").click()
    phone.wait_for_url("**" + DAO_ARTICLE)
    assert phone.locator('[data-access="community"]').is_visible()
    assert phone.locator('[data-label="TK CO"]').is_visible()
    assert_fits(phone, "the community article")
    phone.screenshot(path=artifacts / "knowledge-community-en-360.png", full_page=True)
