"""A visitor finds a species by its name in their own script: the demo's Chinese and French
names (each cited) reach the search index, so 三七 finds tam thất, 肉桂 and "cannelle"
find quế."""

import pytest

from search import service
from species.demo.species import SPECIES
from species.services import upsert_species


def demo(genus, epithet):
    """The demo's data for one species."""
    return next(d for d in SPECIES if (d["genus"], d.get("epithet")) == (genus, epithet))


@pytest.fixture
def cassia(index):
    page, _created = upsert_species(index, demo("Cinnamomum", "cassia"))
    return page


@pytest.fixture
def notoginseng(index):
    page, _created = upsert_species(index, demo("Panax", "notoginseng"))
    return page


def keys(text, language):
    return [hit.key for hit in service.search(text, language).hits]


def test_the_chinese_name_finds_cassia(cassia):
    assert "肉桂" in cassia.search_document().names
    assert cassia.search_key() in keys("肉桂", "zh-hans")


def test_the_french_name_finds_cassia(cassia):
    assert cassia.search_key() in keys("cannelle", "fr")
    assert cassia.search_key() in keys("Cannelle de Chine", "fr")


def test_the_chinese_name_finds_notoginseng_and_not_cassia(notoginseng, cassia):
    found = keys("三七", "zh-hans")
    assert notoginseng.search_key() in found
    assert cassia.search_key() not in found


def test_the_names_show_on_the_english_page_marked_with_their_language(cassia, english):
    from django.test import Client

    html = Client().get(cassia.url).content.decode()
    assert '<td lang="zh">肉桂' in html
    assert '<td lang="fr">Cannelier de Chine' in html


def test_every_chinese_and_french_demo_name_is_cited():
    """A name in another script is a fact like any other: it names its source, and the
    species lists that source among its own."""
    checked = 0
    for data in SPECIES:
        cited = {s["source"]["title"] for s in data.get("sources", [])}
        for name in data.get("vernacular_names", []):
            if name["language"] not in ("zh", "fr"):
                continue
            checked += 1
            where = (data["genus"], data.get("epithet"), name["name"])
            assert name.get("note"), where
            assert name.get("source"), where
            assert name["source"]["title"] in cited, where
    assert checked >= 8  # 三七, 羽叶三七, 肉桂, two French names, 七叶一枝花, 当归, 草果, 黄连
