"""The dashboard: each plan target's current value, computed from the records it names."""

import base64
import csv
import datetime
import hashlib
import io
import re
from decimal import Decimal
from xml.etree import ElementTree

import pytest

from valuechain.dashboard import dashboard
from valuechain.models import (
    AreaStatus,
    Certificate,
    GrowingArea,
    PlanTarget,
    ProducerKind,
    ProducerPage,
    ProductionFigure,
    ProductPage,
    Scope,
    ValueChain,
)
from valuechain.services import add_page

TODAY = datetime.date.today()


def target(indicator, year=2030, value=100, species=None, province="lai-chau", **extra):
    return PlanTarget.objects.create(
        plan=extra.pop("plan", "tam-duong-2024"),
        indicator=indicator,
        species=species,
        province=province,
        year=year,
        value=Decimal(value),
        wording=extra.pop("wording", f"the plan's words for {indicator} {year}"),
        source=extra.pop("source", "Quyết định 1234/QĐ-UBND"),
        **extra,
    )


def figure(species, year, area, source, commune=None, sample=False, province="lai-chau"):
    return ProductionFigure.objects.create(
        species=species,
        province=province,
        commune=commune,
        year=year,
        area_planted_ha=Decimal(area),
        source=source,
        is_sample=sample,
    )


def groups_by_indicator():
    return {
        (g.indicator, g.species.pk if g.species else None): g for p in dashboard() for g in p.groups
    }


def indicator_sections(html):
    """{heading text: the HTML of that indicator's section} of the dashboard page."""
    parts = html.split('<section class="indicator"')[1:]
    return {
        re.search(r"<h4[^>]*>(.*?)</h4>", p, re.S).group(1): p.split("</section>")[0] for p in parts
    }


def csv_rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


# -- production figures ------------------------------------------------------------------
def test_area_sums_the_latest_years_figures_and_says_which_year(chain):
    species = chain["species"]
    figure(species, 2023, "100", "Sở NN&PTNT Lai Châu 2023")
    figure(species, 2024, "120", "Sở NN&PTNT Lai Châu 2024")
    # The commune's hectares are already in the province's figure: not counted twice.
    figure(species, 2024, "50", "HTX report", commune=chain["commune"], sample=True)
    target("area-ha", 2030, 700, species=species)
    target("area-ha", 2035, 1000, species=species)

    group = groups_by_indicator()[("area-ha", species.pk)]
    assert group.current.value == Decimal("120")
    assert group.current.year == 2024
    assert group.current.sources == ["Sở NN&PTNT Lai Châu 2024"]
    assert not group.current.is_sample
    assert [row.percent for row in group.rows] == [Decimal("17.1"), Decimal("12.0")]


def test_all_plants_sum_every_species_from_its_communes_where_no_province_figure(
    chain, make_species
):
    other = make_species(genus="Panax", epithet="notoginseng", vi="Tam thất")
    figure(chain["species"], 2024, "120", "Sở NN&PTNT 2024")
    figure(other, 2024, "30", "UBND xã Khun Há", commune=chain["commune"], sample=True)
    figure(other, 2022, "999", "old figure")  # not the latest year
    target("area-ha", 2030, 8500, plan="lao-cai-2026")

    group = groups_by_indicator()[("area-ha", None)]
    assert group.current.value == Decimal("150")
    assert group.current.is_sample  # the commune's figure is sample data
    assert group.rows[0].percent == Decimal("1.8")


def test_a_figure_of_an_unpublished_species_is_not_counted(chain, make_species):
    hidden = make_species(genus="Panax", epithet="bipinnatifidus", vi="Sâm vũ diệp")
    hidden.unpublish()
    figure(hidden, 2024, "40", "hidden")
    target("area-ha", 2030, 100)
    assert groups_by_indicator()[("area-ha", None)].current.value is None


