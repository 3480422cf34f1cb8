"""The species index: filters with shareable URLs, Vietnamese sort, pagination."""

import re

import pytest


@pytest.fixture
def catalogue(make_species):
    make_species(
        genus="Panax",
        epithet="notoginseng",
        vi="Tam thất",
        parts_used=["root"],
        provinces=["lao-cai"],
        assessments=[{"scheme": "iucn", "category": "NE"}],
    )
    make_species(
        genus="Angelica",
        epithet="sinensis",
        vi="Đương quy",
        family="Apiaceae",
        parts_used=["root"],
        provinces=["lao-cai"],
    )
    make_species(
        genus="Epimedium",
        epithet="brevicornu",
        vi="Dâm dương hoắc",
        family="Berberidaceae",
        parts_used=["aerial-parts"],
    )
    make_species(
        genus="Paris",
        epithet="polyphylla",
        vi="Bảy lá một hoa",
        family="Melanthiaceae",
        parts_used=["rhizome"],
        provinces=["lai-chau"],
        assessments=[
            {"scheme": "iucn", "category": "VU"},
            {"scheme": "nd06-2019", "category": "listed"},
        ],
    )
    make_species(
        genus="Cinnamomum",
        epithet="cassia",
        vi="Quế",
        family="Lauraceae",
        parts_used=["bark"],
        strategic_groups=["export"],
        provinces=["lao-cai"],
    )


def names(response):
    return re.findall(r'<li class="card">\s*<a href="[^"]+">([^<]+)</a>', response.content.decode())


def test_default_sort_is_vietnamese_order(client, index, catalogue):
    assert names(client.get(index.url)) == [
        "Bảy lá một hoa",
        "Dâm dương hoắc",
        "Đương quy",
        "Quế",
        "Tam thất",
    ]


def test_sort_by_scientific_name(client, index, catalogue):
    assert names(client.get(index.url + "?sort=scientific")) == [
        "Đương quy",
        "Quế",
        "Dâm dương hoắc",
        "Tam thất",
        "Bảy lá một hoa",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("family=araliaceae", ["Tam thất"]),
        ("part=root", ["Đương quy", "Tam thất"]),
        ("status=iucn:VU", ["Bảy lá một hoa"]),
        ("group=export", ["Quế"]),
        ("province=lai-chau", ["Bảy lá một hoa"]),
        ("province=lao-cai&part=root&sort=scientific", ["Đương quy", "Tam thất"]),
    ],
)
def test_filters(client, index, catalogue, query, expected):
    assert names(client.get(f"{index.url}?{query}")) == expected


def test_a_family_typed_as_a_flora_writes_it_filters_and_shows_as_chosen(client, index, catalogue):
    response = client.get(index.url + "?family=Araliaceae")
    assert names(response) == ["Tam thất"]
    html = response.content.decode()
    assert re.search(r'<option value="araliaceae"[^>]* selected>', html)
    assert "aria-invalid" not in html


def test_bad_values_are_ignored_not_errors(client, index, catalogue):
    response = client.get(index.url + "?family=nope&part=root&page=abc&status=%27%3B--")
    assert response.status_code == 200
    assert names(response) == ["Đương quy", "Tam thất"]


def test_active_filter_can_be_removed_alone(client, index, catalogue):
    html = client.get(index.url + "?province=lao-cai&part=root").content.decode()
    assert 'href="?part=root"' in html  # removes province, keeps part
    assert 'href="?province=lao-cai"' in html


def test_pagination_keeps_filters(client, index, make_species, monkeypatch):
    from species.models import SpeciesIndexPage

    monkeypatch.setattr(SpeciesIndexPage, "per_page", 2)
    for n, epithet in enumerate(["alpha", "beta", "gamma", "delta", "epsilon"]):
        make_species(genus="Panax", epithet=epithet, vi=f"Loài {n}", parts_used=["root"])
    first = client.get(index.url + "?part=root")
    assert names(first) == ["Loài 0", "Loài 1"]
    assert 'href="?part=root&amp;page=2"' in first.content.decode()
    assert names(client.get(index.url + "?part=root&page=3")) == ["Loài 4"]


def test_works_without_javascript(client, index, catalogue):
    html = client.get(index.url).content.decode()
    # The filters are a plain GET form; the one script is the site's deferred enhancement
    # (offline copies, quizzes, maps), which no listing needs.
    assert '<form method="get"' in html
    assert html.count("<script") == 1 and 'src="/static/museum/js/site.js" defer' in html


def test_a_french_filter_offers_a_first_choice_that_agrees_with_a_feminine_name(
    client, index, catalogue
):
    """Famille, partie utilisée, province: "Tous" was wrong beside each of them."""
    from django.utils.translation import override

    with override("fr"):
        url = index.get_url()
    html = client.get(url).content.decode()
    first_options = re.findall(r'<select name="\w+"[^>]*>\s*<option value=""[^>]*>([^<]*)<', html)
    assert len(first_options) >= 3, first_options
    assert set(first_options) == {"Indifférent"}
