"""A species page in English, French or Chinese shows the Vietnamese name next to its title,
marked as Vietnamese, so a visitor can match a market label; the Vietnamese page does not
repeat it, and a title that already is the Vietnamese name is not shown twice."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation


def heading(page, language):
    """The page's <h1> as the visitor of ``language`` gets it."""
    with translation.override(language):
        url = page.url
    response = Client().get(url)
    assert response.status_code == 200, url
    return BeautifulSoup(response.content, "html.parser").h1


@pytest.fixture
def notoginseng(make_species):
    page = make_species(vi="Tam thất", en="Notoginseng")
    page.title_fr = "Notoginseng"
    page.title_zh_hans = "三七"
    page.save_revision().publish()
    return page


@pytest.mark.parametrize(
    "language, title", [("en", "Notoginseng"), ("fr", "Notoginseng"), ("zh-hans", "三七")]
)
def test_a_foreign_page_shows_the_vietnamese_name_after_the_title(notoginseng, language, title):
    h1 = heading(notoginseng, language)
    text = " ".join(h1.get_text().split())
    assert text == f"{title} — Tam thất"
    vietnamese = h1.find(lang="vi")
    assert vietnamese is not None and vietnamese.get_text() == "Tam thất"
    # The title in the page's own language is not marked as Vietnamese.
    assert title not in vietnamese.get_text()


def test_the_vietnamese_page_does_not_repeat_the_name(notoginseng):
    h1 = heading(notoginseng, "vi")
    assert " ".join(h1.get_text().split()) == "Tam thất"
    assert "—" not in h1.get_text()


def test_a_title_without_translation_is_shown_once_as_vietnamese(make_species):
    # Tam thất hoang has no English name (fact sheet: UNVERIFIED): the English page falls
    # back to the Vietnamese title and must not say it twice.
    page = make_species(genus="Panax", epithet="stipuleanatus", vi="Tam thất hoang")
    h1 = heading(page, "en")
    assert " ".join(h1.get_text().split()) == "Tam thất hoang"
    assert h1.find(lang="vi").get_text() == "Tam thất hoang"


def test_an_english_title_equal_to_the_vietnamese_is_marked_and_not_repeated(make_species):
    page = make_species(
        genus="Panax", epithet="stipuleanatus", vi="Tam thất hoang", en="Tam thất hoang"
    )
    h1 = heading(page, "en")
    assert h1.get_text().count("Tam thất hoang") == 1
    assert h1.find(lang="vi") is not None


def test_untranslated_notes_are_marked_as_vietnamese_on_a_foreign_page(make_species):
    """Assessment and name notes are not translated fields: they hold the Vietnamese
    original, which an English page shows marked as such (for screen readers, and so the
    page's own language is not mixed with unmarked Vietnamese)."""
    from species.models import ConservationCategory, SpeciesAssessment, VernacularName

    page = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa", en="Love apple")
    note = "Có trong danh mục; nhóm (có thể là IIA) chưa được xác nhận."
    listed = ConservationCategory.objects.get(scheme__code="nd06-2019", code="listed")
    page.assessments = [SpeciesAssessment(category=listed, note=note)]
    page.vernacular_names = [VernacularName(name="Cây rắn cắn", language="vi", note="Mường Khương")]
    page.save_revision().publish()
    with translation.override("en"):
        url = page.url
    soup = BeautifulSoup(Client().get(url).content, "html.parser")
    assert soup.find(string=note).parent.get("lang") == "vi"
    assert soup.find(string="Mường Khương").parent.get("lang") == "vi"
