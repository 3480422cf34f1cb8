"""The museum's places and garden stations on a species' own map (issue 15): where the
museum shows the plant, at the precision the map page itself allows."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

pytestmark = pytest.mark.django_db


def features(species):
    """The GeoJSON features of ``species``' map, as an anonymous visitor gets them."""
    response = Client().get(species.url + species.reverse_subpage("geojson"))
    assert response.status_code == 200
    return response.json()["features"]


def test_a_place_showing_the_species_is_on_its_map_at_its_own_point(make_place, common):
    place = make_place(
        "vung-que", species=[common], title="Vùng quế", latitude="22.5", longitude="104.1"
    )
    [feature] = features(common)
    assert feature["properties"]["title"] == "Vùng quế"
    assert feature["properties"]["url"] == place.url
    assert feature["geometry"]["coordinates"] == [104.1, 22.5]


def test_a_poached_species_is_shown_at_the_places_commune_and_no_finer(
    make_place, poached, commune
):
    make_place("vung-sam", species=[poached], latitude="22.5123", longitude="103.6789")
    [feature] = features(poached)
    assert feature["properties"]["precision"] == "commune"
    assert feature["geometry"]["coordinates"] == [float(commune.longitude), float(commune.latitude)]


def test_a_garden_station_of_the_species_is_on_its_map(make_station, common):
    station = make_station(common)
    assert [f["properties"]["url"] for f in features(common)] == [station.url]


def test_a_draft_place_and_a_place_of_another_species_are_not(make_place, common, poached):
    draft = make_place("nhap", species=[common], latitude="22.5", longitude="104.1")
    draft.unpublish()
    make_place("khac", species=[poached], latitude="22.6", longitude="104.2")
    assert features(common) == []


def test_a_common_plants_station_beside_a_poached_one_is_at_the_commune_on_both_maps(
    make_station, common, poached, garden
):
    """The common plant's station gives away the garden, which holds a poached plant:
    both species' maps show their stations at the garden's commune, not at their points."""
    garden.latitude, garden.longitude = "22.4611", "103.5711"
    garden.save_revision().publish()
    make_station(common, 1, latitude="22.4612", longitude="103.5712")
    make_station(poached, 2, latitude="22.4613", longitude="103.5713")
    for species in (common, poached):
        [feature] = features(species)
        assert feature["properties"]["precision"] == "commune", species.title
        assert feature["geometry"]["coordinates"] != [103.5712, 22.4612]
        assert feature["geometry"]["coordinates"] != [103.5713, 22.4613]


def test_a_place_showing_a_poached_plant_too_is_at_its_commune_on_the_common_plants_map(
    make_place, common, poached, commune
):
    """The place's point would lead to the poached plant it also shows: the common
    plant's map, which is not poached itself, shows the place by its commune."""
    make_place("vung-chung", species=[common, poached], latitude="22.5123", longitude="103.6789")
    for species in (common, poached):
        [feature] = features(species)
        assert feature["properties"]["precision"] == "commune", species.title
        assert feature["geometry"]["coordinates"] == [
            float(commune.longitude),
            float(commune.latitude),
        ]


def test_a_species_map_costs_the_same_however_many_places_and_stations_show_it(
    make_place, make_station, poached, common
):
    """The species' own page gives its places and stations what they would read of it."""

    def queries(species):
        with CaptureQueriesContext(connection) as captured:
            features(species)
        return len(captured.captured_queries)

    make_place("vung-1", species=[poached, common], latitude="22.51", longitude="103.61")
    make_station(poached, 1)
    few = queries(poached), queries(common)
    for i in range(2, 5):
        make_place(f"vung-{i}", species=[poached, common], latitude="22.52", longitude="103.62")
        make_station(poached, i)
    assert (queries(poached), queries(common)) == few
