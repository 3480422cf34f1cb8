"""The research API's value chain as a researcher reads it: producers, products, growing
areas, production figures, the plans' targets and market prices, as JSON and CSV, in
every language, a page at a time, and never a draft, restricted or hidden record.

The chain is built once for the module, in a transaction rolled back at the end; each
test runs in a savepoint inside it. Next to each public record stands one the public
may not see (a draft producer, a password-protected product, a species still in draft)
so every list can show it is left out.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from base.models import Commune
from search import service
from search.backends.embedded import EmbeddedBackend
from species.models import ConservationCategory, SpeciesAssessment
from species.services import upsert_species
from tests.conftest import build_home, build_index, species_data
from valuechain.models import (
    AreaStatus,
    Certificate,
    Form,
    GrowingArea,
    Indicator,
    MarketPrice,
    Plan,
    PlanTarget,
    ProducerKind,
    ProducerPage,
    ProductIngredient,
    ProductionFigure,
    ProductPage,
    Scheme,
    Scope,
)
from valuechain.services import add_page, ensure_value_chain_indexes

HOSTILE = [
    "9" * 5000,
    str(2**64),
    "-1",
    "²",
    "٣",
    "\x00",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "1,2,abc",
]
LISTS = [
    "producers",
    "products",
    "growing-areas",
    "production-figures",
    "plan-targets",
    "market-prices",
]


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )


def build_chain():
    """{name: object} of the module's value chain (see the module's docstring)."""
    home = build_home()
    index = build_index(home)
    indexes = ensure_value_chain_indexes(home)
    ginseng, _ = upsert_species(
        index,
        species_data(
            genus="Panax", epithet="vietnamensis", vi="Sâm Lai Châu", en="Lai Chau ginseng"
        ),
    )
    # Under a wild-harvest rule: its growing areas publish the commune only.
    listed = ConservationCategory.objects.get(scheme__code="nd06-2019", code="listed")
    SpeciesAssessment.objects.create(page=ginseng, category=listed)
    cassia, _ = upsert_species(
        index, species_data(genus="Cinnamomum", epithet="cassia", vi="Quế", en="Chinese cassia")
    )
    draft_species, _ = upsert_species(
        index, species_data(genus="Amomum", epithet="tsaoko", vi="Thảo quả")
    )
    draft_species.unpublish()
    khun_ha = Commune.objects.create(
        name="Khun Há",
        province="lai-chau",
        code="03430",
        former_district="Tam Đường",
        latitude=Decimal("22.2581"),
        longitude=Decimal("103.583"),
    )
    van_yen = Commune.objects.create(
        name="Xuân Ái", province="lao-cai", latitude=Decimal("21.9"), longitude=Decimal("104.6")
    )
    producer = ProducerPage(
        kind=ProducerKind.COOPERATIVE, commune=khun_ha, is_sample=True, source="Sample register"
    )
    producer.species = [ginseng, draft_species]
    producer = add_page(
        indexes["producers"],
        producer,
        {"vi": "HTX Sâm Khun Há", "en": "Khun Há Ginseng Cooperative"},
    )
    processor = ProducerPage(kind=ProducerKind.PROCESSING_FACILITY, commune=van_yen)
    processor.species = [cassia]
    processor = add_page(indexes["producers"], processor, {"vi": "Xưởng quế Xuân Ái"})
    draft_producer = add_page(
        indexes["producers"],
        ProducerPage(kind=ProducerKind.ENTERPRISE, commune=khun_ha),
        {"vi": "Công ty nháp"},
        publish=False,
    )
    hidden_producer = add_page(
        indexes["producers"],
        ProducerPage(kind=ProducerKind.ENTERPRISE, commune=khun_ha),
        {"vi": "Công ty khoá"},
    )
    restrict(hidden_producer)

    def area(code, name, species, producer=None, **fields):
        return GrowingArea.objects.create(
            code=code,
            name=name,
            species=species,
            producer=producer,
            commune=fields.pop("commune", khun_ha),
            area_ha=fields.pop("area_ha", Decimal("2.5")),
            latitude=Decimal("22.301234"),
            longitude=Decimal("103.612345"),
            **fields,
        )

    ginseng_plot = area(
        "VN-12-105-03430-001-24", "Khun Há plot 1", ginseng, producer, status=AreaStatus.GRANTED
    )
    cassia_plot = area("", "Xuân Ái hill", cassia, commune=van_yen, under_canopy=True)
    area("VN-12-105-03430-002-24", "Draft company plot", ginseng, draft_producer)
    area("VN-12-105-03430-003-24", "Locked company plot", ginseng, hidden_producer)
    area("VN-12-105-03430-004-24", "Cardamom plot", draft_species)
    expired = Certificate.objects.create(
        scheme=Scheme.VIETGAP,
        number="VG-01",
        holder=producer,
        scope=Scope.AREA,
        growing_area=ginseng_plot,
        valid_until=datetime.date(2020, 1, 1),
        source="Sample certificate",
    )

    wine = ProductPage(producer=producer, ocop_stars=4, ocop_year=2024, is_sample=True)
    # The admin numbers inline rows; without a sort_order PostgreSQL may return them either way.
    wine.ingredients.add(ProductIngredient(species=ginseng, sort_order=0))
    wine.ingredients.add(ProductIngredient(species=draft_species, sort_order=1))
    wine = add_page(
        indexes["products"], wine, {"vi": "Rượu sâm Khun Há", "en": "Khun Há ginseng wine"}
    )
    oil = ProductPage(producer=processor, ocop_stars=3, ocop_year=2023)
    oil.ingredients.add(ProductIngredient(species=cassia))
    oil = add_page(indexes["products"], oil, {"vi": "Tinh dầu quế"})
    orphan = ProductPage(producer=draft_producer)
    orphan.ingredients.add(ProductIngredient(species=cassia))
    orphan = add_page(indexes["products"], orphan, {"vi": "Trà quế"})
    add_page(indexes["products"], ProductPage(producer=producer), {"vi": "Nháp"}, publish=False)
    locked_product = add_page(indexes["products"], ProductPage(producer=producer), {"vi": "Khoá"})
    restrict(locked_product)

    figures = [
        ProductionFigure.objects.create(
            species=ginseng, province="lai-chau", year=year, area_planted_ha=ha, source="Report"
        )
        for year, ha in ((2023, Decimal("100")), (2024, Decimal("150")))
    ]
    ProductionFigure.objects.create(
        species=draft_species, province="lai-chau", year=2024, area_planted_ha=9, source="Draft"
    )
    target = PlanTarget.objects.create(
        plan=Plan.TAM_DUONG,
        indicator=Indicator.AREA,
        species=ginseng,
        province="lai-chau",
        year=2030,
        value=Decimal("300"),
        wording="300 ha by 2030",
        source="Plan",
    )
    PlanTarget.objects.create(
        plan=Plan.TAM_DUONG,
        indicator=Indicator.AREA,
        species=draft_species,
        province="lai-chau",
        year=2030,
        value=Decimal("10"),
        wording="Hidden target",
        source="Plan",
    )
    prices = {}
    for key, market, day, vnd in (
        ("old", "Chợ Tam Đường", datetime.date(2025, 1, 1), 1_000_000),
        ("new", "Chợ Tam Đường", datetime.date(2025, 6, 1), 1_200_000),
        ("other market", "Chợ Sìn Hồ", datetime.date(2025, 6, 1), 1_100_000),
    ):
        prices[key] = MarketPrice.objects.create(
            species=ginseng,
            form=Form.DRIED,
            market=market,
            date=day,
            price_vnd_per_kg=vnd,
            source="Market survey",
            is_sample=True,
        )
    MarketPrice.objects.create(
        species=draft_species,
        form=Form.DRIED,
        market="Chợ Tam Đường",
        date=datetime.date(2025, 6, 1),
        price_vnd_per_kg=5,
        source="Hidden",
    )
    return {
        "ginseng": ginseng,
        "cassia": cassia,
        "draft species": draft_species,
        "khun ha": khun_ha,
        "producer": producer,
        "processor": processor,
        "draft producer": draft_producer,
        "hidden producer": hidden_producer,
        "ginseng plot": ginseng_plot,
        "cassia plot": cassia_plot,
        "certificate": expired,
        "wine": wine,
        "oil": oil,
        "orphan": orphan,
        "locked product": locked_product,
        "figures": figures,
        "target": target,
        "prices": prices,
    }


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker, tmp_path_factory):
    """The module's chain, built once in a transaction rolled back at the end."""
    backend = EmbeddedBackend(tmp_path_factory.mktemp("api-valuechain") / "search-index")
    backend.mark_built()
    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
        try:
            with (
                pytest.MonkeyPatch.context() as patch,
                translation.override(settings.LANGUAGE_CODE),
            ):
                patch.setattr(service, "embedded_backend", lambda: backend)
                patch.setattr(service, "elastic_backend", lambda: None)
                objects = build_chain()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    backend.close()
    try:
        yield objects
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def chain(tree, db):
    return tree


