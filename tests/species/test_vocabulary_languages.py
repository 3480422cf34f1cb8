"""The seeded vocabularies speak Chinese and French (issue 15): on /zh-hans/ and /fr/
pages a conservation category, a scheme or a part used no longer shows in Vietnamese."""

import importlib

import pytest
from django.test import Client
from django.utils.translation import override

from knowledge.models import Community, Condition, TKLabel
from species.models import (
    ConservationCategory,
    ConservationScheme,
    PartUsed,
    SpeciesAssessment,
    StrategicGroup,
)

LANGS = ("zh_hans", "fr")


def untranslated(rows, fields):
    """(row, column) for every seeded text whose zh-hans or fr column is empty or the
    Vietnamese text copied (a visitor would read Vietnamese)."""
    missing = []
    for row in rows:
        for field in fields:
            vi = getattr(row, f"{field}_vi") or ""
            if not vi:
                continue  # nothing seeded to translate
            for lang in LANGS:
                value = getattr(row, f"{field}_{lang}") or ""
                if not value.strip() or value == vi:
                    missing.append((str(row), f"{field}_{lang}"))
    return missing


@pytest.mark.django_db
def test_every_seeded_vocabulary_row_has_chinese_and_french():
    assert PartUsed.objects.count() >= 13
    assert ConservationCategory.objects.count() >= 25
    assert untranslated(PartUsed.objects.all(), ["name"]) == []
    assert untranslated(StrategicGroup.objects.all(), ["name", "description"]) == []
    assert untranslated(ConservationScheme.objects.all(), ["name", "description"]) == []
    assert untranslated(ConservationCategory.objects.all(), ["name", "meaning"]) == []
    assert untranslated(TKLabel.objects.all(), ["meaning"]) == []


@pytest.mark.django_db
def test_iucn_categories_carry_their_official_names():
    names = {
        c.code: (c.name_zh_hans, c.name_fr)
        for c in ConservationCategory.objects.filter(scheme__code="iucn")
    }
    assert names["VU"] == ("易危", "Vulnérable")
    assert names["EN"] == ("濒危", "En danger")
    assert names["CR"] == ("极危", "En danger critique")
    assert names["NE"] == ("未予评估", "Non évalué")
    listed = ConservationCategory.objects.get(scheme__code="nd06-2019", code="listed")
    assert "IA" in listed.meaning_zh_hans and "IIA" in listed.meaning_fr
    # Legal instruments keep Vietnam's numbering.
    decree = ConservationScheme.objects.get(code="nd06-2019")
    assert "06/2019/NĐ-CP" in decree.name_zh_hans and "84/2021/NĐ-CP" in decree.name_fr


@pytest.mark.django_db
def test_the_migration_never_overwrites_a_curators_text_and_reverses_only_its_own():
    migration = importlib.import_module("species.migrations.0009_vocabulary_zh_fr")
    from django.apps import apps

    root = PartUsed.objects.get(code="root")
    root.name_fr = "Racines (texte du conservateur)"
    root.save()
    migration.backwards(apps, None)
    root.refresh_from_db()
    bark = PartUsed.objects.get(code="bark")
    assert root.name_fr == "Racines (texte du conservateur)"
    assert not root.name_zh_hans and not bark.name_fr
    migration.forwards(apps, None)
    root.refresh_from_db()
    bark.refresh_from_db()
    assert root.name_fr == "Racines (texte du conservateur)"
    assert (root.name_zh_hans, bark.name_fr) == ("根", "Écorce")


@pytest.fixture
def vulnerable(make_species):
    page = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    SpeciesAssessment.objects.create(
        page=page, category=ConservationCategory.objects.get(scheme__code="iucn", code="VU")
    )
    return page


@pytest.mark.parametrize(
    "lang, shown",
    [
        ("zh-hans", ["易危", "CR、EN和VU为受威胁等级"]),
        ("fr", ["Vulnérable", "CR, EN et VU sont les catégories menacées"]),
    ],
)
def test_a_species_page_names_its_category_in_the_visitors_language(vulnerable, lang, shown):
    with override(lang):
        url = vulnerable.get_url()
    response = Client().get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    for text in shown:
        assert text in html, text
    assert "Sẽ nguy cấp" not in html
    assert "CR, EN và VU" not in html


@pytest.mark.parametrize(
    "lang, badge",
    [
        ("vi", "Ưu tiên bảo vệ (64/2019)"),
        ("en", "Priority protection (64/2019)"),
        ("fr", "Protection prioritaire (64/2019)"),
        ("zh-hans", "优先保护（64/2019）"),
    ],
)
def test_a_schemes_short_name_on_a_badge_is_in_the_visitors_language(make_species, lang, badge):
    page = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    SpeciesAssessment.objects.create(
        page=page, category=ConservationCategory.objects.get(scheme__code="nd64-2019")
    )
    with override(lang):
        url = page.get_url()
    html = Client().get(url).content.decode()
    assert badge in html
    if lang != "vi":
        assert "Ưu tiên bảo vệ" not in html
    # Abbreviations stay as the law and the red lists write them, in every language.
    decree = ConservationScheme.objects.get(code="nd06-2019")
    with override(lang):
        assert decree.short_name == "NĐ 06/2019 · 84/2021"


@pytest.mark.django_db
def test_the_demo_gives_its_conditions_and_communities_chinese_and_french():
    from knowledge.demo.build import _communities, _conditions

    _communities()
    _conditions()
    assert Condition.objects.count() >= 8
    assert untranslated(Condition.objects.all(), ["name", "description"]) == []
    assert Condition.objects.get(code="snakebite").name_zh_hans == "蛇咬伤"
    # Ethnic names such as "Dao" are the same in French; the community's name is not.
    assert untranslated(Community.objects.all(), ["name"]) == []
