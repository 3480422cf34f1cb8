"""What holds a sensitive location is sensitive too: a garden with a station of a poached
plant, the other stations of that garden, and the tours, map blocks and events that show
them. Every located page type gets an exact point here, and no exit — page, map list,
GeoJSON (all and ``?ids=``), QR address, calendar file or search document — may give
anything finer than the commune's centre (22.45, 103.55)."""

import datetime
import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from museum.models import GardenPage, GardenStationPage, TourPage, TourStop
from search.documents import Searchable
from tests.museum.conftest import publish

# Each page's own point; all start 22.46… / 103.57…, far from the commune's centre.
POINTS = {
    "garden": ("22.461111", "103.571111"),
    "poached station": ("22.461222", "103.571222"),
    "common station": ("22.461333", "103.571333"),
    "place": ("22.461444", "103.571444"),
}
SECRET = ("22.461", "103.571", "22,461", "103,571")


def assert_coarse(text, where):
    for part in SECRET:
        assert part not in text, f"{where} shows the exact point ({part})"


@pytest.fixture
def located(visit, map_page, garden, make_station, make_place, make_event, make_exhibit):
    """A garden holding a poached plant's station and a common one, a place with the poached
    species, an event there, a tour through the garden and an exhibit mapping it."""

    def make(poached, common):
        garden.latitude, garden.longitude = POINTS["garden"]
        garden.save_revision().publish()
        poached_station = make_station(
            poached,
            1,
            latitude=POINTS["poached station"][0],
            longitude=POINTS["poached station"][1],
        )
        common_station = make_station(
            common, 2, latitude=POINTS["common station"][0], longitude=POINTS["common station"][1]
        )
        place = make_place(
            "vung-sam", species=[poached], latitude=POINTS["place"][0], longitude=POINTS["place"][1]
        )
        event = make_event(place=place, start_date=datetime.date.today() + datetime.timedelta(7))
        tour = TourPage(
            title="Một vòng vườn",
            slug="vong-vuon",
            summary="Hai trạm",
            duration_minutes=30,
            difficulty=TourPage.Difficulty.EASY,
        )
        tour.stops = [
            TourStop(page=page, sort_order=i)
            for i, page in enumerate([GardenPage.objects.get(pk=garden.pk), common_station, place])
        ]
        publish(visit, tour)
        exhibit = make_exhibit(
            [("map", {"heading": "Vườn", "places": [garden, common_station, place]})]
        )
        return {
            "garden": GardenPage.objects.get(pk=garden.pk),
            "poached station": poached_station,
            "common station": common_station,
            "place": place,
            "event": event,
            "tour": tour,
            "exhibit": exhibit,
        }

    return make


def get(url):
    response = Client().get(url, follow=True)
    assert response.status_code == 200, url
    return response.content.decode()


def geojson(query=""):
    return get(f"/vi/ban-do/geojson/{query}")


def features(text):
    return {f["properties"]["title"]: f for f in json.loads(text)["features"]}


def test_a_garden_holding_a_poached_plant_shows_only_its_commune_at_every_exit(
    located, poached, common
):
    pages = located(poached, common)

    for name, page in pages.items():
        assert_coarse(get(page.url), f"the {name} page")
        with translation.override("en"):
            assert_coarse(get(page.get_url()), f"the English {name} page")
        if hasattr(page, "short_code"):
            assert_coarse(get(f"/q/{page.short_code.code}"), f"the QR address of the {name}")
        if isinstance(page, Searchable):
            document = page.search_document()
            assert_coarse(repr(document), f"the search document of the {name}")
        assert_coarse(geojson(f"?ids={page.pk}"), f"the GeoJSON of the {name}")

    assert_coarse(get("/vi/ban-do/"), "the map page")
    assert_coarse(get("/en/map/"), "the English map page")
    everything = geojson()
    assert_coarse(everything, "the GeoJSON")
    ids = ",".join(str(page.pk) for page in pages.values())
    assert_coarse(geojson(f"?ids={ids}"), "the GeoJSON of chosen pages")
    assert_coarse(get(pages["event"].url + "ical/"), "the calendar file")

    mapped = features(everything)
    for title in ("Vườn", "Trạm 1", "Trạm 2", "vung-sam"):
        assert mapped[title]["geometry"]["coordinates"] == [103.55, 22.45], title
        assert mapped[title]["properties"]["precision"] == "commune", title
    garden_page = get(pages["garden"].url)
    assert "Khun Há" in garden_page
    with translation.override("en"):
        assert "Commune only" in get(pages["garden"].get_url())


def test_the_search_service_finds_the_place_by_its_commune_only(located, poached, common):
    from search.service import search

    located(poached, common)
    results = search("Khun Há", user=None)
    assert results.total >= 1
    assert_coarse(repr(results), "search results")


def test_a_garden_of_common_plants_keeps_its_exact_point(map_page, garden, make_station, common):
    garden.latitude, garden.longitude = POINTS["garden"]
    garden.save_revision().publish()
    make_station(common, 1)
    feature = features(geojson())["Vườn"]
    assert feature["geometry"]["coordinates"] == [103.571111, 22.461111]
    assert feature["properties"]["precision"] == "exact"


def test_a_draft_station_of_a_poached_plant_already_hides_the_garden(
    map_page, garden, make_station, poached
):
    garden.latitude, garden.longitude = POINTS["garden"]
    garden.save_revision().publish()
    make_station(poached, 1).unpublish()
    assert features(geojson())["Vườn"]["properties"]["precision"] == "commune"
    assert_coarse(get(garden.url), "the garden page")


def test_more_gardens_and_stations_cost_no_more_queries(visit, map_page, commune, poached, common):
    def garden_with(slug, species):
        garden = publish(visit, GardenPage(title=slug, slug=slug, summary="…", commune=commune))
        for number, plant in enumerate(species, 1):
            publish(
                garden,
                GardenStationPage(
                    title=f"{slug}-{number}", slug=f"{slug}-{number}", number=number, species=plant
                ),
            )
        return garden

    def queries():
        with CaptureQueriesContext(connection) as captured:
            geojson()
        return len(captured)

    garden_with("vuon-1", [common])
    few = queries()
    garden_with("vuon-2", [common, poached, common])
    garden_with("vuon-3", [poached, common])
    assert queries() == few
