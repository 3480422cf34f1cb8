"""Ids and answers typed by visitors: the shared id field, and the museum views that read
one (map GeoJSON, quiz answers, the curators' label download) never answer 500."""

import json

import pytest
from django.test import Client

from base.filters import MAX_ID, parse_id
from museum.filters import MapFilterForm

from .test_quizzes import answer, question_ids

HOSTILE = ["²", "٣", "1_000", "-1", "0", "1.5", "", "\x00", str(2**63), "9" * 5000]


@pytest.mark.parametrize("value", HOSTILE)
def test_only_ascii_digits_within_the_database_range_are_ids(value):
    assert parse_id(value) is None


def test_an_id_may_have_spaces_around_it_and_reach_the_database_limit():
    assert parse_id(" 42 ") == 42
    assert parse_id(str(MAX_ID)) == MAX_ID
    assert parse_id(str(MAX_ID + 1)) is None


def test_a_list_of_ids_keeps_the_good_ones_in_order():
    form = MapFilterForm({"ids": "7,²,3,٣,7,99999999999999999999,,x"})
    assert form.cleaned() == {"ids": [7, 3]}
    assert MapFilterForm({"ids": "²"}).cleaned() == {}


def test_the_geojson_ignores_ids_that_are_not_ids(map_page, make_station, common):
    station = make_station(common)
    for query in ("²", str(2**64), "9" * 5000, "-1", "\x00"):
        response = Client().get("/vi/ban-do/geojson/", {"ids": query})
        assert response.status_code == 200, query
    kept = json.loads(Client().get("/vi/ban-do/geojson/", {"ids": f"²,{station.pk}"}).content)
    assert [f["properties"]["title"] for f in kept["features"]] == [station.title]


def test_an_unusable_quiz_answer_is_unanswered(lesson):
    first, second = question_ids(lesson)
    for value in ("²", "٣", "9" * 5000, str(2**64), "-1", "1.0", " 1", "2"):
        response = answer(lesson, **{first: value, second: "1"})
        assert response.status_code == 200, value
        html = response.content.decode()
        assert "1 of 1 answered correctly" in html, value
        assert "1 question was not answered" in html, value


def test_the_label_download_ignores_a_page_that_is_not_an_id(admin_client, make_species):
    species = make_species()
    for value in ("²", "٣", "9" * 5000, str(2**64)):
        response = admin_client.get("/admin/museum/qr-labels/", {"page": value})
        assert response.status_code == 200 and response["Content-Type"].startswith("text/html")
    one = admin_client.get("/admin/museum/qr-labels/", {"page": species.pk})
    assert one["Content-Type"].startswith("image/svg+xml")