# -- counts ------------------------------------------------------------------------------
def test_ocop_counts_live_products_of_three_stars_or_more_in_the_province(chain, make_species):
    target("ocop-3-stars", 2030, 100, plan="lao-cai-2026")
    low = ProductPage(producer=chain["producer"], ocop_stars=2, ocop_year=2024)
    add_page(chain["products"], low, {"vi": "Trà hai sao", "en": "Two-star tea"})
    draft = ProductPage(producer=chain["producer"], ocop_stars=5, ocop_year=2024, live=False)
    add_page(chain["products"], draft, {"vi": "Bản nháp", "en": "Draft"}, publish=False)

    group = groups_by_indicator()[("ocop-3-stars", None)]
    assert group.current.value == 1  # the chain's 4-star wine only
    assert group.current.is_sample
    assert group.rows[0].percent == Decimal("1.0")
    # A target about one species counts the products made from it.
    other = make_species(genus="Panax", epithet="notoginseng", vi="Tam thất")
    target("ocop-3-stars", 2030, 10, species=chain["species"])
    target("ocop-3-stars", 2030, 10, species=other)
    groups = groups_by_indicator()
    assert groups[("ocop-3-stars", chain["species"].pk)].current.value == 1
    assert groups[("ocop-3-stars", other.pk)].current.value is None


def test_certified_counts_valid_quality_certificates_not_expired_ones(chain):
    area = chain["area"]
    common = {"holder": chain["producer"], "scope": Scope.AREA, "growing_area": area}
    Certificate.objects.create(scheme="gacp-who", number="G-1", source="Cục QLYDCT", **common)
    Certificate.objects.create(
        scheme="organic", number="O-1", valid_until=TODAY - datetime.timedelta(days=1), **common
    )
    Certificate.objects.create(scheme="vietgap", number="V-1", **common)
    target("certified", 2030, 5, plan="lao-cai-2026")

    group = groups_by_indicator()[("certified", None)]
    assert group.current.value == 1
    assert group.current.sources == ["Cục QLYDCT"]
    assert not group.current.is_sample


def test_an_expired_forest_certificate_covers_no_hectare(chain, commune):
    area = chain["area"]
    other = GrowingArea.objects.create(
        name="Khun Há forest 2",
        species=chain["species"],
        commune=commune,
        area_ha=Decimal("7.5"),
        under_canopy=True,
        status=AreaStatus.PLANNED,
    )
    common = {"holder": chain["producer"], "scope": Scope.AREA}
    Certificate.objects.create(scheme="fsc", growing_area=area, source="FSC", **common)
    Certificate.objects.create(scheme="vfcs-pefc", growing_area=area, **common)  # same area
    Certificate.objects.create(
        scheme="fsc", growing_area=other, valid_until=TODAY - datetime.timedelta(days=3), **common
    )
    target("certified-forest-ha", 2030, 50000, plan="lao-cai-2026")

    group = groups_by_indicator()[("certified-forest-ha", None)]
    assert group.current.value == Decimal("2.5")
    assert group.current.is_sample  # the chain's area is sample data


def test_coded_share_is_the_granted_area_over_all_area(chain, commune):
    GrowingArea.objects.create(
        name="Khun Há plot 2",
        species=chain["species"],
        commune=commune,
        area_ha=Decimal("7.5"),
        status=AreaStatus.REGISTERED,
        source="UBND xã Khun Há",
    )
    target("coded-share", 2030, 100, species=chain["species"])

    group = groups_by_indicator()[("coded-share", chain["species"].pk)]
    assert group.current.value == Decimal("25.0")
    assert group.rows[0].percent == Decimal("25.0")


def test_facilities_and_canopy_count_what_the_plan_counts(chain, commune, english):
    producers = chain["producers"]
    for code, title in (("CSG-01", "Vườn ươm 1"), ("", "Vườn ươm 2")):
        seedling = ProducerPage(kind=ProducerKind.SEEDLING_FACILITY, commune=commune)
        seedling.facility_code = code
        add_page(producers, seedling, {"vi": title})
        seedling.species.add(chain["species"])
        seedling.save()
    target("seedling-facilities", 2030, 2, species=chain["species"])
    target("processing-facilities", 2030, 1, species=chain["species"])
    target("canopy-projects", 2030, 10, plan="lao-cai-2026")

    groups = groups_by_indicator()
    assert groups[("seedling-facilities", chain["species"].pk)].current.value == 1
    assert groups[("seedling-facilities", chain["species"].pk)].rows[0].percent == 50
    assert groups[("processing-facilities", chain["species"].pk)].current.value is None
    canopy = groups[("canopy-projects", None)].current
    assert canopy.value == 1
    assert "approximation" in str(canopy.note)


