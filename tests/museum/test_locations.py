"""Sensitive locations: a poached species' place never shows a point finer than its
commune, on the page, the map list, the GeoJSON, the QR address or the calendar file."""

import json

import pytest
from django.test import Client

EXACT = ("22.461234", "103.571234")


def geojson(map_page, query=""):
    response = Client().get(f"/vi/ban-do/geojson/{query}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/geo+json"
    return json.loads(response.content)


def points(collection):
    return {f["properties"]["title"]: f for f in collection["features"]}


def in_english(page):
    from django.utils import translation

    with translation.override("en"):
        return page.get_url()


def assert_no_exact_point(text):
    for part in ("22.4612", "103.5712", "22.46123", "103.57123"):
        assert part not in text


def test_a_station_of_a_common_plant_shows_its_exact_point(map_page, make_station, common):
    make_station(common, latitude=EXACT[0], longitude=EXACT[1])
    feature = points(geojson(map_page))["Trạm 1"]
    assert feature["geometry"]["coordinates"] == [103.571234, 22.461234]
    assert feature["properties"]["precision"] == "exact"


def test_a_station_of_a_poached_plant_shows_the_commune_only(map_page, make_station, poached):
    station = make_station(poached, latitude=EXACT[0], longitude=EXACT[1])
    feature = points(geojson(map_page))["Trạm 1"]
    assert feature["geometry"]["coordinates"] == [103.55, 22.45]  # the commune's centre
    assert feature["properties"]["precision"] == "commune"
    page = Client().get(station.url).content.decode()
    assert "Khun Há" in page
    english = Client().get(in_english(station)).content.decode()
    assert "Commune only" in english
    for text in (
        page,
        english,
        Client().get("/vi/ban-do/").content.decode(),
        json.dumps(geojson(map_page)),
    ):
        assert_no_exact_point(text)


def test_the_qr_address_leads_to_the_coarse_page(make_station, poached):
    station = make_station(poached, latitude=EXACT[0], longitude=EXACT[1])
    response = Client().get(f"/q/{station.short_code.code}", follow=True)
    assert response.status_code == 200
    assert_no_exact_point(response.content.decode())


def test_a_place_with_a_poached_species_shows_the_commune_only(
    map_page, make_place, poached, common
):
    make_place("vung-sam", species=[poached, common], latitude=EXACT[0], longitude=EXACT[1])
    make_place("vung-que", species=[common], latitude="22.1", longitude="104.2")
    features = points(geojson(map_page))
    assert features["vung-sam"]["properties"]["precision"] == "commune"
    assert features["vung-que"]["geometry"]["coordinates"] == [104.2, 22.1]


def test_a_curator_can_hide_any_exact_point(map_page, make_place, common):
    make_place(
        "vuon-rieng",
        species=[common],
        latitude=EXACT[0],
        longitude=EXACT[1],
        hide_exact_location=True,
    )
    assert points(geojson(map_page))["vuon-rieng"]["properties"]["precision"] == "commune"


def test_a_sensitive_place_in_a_commune_without_a_centre_is_listed_but_not_mapped(
    map_page, make_place, poached, commune
):
    commune.latitude = commune.longitude = None
    commune.save()
    make_place("vung-sam", species=[poached], latitude=EXACT[0], longitude=EXACT[1])
    assert geojson(map_page)["features"] == []
    listing = Client().get("/vi/ban-do/").content.decode()
    assert "vung-sam" in listing and "Khun Há" in listing
    assert_no_exact_point(listing)


def test_the_event_calendar_of_a_sensitive_place_has_no_geo(make_place, make_event, poached):
    import datetime

    place = make_place("vung-sam", species=[poached], latitude=EXACT[0], longitude=EXACT[1])
    event = make_event(place=place, start_date=datetime.date(2027, 3, 1))
    text = Client().get(event.url + "ical/").content.decode()
    assert "GEO:" not in text and "Khun Há" in text
    assert_no_exact_point(text)


@pytest.mark.parametrize("field", ["latitude", "longitude"])
def test_half_a_point_is_refused(make_place, common, field):
    from django.core.exceptions import ValidationError

    place = make_place("noi", species=[common])
    setattr(place, field, "22.3")
    with pytest.raises(ValidationError):
        place.full_clean()


def test_a_garden_that_hides_its_location_hides_its_stations_too(
    map_page, garden, make_station, common
):
    garden.hide_exact_location = True
    garden.save_revision().publish()
    make_station(common, latitude=EXACT[0], longitude=EXACT[1])
    assert points(geojson(map_page))["Trạm 1"]["properties"]["precision"] == "commune"
