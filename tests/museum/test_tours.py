"""A tour: its live stops in order, and a map of them read in a fixed number of queries
that keeps a garden's or a species' location as coarse as everywhere else."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from base import site_lookup
from museum.models import TourPage, TourStop
from tests.museum.conftest import publish

EXACT = ("22.461234", "103.571234")


@pytest.fixture
def make_tour(visit):
    def make(stops, slug="vong-vuon"):
        tour = TourPage(
            title="Một vòng vườn",
            slug=slug,
            summary="Năm trạm",
            duration_minutes=45,
            difficulty=TourPage.Difficulty.EASY,
        )
        tour.stops = [TourStop(page=page, sort_order=i) for i, page in enumerate(stops)]
        return publish(visit, tour)

    return make


def get(page):
    response = Client().get(page.get_url())
    assert response.status_code == 200
    return response.content.decode()


def queries_to_show(page):
    site_lookup.forget()  # the site found as a process's first request does
    with CaptureQueriesContext(connection) as queries:
        get(page)
    return len(queries)


def tour_map(html):
    """The tour's own GeoJSON, from the address its map element points at."""
    address = html.split('data-map="', 1)[1].split('"', 1)[0].replace("&amp;", "&")
    response = Client().get(address)
    assert response.status_code == 200
    return json.loads(response.content)


def test_the_stops_are_listed_in_order_and_an_unpublished_one_is_left_out(
    make_tour, make_station, common
):
    first, second, third = (make_station(common, number=n) for n in (1, 2, 3))
    tour = make_tour([third, first, second])
    second.unpublish()

    html = get(tour)
    assert html.index("Trạm 3") < html.index("Trạm 1")
    assert "Trạm 2" not in html


def test_a_longer_tour_costs_no_more_queries(make_tour, make_station, make_place, common):
    stations = [
        make_station(common, number=n, latitude=EXACT[0], longitude=EXACT[1]) for n in range(1, 7)
    ]
    place = make_place(species=[common])
    short = make_tour([stations[0], place], slug="ngan")
    long = make_tour([*stations, place], slug="dai")

    assert queries_to_show(long) == queries_to_show(short)


def test_the_tour_map_keeps_a_hidden_garden_to_its_commune(
    map_page, make_tour, garden, make_station, common
):
    garden.hide_exact_location = True
    garden.save_revision().publish()
    station = make_station(common, latitude=EXACT[0], longitude=EXACT[1])

    html = get(make_tour([station]))
    (feature,) = tour_map(html)["features"]
    assert feature["properties"]["precision"] == "commune"
    assert "103.5712" not in html and "103.5712" not in json.dumps(feature)
