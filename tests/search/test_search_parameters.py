"""The search page and the suggestion box read their parameters through a form: what
cannot be a query, a page or a facet value is left out, never a server error."""

import pytest

from search.views import MAX_PAGE, SearchForm
from tests.search.factories import doc

HOSTILE = ["²", "٣", "", "\x00", "a\x00b", "x" * 10_000, str(2**63), str(2**64), "9" * 5000]


@pytest.fixture
def remedy_with_plant(search_backend, make_species):
    plant = make_species()
    search_backend.index(
        [doc("bai-thuoc", "Bài thuốc cầm máu", kind="remedy", plant=[str(plant.pk)])]
    )
    return plant


def test_bad_values_fall_back_to_the_defaults(db):
    text, page, filters = SearchForm(
        {"q": "tam\x00", "page": "²", "plant": ["\x00", "", "x" * 300, "7", "7"]}
    ).values()
    assert (text, page, filters) == ("", 1, {"plant": ["7"]})
    assert SearchForm({"page": "9" * 5000}).values()[1] == 1
    assert SearchForm({"page": str(MAX_PAGE + 1)}).values()[1] == MAX_PAGE


@pytest.mark.parametrize("value", HOSTILE)
def test_a_plant_that_is_not_an_id_is_no_error(client, remedy_with_plant, value):
    response = client.get("/vi/search/", {"plant": [value], "q": "", "page": value})
    assert response.status_code == 200


def test_a_chosen_plant_is_named_in_the_active_filters(client, remedy_with_plant):
    html = client.get("/vi/search/", {"plant": [str(remedy_with_plant.pk), "²"]}).content
    assert remedy_with_plant.title in html.decode()


@pytest.mark.parametrize("value", ["\x00", "x" * 10_000, "²"])
def test_the_suggestion_box_takes_anything(client, remedy_with_plant, value):
    response = client.get("/vi/search/suggest/", {"q": value})
    assert response.status_code == 200
    assert response.json()["suggestions"] == []
