"""The public pages of producers and products, from the ``chain`` fixture: what each shows,
the product filters, and query strings no visitor should have typed."""

import datetime
import re

import pytest

from base.models import Commune
from species.models import PartUsed
from valuechain.models import (
    BatchPage,
    BatchStep,
    Certificate,
    GeographicalIndication,
    ProducerKind,
    ProducerPage,
    ProductIngredient,
    ProductPage,
    Scope,
    StepKind,
    ValueChain,
)
from valuechain.services import add_page

SAMPLE = "Sample data, not real."


@pytest.fixture(autouse=True)
def in_english(english):
    """Every page is asked for in English (``page.url`` is then /en/…), so the tests read
    the English msgids whatever the translations say."""


def html(response):
    assert response.status_code == 200
    return response.content.decode()


def main(response):
    """The page's own content, without the header and footer every page shares."""
    return html(response).split('<main id="main">', 1)[1].split("</main>", 1)[0]


def product_names(response):
    return re.findall(r'<li class="card">\s*<a href="[^"]+">([^<]+)</a>', html(response))


@pytest.fixture
def other_product(chain, make_species):
    """A second, three-star product of another producer in another commune, from cassia."""
    commune = Commune.objects.create(
        name="Đại Sơn", province="lao-cai", code="04270", former_district="Văn Yên"
    )
    cassia = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    producer = add_page(
        chain["producers"],
        ProducerPage(kind=ProducerKind.ENTERPRISE, commune=commune, is_sample=True),
        {"vi": "Công ty Quế Văn Yên", "en": "Văn Yên Cassia Company"},
    )
    product = ProductPage(producer=producer, ocop_stars=3, ocop_year=2023, is_sample=True)
    product.ingredients.add(ProductIngredient(species=cassia))
    add_page(chain["products"], product, {"vi": "Tinh dầu quế", "en": "Cassia oil"})
    return {"species": cassia, "producer": producer, "commune": commune, "product": product}


class TestProducerIndex:
    def test_lists_each_producer_under_its_kind_with_its_commune(self, client, chain):
        text = main(client.get(chain["producers"].url))
        assert SAMPLE in text
        assert "<h2" in text and "Cooperative (HTX)" in text
        assert f'href="{chain["producer"].url}">Khun Há Ginseng Cooperative</a>' in text
        assert "Khun Há, Lai Châu" in text and "Tam Đường" in text  # the former district

    def test_an_unpublished_producer_is_not_listed(self, client, chain):
        chain["producer"].unpublish()
        assert "Khun Há Ginseng Cooperative" not in main(client.get(chain["producers"].url))


