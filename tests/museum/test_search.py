"""Exhibits, places, tours, events and lesson kits are found by the site search."""

from django.test import Client

from search import service

from .conftest import quiz_question


def kinds(text, language="vi"):
    return {hit.kind for hit in service.search(text, language).hits}


def test_an_exhibit_is_found_by_the_words_of_its_story(make_exhibit):
    make_exhibit(
        title="Quế Lào Cai",
        body=[
            ("text", "<p>Người Dao trồng quế dưới tán rừng từ lâu.</p>"),
            ("quiz", quiz_question("Vỏ quế gọi là gì?", ["Quế nhục", "Quế chi"])),
        ],
    )
    assert kinds("tan rung") == {"exhibit"}  # folded: tán rừng
    assert kinds("vo que goi la gi") == {"exhibit"}  # a quiz question
    page = Client().get("/vi/search/?q=tan+rung").content.decode()
    assert "Quế Lào Cai" in page


def test_places_lessons_and_events_are_found_and_unpublishing_removes_them(
    make_place, lesson, make_event
):
    place = make_place("vung-que", title="Vùng quế Nậm Đét")
    make_event(title="Lễ hội văn hóa Sâm")
    assert kinds("Nam Det") == {"place"}
    assert kinds("loai nao") == {"lesson"}  # from the lesson's quiz
    assert kinds("le hoi van hoa sam") == {"event"}
    place.unpublish()
    assert kinds("Nam Det") == set()


def test_a_sensitive_place_is_found_by_its_commune_but_its_point_is_not_indexed(
    make_place, poached, search_backend
):
    make_place(
        "vung-sam",
        title="Vùng Sâm Lai Châu",
        species=[poached],
        latitude="22.461234",
        longitude="103.571234",
    )
    assert kinds("Khun Ha") == {"place"}
    hit = service.search("Khun Ha").hits[0]
    assert "22.46" not in str(vars(hit)) and "103.57" not in str(vars(hit))