def test_value_chains_are_placed_by_their_lead_producer(chain):
    ValueChain.objects.create(name="Chuỗi sâm", lead=chain["producer"], source="Sở NN")
    ValueChain.objects.create(name="Chuỗi không nơi")  # no producer: no province
    target("value-chains", 2030, 10)
    group = groups_by_indicator()[("value-chains", None)]
    assert group.current.value == 1
    assert not group.current.is_sample


def test_what_the_records_cannot_give_is_no_figure_yet_not_zero(chain, client, english):
    target("certified-harvest-t", 2030, 6, species=chain["species"])
    target("value-chains", 2030, 10, province="lao-cai")

    groups = groups_by_indicator()
    assert groups[("certified-harvest-t", chain["species"].pk)].current.value is None
    assert groups[("value-chains", None)].current.value is None
    assert groups[("value-chains", None)].rows[0].percent is None

    page = chain["dashboard"]
    html = client.get(page.url).content.decode()
    assert html.count("No figure yet") == 2
    rows = csv_rows(client.get(page.url + "csv/indicators/"))
    assert [(r["current"], r["percent_reached"]) for r in rows] == [("no figure yet", "")] * 2


# -- the page ----------------------------------------------------------------------------
def test_the_page_shows_each_target_with_its_words_current_value_and_share(chain, client, english):
    species = chain["species"]
    figure(species, 2024, "120", "Sở NN&PTNT Lai Châu 2024")
    target("area-ha", 2030, 700, species=species, wording="khoảng 700 ha Sâm Lai Châu")
    target("ocop-3-stars", 2030, 100, plan="lao-cai-2026")

    response = client.get(chain["dashboard"].url)
    assert response.status_code == 200
    html = response.content.decode()
    sections = indicator_sections(html)
    area = next(s for h, s in sections.items() if h.startswith("Area"))
    assert "khoảng 700 ha Sâm Lai Châu" in area
    assert "<strong>120</strong>" in area and "figures of 2024" in area
    assert "17.1 %" in area
    assert "Quyết định 1234/QĐ-UBND" in area
    # The sample notice is where sample data contributes (the OCOP count), only there.
    ocop = next(s for h, s in sections.items() if h.startswith("OCOP"))
    assert "Sample data, not real." in ocop
    assert "Sample data, not real." not in area
    assert 'src="' + chain["dashboard"].url + "charts/" in area
    assert re.search(r'<img[^>]+alt="Area \(ha\): now 120 \(2024\); target 2030: 700\.', area)


def test_the_indicators_csv_has_a_row_per_target_and_marks_sample_rows(chain, client, english):
    species = chain["species"]
    figure(species, 2024, "120", "Sở NN 2024")
    target("area-ha", 2030, 700, species=species)
    target("area-ha", 2035, 1000, species=species)
    target("ocop-3-stars", 2030, 100, plan="lao-cai-2026")

    response = client.get(chain["dashboard"].url + "csv/indicators/")
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert [
        (r["indicator"], r["target_year"], r["current"], r["percent_reached"]) for r in rows
    ] == [
        ("area (ha)", "2030", "120.00", "17.1"),
        ("area (ha)", "2035", "120.00", "12.0"),
        ("OCOP products of 3 stars or more", "2030", "1", "1.0"),
    ]
    assert [r["sample"] for r in rows] == ["", "", "sample data, not real"]
    assert rows[0]["current_year"] == "2024" and rows[0]["current_sources"] == "Sở NN 2024"


def test_the_figures_table_and_csv_show_every_figure_with_its_source(chain, client, english):
    species = chain["species"]
    figure(species, 2024, "120", "Sở NN 2024")
    figure(species, 2024, "50", "=cmd|' /C calc'!A0", commune=chain["commune"], sample=True)
    page = chain["dashboard"]

    html = client.get(page.url).content.decode()
    table = html.split('class="production-figures"')[1].split("</table>")[0]
    assert "Sở NN 2024" in table and "Khun Há" in table
    assert table.count("sample data, not real") == 1

    rows = csv_rows(client.get(page.url + "csv/figures/"))
    assert [(r["commune"], r["area_planted_ha"], r["sample"]) for r in rows] == [
        ("", "120.00", ""),
        ("Khun Há", "50.00", "sample data, not real"),
    ]
    assert rows[1]["source"].startswith("'=")  # a formula reaches the spreadsheet as text