class TestProducerPage:
    def test_shows_kind_commune_species_area_products_and_sample_notice(self, client, chain):
        producer = chain["producer"]
        producer.facility_code = "CS-LC-07"
        producer.contact_phone = "0213 000 000"
        producer.species.add(chain["species"])
        producer.save_revision().publish()
        text = main(client.get(producer.url))
        assert text.index(SAMPLE) < text.index("Growing areas")
        assert "Cooperative (HTX)" in text
        assert "CS-LC-07" in text and "0213 000 000" in text
        assert "Khun Há, Lai Châu" in text and "Tam Đường" in text
        assert f'<a href="{chain["species"].url}">Sâm Lai Châu</a>' in text
        assert "VN-12-105-03430-001-24" in text and "code granted" in text
        assert "2.50 ha" in text
        assert "under forest canopy (protection forest)" in text
        assert f'href="{chain["product"].url}">Khun Há ginseng wine</a>' in text

    def test_a_certificate_that_has_expired_says_since_when(self, client, chain):
        Certificate.objects.create(
            scheme="gacp-who",
            number="GACP-01",
            holder=chain["producer"],
            scope=Scope.AREA,
            growing_area=chain["area"],
            valid_until=datetime.date(2024, 12, 31),
        )
        Certificate.objects.create(
            scheme="vietgap",
            number="VG-02",
            holder=chain["producer"],
            scope=Scope.FACILITY,
            valid_until=datetime.date.today() + datetime.timedelta(days=400),
        )
        text = main(client.get(chain["producer"].url))
        gacp = text.split("GACP-01", 1)[1].split("</li>", 1)[0]
        assert "expired on" in gacp and "2024" in gacp
        vietgap = text.split("VG-02", 1)[1].split("</li>", 1)[0]
        assert "expired" not in vietgap and "valid until" in vietgap

    def test_value_chains_it_leads_or_joins(self, client, chain):
        chain_record = ValueChain.objects.create(
            name="Chuỗi sâm Tam Đường", lead=chain["producer"], is_sample=True
        )
        chain_record.members.add(chain["producer"])
        chain_record.save()
        text = main(client.get(chain["producer"].url))
        assert text.count("Chuỗi sâm Tam Đường") == 1
        assert "Value chains" in text

    def test_a_plot_of_an_unpoached_species_shows_its_point(self, client, chain):
        area = chain["area"]
        area.latitude, area.longitude = 22.2613, 103.5812
        area.save()
        assert "22.2613, 103.5812" in main(client.get(chain["producer"].url))

    def test_a_plot_of_a_poached_species_shows_only_its_commune(self, client, chain, monkeypatch):
        area = chain["area"]
        area.latitude, area.longitude = 22.2613, 103.5812
        area.save()
        species_class = type(chain["species"])
        monkeypatch.setattr(species_class, "location_is_sensitive", property(lambda self: True))
        text = main(client.get(chain["producer"].url))
        assert "2613" not in text and "5812" not in text
        assert "Khun Há, Lai Châu" in text


class TestProductIndex:
    def test_lists_products_with_stars_and_producer(self, client, chain, other_product):
        response = client.get(chain["products"].url)
        assert product_names(response) == ["Cassia oil", "Khun Há ginseng wine"]
        text = main(response)
        assert SAMPLE in text
        assert "★★★★☆" in text and "4 of 5 OCOP stars" in text

    @pytest.mark.parametrize(
        "query, expected",
        [
            ("stars=4", ["Khun Há ginseng wine"]),
            ("stars=3", ["Cassia oil", "Khun Há ginseng wine"]),
            ("stars=5", []),
        ],
    )
    def test_filter_by_minimum_stars(self, client, chain, other_product, query, expected):
        assert product_names(client.get(f"{chain['products'].url}?{query}")) == expected

    def test_filter_by_species_producer_and_commune(self, client, chain, other_product):
        url = chain["products"].url
        assert product_names(client.get(f"{url}?species={other_product['species'].pk}")) == [
            "Cassia oil"
        ]
        assert product_names(client.get(f"{url}?producer={chain['producer'].pk}")) == [
            "Khun Há ginseng wine"
        ]
        assert product_names(client.get(f"{url}?commune={other_product['commune'].pk}")) == [
            "Cassia oil"
        ]
        both = f"{url}?species={chain['species'].pk}&commune={other_product['commune'].pk}"
        assert product_names(client.get(both)) == []

    def test_the_filters_offer_only_what_products_have(self, client, chain, other_product):
        def communes():
            text = main(client.get(chain["products"].url))
            return re.search(r'<select name="commune".*?</select>', text, re.S).group()

        assert f'<option value="{other_product["commune"].pk}">Đại Sơn, Lào Cai' in communes()
        Commune.objects.create(name="Bản Lang", province="lai-chau")
        assert "Bản Lang" not in communes()

    def test_pages_of_results(self, client, chain, other_product, monkeypatch):
        monkeypatch.setattr(type(chain["products"]), "per_page", 1)
        url = chain["products"].url
        assert product_names(client.get(url)) == ["Cassia oil"]
        second = client.get(f"{url}?page=2")
        assert product_names(second) == ["Khun Há ginseng wine"]
        assert "Page 2 of 2" in html(second)

    @pytest.mark.parametrize(
        "query",
        [
            "stars=9",
            "stars=-1",
            "stars=²",
            "species=abc",
            "species=99999999999999999999999",
            "producer=1%00",
            "commune=" + "9" * 5000,
            "page=" + "9" * 5000,
            "page=-3",
            "page=٣",
            "species=1&species=2&stars=4&stars=x",
            "%ff%fe=%ff",
        ],
    )
    def test_a_hostile_query_string_still_lists_the_products(
        self, client, chain, other_product, query
    ):
        response = client.get(f"{chain['products'].url}?{query}")
        assert response.status_code == 200
        assert "Khun Há ginseng wine" in product_names(response)

    def test_an_unpublished_product_is_not_listed(self, client, chain, other_product):
        other_product["product"].unpublish()
        assert product_names(client.get(chain["products"].url)) == ["Khun Há ginseng wine"]


