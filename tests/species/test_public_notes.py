"""Curators' notes stay with curators: what a species page shows under a conservation
category is written for visitors (issue 15: "luôn ghi năm" showed under IUCN VU)."""

import pytest
from django.test import Client
from django.utils.translation import override

from species.models import ConservationCategory, SpeciesAssessment

# Instructions to curators, in the languages the seeded texts are written in.
CURATOR_WORDING = ["luôn ghi", "cần ghi", "hãy ghi", "curator", "always record", "must record"]

VISITOR_WORDING = {
    "vi": "CR, EN và VU là các bậc bị đe dọa. Mỗi đánh giá có năm đánh giá.",
    "en": "CR, EN and VU are the threatened categories. Each assessment carries its year.",
}


@pytest.fixture
def vulnerable(make_species):
    """A species assessed VU on the IUCN Red List (as the demo records Paris polyphylla)."""
    page = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    SpeciesAssessment.objects.create(
        page=page, category=ConservationCategory.objects.get(scheme__code="iucn", code="VU")
    )
    return page


def page_html(page, lang):
    with override(lang):
        url = page.get_url()
    response = Client().get(url)
    assert response.status_code == 200, url
    return response.content.decode()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_page_of_a_vu_species_explains_the_category_to_visitors(vulnerable, lang):
    html = page_html(vulnerable, lang)
    assert VISITOR_WORDING[lang] in html
    for words in CURATOR_WORDING:
        assert words not in html.casefold(), words
    assert "Assessments are dated" not in html


@pytest.mark.parametrize("lang", ["zh-hans", "fr"])
def test_no_language_falls_back_to_the_curators_note(vulnerable, lang):
    html = page_html(vulnerable, lang)
    for words in CURATOR_WORDING:
        assert words not in html.casefold(), words


def test_no_seeded_category_meaning_or_scheme_text_is_addressed_to_curators(db):
    texts = []
    for category in ConservationCategory.objects.select_related("scheme"):
        for lang in ("vi", "en", "zh_hans", "fr"):
            texts.append((str(category), getattr(category, f"meaning_{lang}") or ""))
            texts.append(
                (str(category.scheme), getattr(category.scheme, f"description_{lang}") or "")
            )
    assert len(texts) > 40  # the seeded schemes are there
    for owner, text in texts:
        for words in CURATOR_WORDING:
            assert words not in text.casefold(), (owner, text)
