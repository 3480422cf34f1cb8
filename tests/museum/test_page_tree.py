"""Which page goes under which, and a curator creating an exhibit in the admin."""

import pytest
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from knowledge.models import RemedyIndexPage
from museum.models import (
    EventPage,
    ExhibitIndexPage,
    ExhibitPage,
    GardenPage,
    GardenStationPage,
    HomePage,
    LessonIndexPage,
    LessonKitPage,
    MapPage,
    PlacePage,
    TourPage,
    VisitIndexPage,
)
from species.models import SpeciesIndexPage

RULES = [
    (ExhibitIndexPage, {HomePage}, {ExhibitPage}),
    (ExhibitPage, {ExhibitIndexPage}, set()),
    (VisitIndexPage, {HomePage}, {PlacePage, GardenPage, TourPage, EventPage}),
    (GardenPage, {VisitIndexPage}, {GardenStationPage}),
    (GardenStationPage, {GardenPage}, set()),
    (PlacePage, {VisitIndexPage}, set()),
    (TourPage, {VisitIndexPage}, set()),
    (EventPage, {VisitIndexPage}, set()),
    (MapPage, {HomePage}, set()),
    (LessonIndexPage, {HomePage}, {LessonKitPage}),
    (LessonKitPage, {LessonIndexPage}, set()),
]


@pytest.mark.parametrize("model, parents, children", RULES, ids=[r[0].__name__ for r in RULES])
def test_page_creation_rules(model, parents, children):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


@pytest.mark.parametrize("model", [ExhibitIndexPage, VisitIndexPage, MapPage, LessonIndexPage])
def test_hubs_exist_once(model, home, visit, exhibits, lessons, map_page):
    assert not model.can_create_at(home)


def test_stations_only_grow_in_gardens(visit, garden, home):
    assert GardenStationPage.can_create_at(garden)
    assert not GardenStationPage.can_create_at(visit)
    assert not ExhibitPage.can_create_at(visit)
    assert RemedyIndexPage not in VisitIndexPage.allowed_subpage_models()
    assert SpeciesIndexPage not in VisitIndexPage.allowed_subpage_models()


def test_a_curator_creates_an_exhibit_with_a_story(admin_client, exhibits, common):
    data = nested_form_data(
        {
            "title": "Quế Lào Cai",
            "title_vi": "Quế Lào Cai",
            "slug": "que-lao-cai",
            "slug_vi": "que-lao-cai",
            "summary_vi": "Cây quế của người Dao.",
            "body_vi": streamfield(
                [
                    ("text", rich_text("<p>Quế là cây gỗ thường xanh.</p>")),
                    ("species", {"species": common.pk, "note": ""}),
                    ("quote", {"quote": "Làng nghề quế", "attribution": "", "source": ""}),
                ]
            ),
            **{f"body_{lang}": streamfield([]) for lang in ("en", "fr", "zh_hans")},
            "sources-TOTAL_FORMS": 0,
            "sources-INITIAL_FORMS": 0,
            "sources-MIN_NUM_FORMS": 0,
            "sources-MAX_NUM_FORMS": 1000,
            "action-publish": "publish",
        }
    )
    response = admin_client.post(f"/admin/pages/add/museum/exhibitpage/{exhibits.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    exhibit = ExhibitPage.objects.get(slug_vi="que-lao-cai")
    assert [b.block_type for b in exhibit.body_vi] == ["text", "species", "quote"]
    assert exhibit.live and exhibit.short_code.code


@pytest.mark.parametrize(
    "model, parent",
    [
        ("exhibitpage", "exhibits"),
        ("placepage", "visit"),
        ("gardenpage", "visit"),
        ("tourpage", "visit"),
        ("eventpage", "visit"),
        ("gardenstationpage", "garden"),
        ("lessonkitpage", "lessons"),
    ],
)
def test_the_admin_form_of_each_page_opens(admin_client, request, model, parent):
    parent = request.getfixturevalue(parent)
    response = admin_client.get(f"/admin/pages/add/museum/{model}/{parent.pk}/")
    assert response.status_code == 200


def test_the_commune_list_is_in_the_admin(admin_client, commune):
    response = admin_client.get("/admin/snippets/base/commune/")
    assert response.status_code == 200 and "Khun Há" in response.content.decode()