class TestProductPage:
    def test_shows_producer_ingredients_stars_gi_certificates_and_batches(self, client, chain):
        product = chain["product"]
        root, _created = PartUsed.objects.get_or_create(code="root", defaults={"name": "rễ"})
        ingredient = product.ingredients.get()
        ingredient.part = root
        ingredient.save()
        gi = GeographicalIndication.objects.create(
            name="Lai Châu", product_name="sâm", number="00999", source="test record"
        )
        product.geographical_indication = gi
        product.ocop_decision = "123/QĐ-UBND"
        product.where_to_buy = "Chợ Tam Đường"
        product.save_revision().publish()
        Certificate.objects.create(
            scheme="organic",
            number="ORG-5",
            holder=chain["producer"],
            scope=Scope.PRODUCT,
            product=product,
            valid_until=datetime.date(2025, 1, 1),
        )
        text = main(client.get(product.url))
        assert SAMPLE in text
        assert f'<a href="{chain["producer"].url}">Khun Há Ginseng Cooperative</a>' in text
        assert f'<a href="{chain["species"].url}">Sâm Lai Châu</a> ({root.name})' in text
        assert "★★★★☆" in text
        assert "4 of 5 OCOP stars, 2024, decision 123/QĐ-UBND" in text
        assert "Geographical indication" in text and "00999" in text
        organic = text.split("ORG-5", 1)[1].split("</li>", 1)[0]
        assert "expired on" in organic
        assert "Chợ Tam Đường" in text
        assert f'href="{chain["batch"].url}">SLC-2025-001</a>' in text

    def test_the_stars_are_hidden_from_screen_readers_that_read_the_words(self, client, chain):
        text = main(client.get(chain["product"].url))
        assert re.search(r'<span aria-hidden="true"[^>]*>★★★★☆</span> 4 of 5 OCOP stars', text)

    def test_an_unpublished_producer_or_batch_is_not_linked(self, client, chain):
        chain["producer"].unpublish()
        chain["batch"].unpublish()
        text = main(client.get(chain["product"].url))
        assert chain["producer"].url not in text
        assert "SLC-2025-001" not in text


@pytest.mark.parametrize("kind", ["producer", "product", "batch"])
def test_a_new_page_can_be_previewed_before_it_is_saved(chain, kind):
    """The admin previews a page being created: it has no id, so no records point at it."""
    parent = {"producer": "producers", "product": "products", "batch": "batches"}[kind]
    parent = chain[parent]
    page = {
        "producer": lambda: ProducerPage(kind=ProducerKind.ENTERPRISE, commune=chain["commune"]),
        "product": lambda: ProductPage(producer=chain["producer"], ocop_stars=2, ocop_year=2025),
        "batch": lambda: BatchPage(batch_code="NEW-1", growing_area=chain["area"]),
    }[kind]()
    page.title, page.slug = "Bản nháp", "ban-nhap"
    if kind == "batch":
        page.steps.add(BatchStep(kind=StepKind.HARVEST, date=datetime.date(2025, 11, 1)))
    # As Wagtail's create view does before it previews.
    page.depth, page.path = parent.depth + 1, parent.path + "ZZZZ"
    page.set_url_path(parent)
    response = page.make_preview_request()
    assert response.status_code == 200
    assert "Bản nháp" in response.content.decode()