@pytest.fixture
def researcher(django_user_model):
    """A signed-in researcher: sees what the public sees of the value chain, nothing more."""
    user = django_user_model.objects.create_user("researcher", password="x")
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture(params=["anonymous", "researcher"])
def visitor(request, chain):
    if request.param == "anonymous":
        return Client()
    return request.getfixturevalue("researcher")


def get(client, path, **params):
    response = client.get(f"/api/v1/{path}", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def status(client, path):
    """The status of ``path`` in the end: LocaleMiddleware answers an unprefixed 404 by
    trying /vi/…, which then 404s too."""
    return client.get(path, follow=True).status_code


def ids(data):
    return [row["id"] for row in data["results"]]


def csv_rows(response):
    assert response["Content-Type"].startswith("text/csv")
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


# --- Producers ----------------------------------------------------------------------------


def test_producers_are_the_public_ones_with_public_links_only(chain, visitor):
    data = get(visitor, "producers/")
    assert ids(data) == [chain["producer"].pk, chain["processor"].pk]
    coop = data["results"][0]
    assert coop["title"] == "HTX Sâm Khun Há"
    assert coop["kind"] == "cooperative"
    assert coop["commune"]["label"] == "Khun Há, Lai Châu (huyện Tam Đường cũ)"
    assert coop["commune"]["latitude"] is None
    # The species in draft is not named at all, as on the producer's page.
    assert [s["id"] for s in coop["species"]] == [chain["ginseng"].pk]
    assert coop["species"][0]["scientific_name"] == "Panax vietnamensis"
    # Public products only; areas of the producer that the public sees.
    assert [p["id"] for p in coop["products"]] == [chain["wine"].pk]
    assert coop["products"][0]["api_url"].endswith(f"/api/v1/products/{chain['wine'].pk}/")
    assert coop["growing_area_ids"] == [chain["ginseng plot"].pk]
    (certificate,) = coop["certificates"]
    assert certificate["expired"] is True
    assert certificate["holder"]["id"] == chain["producer"].pk
    assert coop["is_sample"] is True
    assert coop["sources"] == [{"citation": "Sample register", "url": None, "supports": None}]
    assert data["cite"]["licence_uri"] == "https://creativecommons.org/licenses/by/4.0/"


def test_producer_detail_is_404_for_a_draft_or_restricted_producer(chain, visitor):
    assert get(visitor, f"producers/{chain['producer'].pk}/")["title"] == "HTX Sâm Khun Há"
    for hidden in ("draft producer", "hidden producer"):
        response = visitor.get(f"/api/v1/producers/{chain[hidden].pk}/", follow=True)
        assert response.status_code == 404
        assert "Công ty" not in response.content.decode()


def test_producers_filter_by_kind_province_commune_and_species(chain):
    client = Client()
    assert ids(get(client, "producers/", kind="processing")) == [chain["processor"].pk]
    assert ids(get(client, "producers/", province="lao-cai")) == [chain["processor"].pk]
    assert ids(get(client, "producers/", commune=chain["khun ha"].pk)) == [chain["producer"].pk]
    assert ids(get(client, "producers/", species=chain["cassia"].pk)) == [chain["processor"].pk]
    # The cooperative's draft species is not a way to find it.
    assert ids(get(client, "producers/", species=chain["draft species"].pk)) == []
    # An unusable filter value is dropped, as on the site's index pages.
    assert len(ids(get(client, "producers/", kind="nonsense"))) == 2


def test_producers_in_english_and_as_csv(chain):
    client = Client()
    data = get(client, "producers/", lang="en")
    assert data["results"][0]["title"] == "Khun Há Ginseng Cooperative"
    assert data["results"][0]["kind_label"] == "cooperative (HTX)"
    assert "/en/producers/" in data["results"][0]["url"]
    rows = csv_rows(client.get("/api/v1/producers/", {"format": "csv", "lang": "en"}))
    assert [r["title"] for r in rows] == ["Khun Há Ginseng Cooperative", "Xưởng quế Xuân Ái"]
    assert rows[0]["sources"] == "Sample register"
    assert rows[0]["commune.commune"] == "Khun Há"


# --- Products -----------------------------------------------------------------------------


def test_products_link_their_producer_and_species_when_public(chain, visitor):
    data = get(visitor, "products/")
    assert ids(data) == [chain["wine"].pk, chain["oil"].pk, chain["orphan"].pk]
    wine, _oil, orphan = data["results"]
    assert wine["producer"]["id"] == chain["producer"].pk
    assert wine["species_ids"] == [chain["ginseng"].pk]
    assert wine["species_ids"][0] == chain["ginseng"].pk
    # An ingredient whose species is in draft is named, without an id, as on the page.
    assert [i["species"]["id"] for i in wine["ingredients"]] == [chain["ginseng"].pk, None]
    assert wine["ingredients"][1]["species"]["api_url"] is None
    assert wine["ocop"] == {
        "stars": 4,
        "year": 2024,
        "decision": "",
        "text": "4/5 sao OCOP, 2024",  # in Vietnamese unless ?lang= says otherwise
    }
    assert orphan["producer"] is None  # its producer is in draft


def test_products_filter_and_detail(chain):
    client = Client()
    assert ids(get(client, "products/", stars="4")) == [chain["wine"].pk]
    assert ids(get(client, "products/", species=chain["cassia"].pk)) == [
        chain["oil"].pk,
        chain["orphan"].pk,
    ]
    assert ids(get(client, "products/", producer=chain["processor"].pk)) == [chain["oil"].pk]
    assert ids(get(client, "products/", province="lao-cai")) == [chain["oil"].pk]
    assert get(client, f"products/{chain['wine'].pk}/", lang="en")["title"] == (
        "Khun Há ginseng wine"
    )
    assert status(client, f"/api/v1/products/{chain['locked product'].pk}/") == 404


# --- Growing areas ------------------------------------------------------------------------


def test_growing_areas_follow_the_sensitive_location_rule(chain, visitor):
    data = get(visitor, "growing-areas/")
    # Coded areas first, by code; then those without one; never those of a draft or
    # restricted producer, or of a species in draft.
    assert ids(data) == [chain["ginseng plot"].pk, chain["cassia plot"].pk]
    ginseng, cassia = data["results"]
    assert ginseng["code"] == "VN-12-105-03430-001-24"
    assert ginseng["species"]["id"] == chain["ginseng"].pk
    assert ginseng["producer"]["id"] == chain["producer"].pk
    # A poached species: the commune's centre, never the plot's point.
    assert ginseng["location"]["precision"] == "commune"
    assert (ginseng["location"]["latitude"], ginseng["location"]["longitude"]) == (22.2581, 103.583)
    assert str(data).count("22.301234") == 1  # the cassia plot's
    assert cassia["location"]["precision"] == "exact"
    assert cassia["producer"] is None
    # The exact point of the plot of a poached species is in no CSV cell either.
    text = visitor.get("/api/v1/growing-areas/", {"format": "csv"}).content.decode("utf-8-sig")
    assert "103.612345" in text and text.count("22.301234") == 1


def test_growing_areas_by_code_with_or_without_dashes(chain):
    client = Client()
    for code in ("VN-12-105-03430-001-24", "vn 12 105 03430 001 24", "VN121050343000124"):
        assert ids(get(client, "growing-areas/", code=code)) == [chain["ginseng plot"].pk]
    # The code of a draft producer's area finds nothing.
    assert ids(get(client, "growing-areas/", code="VN-12-105-03430-002-24")) == []
    assert ids(get(client, "growing-areas/", status="granted")) == [chain["ginseng plot"].pk]
    assert ids(get(client, "growing-areas/", province="lao-cai")) == [chain["cassia plot"].pk]


def test_a_hidden_growing_area_has_no_detail(chain):
    client = Client()
    assert get(client, f"growing-areas/{chain['ginseng plot'].pk}/")["name"] == "Khun Há plot 1"
    hidden = GrowingArea.objects.get(code="VN-12-105-03430-004-24")
    assert status(client, f"/api/v1/growing-areas/{hidden.pk}/") == 404


# --- Statistics, targets and prices ------------------------------------------------------


def test_production_figures_of_public_species(chain, visitor):
    data = get(visitor, "production-figures/")
    assert ids(data) == [chain["figures"][1].pk, chain["figures"][0].pk]  # newest year first
    assert data["results"][0]["area_planted_ha"] == 150.0
    assert data["results"][0]["species"]["id"] == chain["ginseng"].pk
    assert ids(get(visitor, "production-figures/", year="2023")) == [chain["figures"][0].pk]
    assert ids(get(visitor, "production-figures/", province="lao-cai")) == []
    rows = csv_rows(visitor.get("/api/v1/production-figures/", {"format": "csv"}))
    assert [r["year"] for r in rows] == ["2024", "2023"]
    assert rows[0]["species.scientific_name"] == "Panax vietnamensis"


def test_plan_targets_stand_against_the_latest_figures(chain, visitor):
    data = get(visitor, "plan-targets/", lang="en")
    (target,) = data["results"]  # the draft species' target is left out
    assert target["id"] == chain["target"].pk
    assert target["wording"] == "300 ha by 2030"
    assert target["current"]["value"] == 150.0  # the latest year's figure
    assert target["current"]["year"] == 2024
    assert target["percent_reached"] == 50.0
    assert target["indicator_label"] == "area (ha)"
    assert get(visitor, f"plan-targets/{chain['target'].pk}/")["target"] == 300.0
    hidden = PlanTarget.objects.get(wording="Hidden target")
    assert status(visitor, f"/api/v1/plan-targets/{hidden.pk}/") == 404
    assert ids(get(visitor, "plan-targets/", plan="lao-cai-2026")) == []


def test_market_prices_newest_first_and_latest_day(chain, visitor):
    prices = chain["prices"]
    data = get(visitor, "market-prices/")
    # By day, newest first; markets of one day by name. The draft species' price is left out.
    assert ids(data) == [prices["other market"].pk, prices["new"].pk, prices["old"].pk]
    assert data["results"][0]["is_sample"] is True
    assert ids(get(visitor, "market-prices/", latest="true")) == [
        prices["other market"].pk,
        prices["new"].pk,
    ]
    assert ids(get(visitor, "market-prices/", until="2025-03-01")) == [prices["old"].pk]
    assert ids(get(visitor, "market-prices/", since="2025-03-01", market="Chợ Tam Đường")) == [
        prices["new"].pk
    ]
    assert len(ids(get(visitor, "market-prices/", since="not a day"))) == 3
    assert get(visitor, f"market-prices/{prices['old'].pk}/")["price_vnd_per_kg"] == 1_000_000


# --- Every list ---------------------------------------------------------------------------


def test_pages_follow_each_other_without_overlap(chain):
    client = Client()
    first = get(client, "market-prices/", page_size="2")
    assert (first["count"], first["pages"], first["previous"]) == (3, 2, None)
    second = client.get(first["next"]).json()
    assert second["page"] == 2 and second["next"] is None
    assert ids(first) + ids(second) == ids(get(client, "market-prices/"))


@pytest.mark.parametrize("path", LISTS)
def test_hostile_query_strings_get_an_answer_not_an_error(chain, path):
    client = Client()
    names = ["page", "page_size", "lang", "format", "species", "province", "commune", "code"]
    names += ["producer", "stars", "year", "since", "until", "latest", "kind", "status"]
    for value in HOSTILE:
        for name in names:
            response = client.get(f"/api/v1/{path}", {name: value})
            assert response.status_code < 500, (name, value)
    assert status(client, f"/api/v1/{path}{'9' * 30}/") == 404
    assert status(client, f"/api/v1/{path}0/") == 404
