"""Producers, products, batch codes and growing-area codes are found by the site search."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageViewRestriction

from museum.shortcodes import short_code
from search import service
from tests.search.other_process import OtherProcess
from valuechain.models import BatchPage, GrowingArea, ProducerKind, ProducerPage
from valuechain.services import add_page


def keys(text, language="vi"):
    return {hit.key for hit in service.search(text, language).hits}


def key(page):
    return page.specific.search_key()


def test_a_producer_and_a_product_are_found_by_their_names(chain):
    assert key(chain["producer"]) in keys("HTX Sam Khun Ha")  # typed without accents
    assert key(chain["producer"]) in keys("Khun Ha Ginseng Cooperative", "en")
    # The product first; its batch names it too, below.
    assert [hit.key for hit in service.search("ruou sam").hits][0] == key(chain["product"])
    assert key(chain["product"]) in keys("ginseng wine", "en")


@pytest.mark.parametrize("typed", ["SLC-2025-001", "slc2025001", "SLC 2025 001", "slc.2025.001"])
def test_a_batch_code_is_found_however_it_is_typed(chain, typed):
    assert key(chain["batch"]) in keys(typed)


@pytest.mark.parametrize(
    "typed", ["VN-12-105-03430-001-24", "VN121050343000124", "vn 12 105 03430 001 24"]
)
def test_a_growing_area_code_finds_its_producer_and_batches(chain, typed):
    found = keys(typed)
    assert key(chain["producer"]) in found
    assert key(chain["batch"]) in found  # the batch came from that area
    assert key(chain["product"]) not in found


def test_changing_a_growing_area_reindexes_its_producer(chain, home):
    area = chain["area"]
    area.code = "VN-12-105-03430-002-25"
    area.save()
    assert keys("VN121050343000124") == set()
    assert key(chain["producer"]) in keys("VN121050343000225")
    assert key(chain["batch"]) in keys("VN-12-105-03430-002-25")

    other = add_page(
        chain["producers"],
        ProducerPage(kind=ProducerKind.HOUSEHOLD_GROUP, is_sample=True),
        {"vi": "Tổ hợp tác Giang Ma", "en": "Giang Ma household group"},
    )
    area.producer = other
    area.save()  # moved: the first producer no longer holds the code
    assert keys("VN121050343000225") >= {key(other)}
    assert key(chain["producer"]) not in keys("VN121050343000225")

    GrowingArea.objects.filter(pk=area.pk).first().delete()
    assert keys("VN121050343000225") == set()


def test_an_unpublished_batch_is_not_found(chain):
    draft = add_page(
        chain["batches"],
        BatchPage(batch_code="SLC-2025-002", is_sample=True, live=False),
        {"vi": "Lô SLC-2025-002", "en": "Batch SLC-2025-002"},
        publish=False,
    )
    assert not draft.live
    # (A code one character off may still be corrected to the published batch's.)
    assert key(draft) not in keys("slc2025002") | keys("SLC-2025-002")
    chain["batch"].unpublish()
    assert keys("slc2025001") == set()


def test_the_search_page_shows_them_and_says_sample(chain):
    client = Client()
    for query, title in [
        ("slc2025001", "Lô SLC-2025-001"),
        ("VN-12-105-03430-001-24", "HTX Sâm Khun Há"),
        ("ruou sam khun ha", "Rượu sâm Khun Há"),
    ]:
        response = client.get("/vi/search/", {"q": query})
        assert response.status_code == 200
        assert title in response.content.decode()
    page = client.get("/en/search/", {"q": "SLC 2025 001"}).content.decode()
    assert "Batch SLC-2025-001" in page
    assert "Sample data, not real." in page


@pytest.mark.parametrize("hostile", ["VN-12-%00", "\x00", "-" * 600, "SLC-*", '"SLC" OR 1'])
def test_odd_codes_give_a_page_not_an_error(chain, hostile):
    assert Client().get("/vi/search/", {"q": hostile}).status_code == 200


def test_a_rebuilt_index_holds_producers_products_and_batches(chain):
    call_command("search_index", "rebuild", stdout=StringIO())
    assert key(chain["batch"]) in keys("slc2025001")
    assert key(chain["producer"]) in keys("VN121050343000124")
    assert key(chain["product"]) in keys("ruou sam")


def test_a_restricted_page_leaves_search_and_suggestions_until_the_restriction_is_lifted(
    chain, client
):
    product = chain["product"]
    restriction = PageViewRestriction.objects.create(
        page=product, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    assert key(product) not in keys("ruou sam")
    suggestions = client.get("/vi/search/suggest/", {"q": "Rượu sâm"}).content.decode()
    assert "Rượu sâm" not in suggestions
    # Nor does the batch's document name the restricted product.
    chain["batch"].save_revision().publish()
    assert key(chain["batch"]) not in keys("ruou sam")
    restriction.delete()
    assert key(product) in keys("ruou sam")


def test_a_restricted_batchs_short_address_gives_nothing_away(chain, client):
    code = short_code(chain["batch"])
    assert client.get(f"/q/{code}").status_code == 302
    PageViewRestriction.objects.create(
        page=chain["batch"], restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(f"/q/{code}", follow=True)
    assert response.status_code == 404
    assert all("lo-slc" not in url for url, _status in response.redirect_chain)


def test_another_process_sees_a_restriction_and_its_lifting_at_once(chain, search_backend):
    product = key(chain["product"])
    other = OtherProcess(search_backend.path)
    try:
        assert product in other.ask("search", "ruou", {})["keys"]
        restriction = PageViewRestriction.objects.create(
            page=chain["product"], restriction_type=PageViewRestriction.LOGIN
        )
        assert product not in other.ask("search", "ruou", {})["keys"]
        restriction.delete()
        assert product in other.ask("search", "ruou", {})["keys"]
    finally:
        other.close()