# -- charts ------------------------------------------------------------------------------
def test_a_chart_is_an_svg_image_whose_only_style_its_policy_allows(chain, client, english):
    figure(chain["species"], 2024, "120", "Sở NN 2024", sample=True)
    t = target("area-ha", 2030, 700, species=chain["species"])

    response = client.get(chain["dashboard"].url + f"charts/{t.pk}/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("image/svg+xml")
    svg = response.content.decode()
    assert "<script" not in svg and "style=" not in svg
    root = ElementTree.fromstring(response.content)
    ns = "{http://www.w3.org/2000/svg}"
    (style,) = root.iter(f"{ns}style")
    digest = base64.b64encode(hashlib.sha256(style.text.encode()).digest()).decode()
    policy = response["Content-Security-Policy"]
    assert f"style-src 'sha256-{digest}'" in policy and "default-src 'none'" in policy
    texts = " ".join(t.text or "" for t in root.iter(f"{ns}text"))
    assert "120" in texts and "700" in texts
    assert "Now: sample data, not real" in texts
    assert root.find(f"{ns}title").text.startswith("Area (ha): now 120 (2024)")


def test_a_revalidated_chart_keeps_its_own_policy(chain, client, english, settings):
    """A browser that asks again with the chart's ETag gets a 304 whose headers replace
    the stored ones: with the site's policy (``style-src 'self'``) the chart it keeps
    would lose its style and draw black bars."""
    settings.PAGE_CACHE_SECONDS = 0  # as after a publish: the view answers, not the cache
    figure(chain["species"], 2024, "120", "Sở NN 2024", sample=True)
    t = target("area-ha", 2030, 700, species=chain["species"])
    url = chain["dashboard"].url + f"charts/{t.pk}/"

    first = client.get(url)
    again = client.get(url, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304
    assert again["Content-Security-Policy"] == first["Content-Security-Policy"]
    page = client.get(chain["dashboard"].url)
    page_again = client.get(chain["dashboard"].url, HTTP_IF_NONE_MATCH=page["ETag"])
    assert page_again.status_code == 304
    assert "style-src 'self'" in page_again["Content-Security-Policy"]


@pytest.mark.parametrize(
    "path",
    [
        "charts/999999/",
        "charts/99999999999999999999999999/",
        "charts/-1/",
        "charts/%C2%B2/",
        "charts/prices/99999999999999999999/",
        "charts/prices/0/",
        "charts/1.svg",
    ],
)
def test_a_chart_that_does_not_exist_is_a_404(chain, client, path):
    target("area-ha", 2030, 700)
    assert client.get(chain["dashboard"].url + path).status_code == 404


HOSTILE_QUERIES = [
    "?page=-1&year=%00",
    "?species=99999999999999999999999&province=<script>",
    "?indicator=%ff%fe&csv=1'--",
    "?" + "a=" + "9" * 500,
]


def test_hostile_query_strings_change_nothing(chain, client):
    t = target("area-ha", 2030, 700)
    for suffix in ["", "csv/indicators/", "csv/figures/", "csv/prices/", f"charts/{t.pk}/"]:
        for query in HOSTILE_QUERIES:
            response = client.get(chain["dashboard"].url + suffix + query)
            assert response.status_code == 200, suffix + query
            assert b"<script>" not in response.content


def test_an_all_plants_target_leaves_out_species_with_their_own_target(
    chain, make_species, english
):
    cassia = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    figure(chain["species"], 2025, "300", "Sở NN 2025")
    figure(cassia, 2025, "124000", "Sở NN 2025")
    target("area-ha", 2030, 8500)  # all medicinal plants
    target("area-ha", 2030, 150000, species=cassia)  # cassia apart, as Lào Cai's plan does
    groups = groups_by_indicator()
    everything = groups[("area-ha", None)].current
    assert everything.value == 300
    assert "Quế" in everything.note
    assert groups[("area-ha", cassia.pk)].current.value == 124000
