"""Facet headings and values of the search page speak the page's language (issue 15:
the heading `kind` and the badge words "listed", "controlled" were English everywhere)."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from search.facets import label_values, registered_facets
from species.models import ConservationCategory
from tests.search.factories import CATALOGUE, doc


@pytest.fixture
def catalogue(search_backend, home):
    search_backend.index(
        CATALOGUE
        + [
            doc("que", "Quế", status=["tt16-2022:controlled", "iucn:NE"]),
            doc("bai-thuoc", "Tam thất cầm máu", kind="remedy"),
        ]
    )


def test_every_facet_heading_is_a_catalogue_string():
    for facet in registered_facets():
        with translation.override("en"):
            english = str(facet.label)
        with translation.override("vi"):
            vietnamese = str(facet.label)
        assert english != vietnamese, f"the {facet.name} facet's heading is not translated"


def test_the_search_page_has_no_english_heading_or_badge_word(client, catalogue):
    html = client.get("/vi/search/?q=").content.decode()
    legends = re.findall(r"<legend>(.*?)</legend>", html)
    assert "Loại hình" in legends and "kind" not in legends
    # What the visitor reads: the values' codes (nd06-2019:listed) stay in the URLs.
    facet = re.sub(r"<[^>]*>", " ", html.split('class="filters facets"')[1])
    assert "Dược liệu phải kiểm soát" in facet and "Có tên (chưa rõ nhóm)" in facet
    assert not re.search(r"\b(listed|controlled)\b", facet)
    assert "IUCN NE: Chưa đánh giá" in facet  # an abbreviation stays: it is on every label


@pytest.mark.django_db
def test_status_labels_keep_abbreviations_and_drop_word_codes():
    with translation.override("en"):
        labels = label_values(
            "status", ["nd06-2019:listed", "nd06-2019:IIA", "cites:App. II", "iucn:VU"]
        )
    assert labels == {
        "nd06-2019:listed": "NĐ 06/2019 · 84/2021: Listed (group not confirmed)",
        "nd06-2019:IIA": "NĐ 06/2019 · 84/2021 IIA: Group IIA",
        "cites:App. II": "CITES: Appendix II",
        "iucn:VU": "IUCN VU: Vulnerable",
    }


@pytest.mark.django_db
def test_the_badge_filter_shows_no_word_code():
    template = Template("{% load species_badges %}{{ c|badge }} | {{ c|badge_with_name }}")
    controlled = ConservationCategory.objects.get(scheme__code="tt16-2022", code="controlled")
    vulnerable = ConservationCategory.objects.get(scheme__code="iucn", code="VU")
    with translation.override("vi"):
        assert template.render(Context({"c": controlled})) == (
            "TT 16/2022 | TT 16/2022: Dược liệu phải kiểm soát"
        )
        assert template.render(Context({"c": vulnerable})) == "IUCN VU | IUCN VU: Sẽ nguy cấp"
