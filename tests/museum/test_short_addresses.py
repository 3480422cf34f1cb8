"""QR short addresses: made on publish, stable through moves and renames, in the
visitor's language; and the label sheet curators print."""

import re
import xml.etree.ElementTree as ET

import pytest
from django.test import Client

from museum.models import ShortCode
from museum.shortcodes import ALPHABET, LENGTH
from species.services import add_species_index


def scan(code, language="vi"):
    return Client(HTTP_ACCEPT_LANGUAGE=language).get(f"/q/{code}")


@pytest.fixture
def species(make_species):
    return make_species(vi="Tam thất", en="Notoginseng")


def test_publishing_a_species_gives_it_a_short_code(species):
    code = ShortCode.objects.get(page=species).code
    assert len(code) == LENGTH and set(code) <= set(ALPHABET)


@pytest.mark.parametrize(
    "language, url",
    [
        ("vi", "/vi/loai/tam-that/"),
        ("en", "/en/species/notoginseng/"),
        ("en-GB,en;q=0.8", "/en/species/notoginseng/"),
    ],
)
def test_the_address_opens_the_page_in_the_browsers_language(species, language, url):
    response = scan(species.short_code.code, language)
    assert response.status_code == 302 and response["Location"] == url
    assert "Accept-Language" in response["Vary"]


def test_the_address_survives_a_rename_and_a_move(species, home):
    code = species.short_code.code
    species.slug_en = "sanchi"
    species.save_revision().publish()
    assert scan(code, "en")["Location"] == "/en/species/sanchi/"
    garden = add_species_index(
        home, {"vi": "Vườn thuốc", "en": "Herb garden"}, {"vi": "vuon", "en": "garden"}
    )
    species.move(garden, pos="last-child")
    assert scan(code, "en")["Location"] == "/en/garden/sanchi/"
    assert ShortCode.objects.get(page=species).code == code


def test_unknown_and_unpublished_addresses_are_not_found(species):
    assert scan("zzzzz").status_code in (302, 404)
    assert Client().get("/q/zzzzz", follow=True).status_code == 404
    species.unpublish()
    assert Client().get(f"/q/{species.short_code.code}", follow=True).status_code == 404


def test_the_species_page_shows_its_short_address(species):
    html = Client().get("/vi/loai/tam-that/").content.decode()
    assert f"/q/{species.short_code.code}" in html


def labels(svg):
    root = ET.fromstring(svg)
    ns = {"s": "http://www.w3.org/2000/svg"}
    texts = ["".join(t.itertext()) for t in root.iter("{http://www.w3.org/2000/svg}text")]
    qrs = root.findall("s:g/s:svg", ns)
    return texts, qrs


def test_a_curator_downloads_a_label_sheet_for_chosen_pages(admin_client, make_species, settings):
    settings.PUBLIC_BASE_URL = "https://duoclieu.example"
    one = make_species(vi="Tam thất")
    two = make_species(genus="Coptis", epithet="chinensis", vi="Hoàng liên")
    page = admin_client.get("/admin/museum/qr-labels/")
    assert "Hoàng liên" in page.content.decode()
    response = admin_client.post("/admin/museum/qr-labels/", {"pages": [one.pk, two.pk]})
    assert response["Content-Type"].startswith("image/svg+xml")
    texts, qrs = labels(response.content)
    assert len(qrs) == 2
    for sp in (one, two):
        assert f"https://duoclieu.example/q/{sp.short_code.code}" in texts
    assert "Coptis chinensis" in texts and "Hoàng liên" in texts


def test_one_label_from_the_page_header(admin_client, species):
    edit = admin_client.get(f"/admin/pages/{species.pk}/edit/").content.decode()
    url = f"/admin/museum/qr-labels/?page={species.pk}"
    assert url in edit.replace("&amp;", "&")
    texts, qrs = labels(admin_client.get(url).content)
    assert len(qrs) == 1 and any(re.search(r"/q/[a-z0-9]{5}$", t) for t in texts)


def test_a_full_sheet_flows_onto_a_second_page(make_species):
    from museum.labels import COLS, PAGE_H, ROWS, label_sheets

    pages = [
        make_species(
            genus="Paris", epithet=f"sp{chr(97 + i // 26)}{chr(97 + i % 26)}", vi=f"Loài {i}"
        )
        for i in range(COLS * ROWS + 1)
    ]
    root = ET.fromstring(label_sheets(pages))
    assert root.get("viewBox").endswith(str(2 * PAGE_H))


def test_stations_exhibits_and_places_get_labels_too(
    admin_client, make_station, make_exhibit, make_place, common, settings
):
    settings.PUBLIC_BASE_URL = "https://duoclieu.example"
    station, exhibit, place = (
        make_station(common, number=3),
        make_exhibit(title="Quế Lào Cai"),
        make_place("vung-que"),
    )
    choices = admin_client.get("/admin/museum/qr-labels/").content.decode()
    assert "Trạm 3" in choices and "Quế Lào Cai" in choices and "vung-que" in choices
    response = admin_client.post(
        "/admin/museum/qr-labels/", {"pages": [station.pk, exhibit.pk, place.pk]}
    )
    texts, qrs = labels(response.content)
    assert len(qrs) == 3
    assert "Cinnamomum cassia" in texts  # the station's plant
    for page in (station, exhibit, place):
        assert f"https://duoclieu.example/q/{page.short_code.code}" in texts
    assert scan(station.short_code.code, "vi")["Location"] == station.url
