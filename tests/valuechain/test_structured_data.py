"""A real product describes itself as a schema.org ``Product``; a sample product (invented
for the demo) says nothing to machines, so no search engine lists it as a real one."""

import json

import pytest
from bs4 import BeautifulSoup
from django.test import Client

from tests.species.images import make_image
from valuechain.models import ProductImage

HOSTILE = "</script><script>alert(1)</script>"


def head_of(page):
    response = Client().get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.head.select('script[type="application/ld+json"]')
    return [json.loads(s.string) for s in scripts], soup, html


@pytest.fixture
def real(chain):
    """The chain's producer and product, made real, with a barcode and a photo."""
    producer, product = chain["producer"], chain["product"]
    producer.is_sample = False
    producer.save_revision().publish()
    product.is_sample = False
    product.gtin = "8934567890123"
    product.description = "<p>Rượu ngâm <b>sâm</b> Lai Châu.</p>"
    product.save_revision().publish()
    ProductImage.objects.create(page=product, image=make_image(size=(1600, 1200)), caption="Chai")
    return product


def test_a_real_product_names_its_maker_barcode_and_photo(real, chain):
    [data], soup, _html = head_of(real)

    assert data["@type"] == "Product" and data["name"] == "Rượu sâm Khun Há"
    assert data["description"] == "Rượu ngâm sâm Lai Châu."
    assert data["gtin13"] == "8934567890123"
    assert data["manufacturer"]["name"] == data["brand"]["name"] == "HTX Sâm Khun Há"
    assert data["manufacturer"]["url"] == chain["producer"].get_full_url()
    assert data["url"] == real.get_full_url()
    assert data["image"].startswith("http://localhost/")
    assert soup.find("meta", property="og:image")["content"] == data["image"]
    assert soup.find("meta", property="og:image:alt")["content"] == "Chai"
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"


def test_a_sample_product_is_no_product_to_machines(chain):
    scripts, soup, _html = head_of(chain["product"])

    assert scripts == []
    # People still get a preview of the page, which says it is sample data.
    assert soup.find("meta", property="og:title")["content"] == "Rượu sâm Khun Há"


def test_a_real_product_of_a_sample_producer_is_not_described_either(chain):
    product = chain["product"]
    product.is_sample = False
    product.save_revision().publish()

    scripts, _soup, _html = head_of(product)

    assert scripts == []


def test_a_hostile_product_name_stays_inside_the_json(real):
    real.title = HOSTILE
    real.save_revision().publish()

    [data], _soup, html = head_of(real)

    assert data["name"] == HOSTILE and "<script>alert(1)" not in html
