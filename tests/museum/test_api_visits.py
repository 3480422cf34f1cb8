"""The research API's places and events as a researcher reads them: as JSON and CSV, in
every language, a page at a time, at the precision the public may know, and never a
draft or restricted page.

The tree is built once for the module, in a transaction rolled back at the end; each
test runs in a savepoint inside it. It holds a place of a poached species, a place of a
common one, a garden with a station of the poached species (so the garden and all its
stations are as coarse as the commune), a draft and a password-protected place, and
events past, coming, undated, at a public place, at a draft place and in draft.
"""

import csv
import datetime
import io
from decimal import Decimal

import pytest
from django.conf import settings
from django.db import transaction
from django.test import Client
from django.utils import translation
from wagtail.models import PageViewRestriction

from base.content import add_index_page, set_translated
from base.models import Commune, Source
from museum.models import (
    EventPage,
    EventSource,
    GardenPage,
    GardenStationPage,
    PlacePage,
    PlaceSource,
    VisitIndexPage,
)
from search import service
from search.backends.embedded import EmbeddedBackend
from species.models import ConservationCategory, SpeciesAssessment
from species.services import upsert_species
from tests.conftest import build_home, build_index, species_data

POINT = {"latitude": Decimal("22.412345"), "longitude": Decimal("103.498765")}
HOSTILE = [
    "9" * 5000,
    str(2**64),
    "-1",
    "²",
    "٣",
    "\x00",
    "'; DROP TABLE wagtailcore_page; --",
    "<script>alert(1)</script>",
    "x" * 10_000,
    "2025-02-30",
]


def publish(parent, page, titles=None, live=True):
    if titles:
        set_translated(page, "title", titles)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save()
    return page


def build_visits():
    """{name: object} of the module's tree (see the module's docstring)."""
    home = build_home()
    index = build_index(home)
    visit = add_index_page(
        home, VisitIndexPage, {"vi": "Tham quan", "en": "Visit"}, {"vi": "tham-quan", "en": "visit"}
    )
    ginseng, _ = upsert_species(
        index,
        species_data(
            genus="Panax", epithet="vietnamensis", vi="Sâm Lai Châu", en="Lai Chau ginseng"
        ),
    )
    listed = ConservationCategory.objects.get(scheme__code="nd06-2019", code="listed")
    SpeciesAssessment.objects.create(page=ginseng, category=listed)
    cassia, _ = upsert_species(
        index, species_data(genus="Cinnamomum", epithet="cassia", vi="Quế", en="Chinese cassia")
    )
    khun_ha = Commune.objects.create(
        name="Khun Há",
        province="lai-chau",
        former_district="Tam Đường",
        latitude=Decimal("22.45"),
        longitude=Decimal("103.55"),
    )
    xuan_ai = Commune.objects.create(
        name="Xuân Ái", province="lao-cai", latitude=Decimal("21.9"), longitude=Decimal("104.6")
    )
    source = Source.objects.create(title="Tam Đường plan", year=2024, url="https://example.org")

    def place(slug, titles, species=(), commune=khun_ha, live=True, **fields):
        page = PlacePage(
            slug=slug,
            kind=fields.pop("kind", "herb-village"),
            summary=fields.pop("summary", "Tóm tắt"),
            commune=commune,
            **POINT,
            **fields,
        )
        page.species = list(species)
        return publish(visit, page, titles, live=live)

    ginseng_village = place(
        "lang-sam",
        {"vi": "Làng sâm", "en": "Ginseng village"},
        [ginseng],
        what_to_see="<p>Vườn sâm dưới tán rừng.</p>",
    )
    ginseng_village.sources.add(PlaceSource(source=source, supports="vùng trồng"))
    ginseng_village.save_revision().publish()
    cassia_village = place(
        "lang-que",
        {"vi": "Làng quế", "en": "Cassia village"},
        [cassia],
        commune=xuan_ai,
        kind="cinnamon-village",
    )
    draft = place("nhap", {"vi": "Nơi nháp"}, live=False)
    locked = place("khoa", {"vi": "Nơi khoá"})
    PageViewRestriction.objects.create(
        page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    garden = publish(
        visit,
        GardenPage(slug="vuon", summary="Vườn mẫu", commune=khun_ha, **POINT),
        {"vi": "Vườn mẫu", "en": "Demonstration garden"},
    )
    station = publish(
        garden,
        GardenStationPage(slug="tram-1", number=1, species=cassia, **POINT),
        {"vi": "Trạm 1: Quế"},
    )
    poached_station = publish(
        garden,
        GardenStationPage(slug="tram-2", number=2, species=ginseng, **POINT),
        {"vi": "Trạm 2: Sâm"},
    )
    today = datetime.date.today()

    def event(slug, titles, live=True, **fields):
        page = EventPage(slug=slug, summary=fields.pop("summary", "Lễ hội"), **fields)
        return publish(visit, page, titles, live=live)

    festival = event(
        "le-hoi-sam",
        {"vi": "Lễ hội sâm", "en": "Ginseng festival"},
        start_date=today + datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=12),
        place=ginseng_village,
        organiser="UBND xã Khun Há",
    )
    festival.sources.add(EventSource(source=source))
    festival.save_revision().publish()
    fair = event(
        "cho-que",
        {"vi": "Chợ quế"},
        start_date=today + datetime.timedelta(days=30),
        place=cassia_village,
    )
    past = event(
        "hoi-cu",
        {"vi": "Hội cũ"},
        start_date=today - datetime.timedelta(days=40),
        end_date=today - datetime.timedelta(days=38),
        venue="Sân vận động",
    )
    undated = event("chua-ro", {"vi": "Chưa rõ ngày"})
    at_draft = event(
        "o-noi-nhap",
        {"vi": "Ở nơi nháp"},
        start_date=today + datetime.timedelta(days=5),
        place=draft,
    )
    draft_event = event("su-kien-nhap", {"vi": "Sự kiện nháp"}, live=False)
    return {
        "ginseng": ginseng,
        "cassia": cassia,
        "khun ha": khun_ha,
        "xuan ai": xuan_ai,
        "ginseng village": ginseng_village,
        "cassia village": cassia_village,
        "draft": draft,
        "locked": locked,
        "garden": garden,
        "station": station,
        "poached station": poached_station,
        "festival": festival,
        "fair": fair,
        "past": past,
        "undated": undated,
        "at draft": at_draft,
        "draft event": draft_event,
    }


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker, tmp_path_factory):
    """The module's pages, built once in a transaction rolled back at the end."""
    backend = EmbeddedBackend(tmp_path_factory.mktemp("api-visits") / "search-index")
    backend.mark_built()
    outer = transaction.atomic()
    with django_db_blocker.unblock():
        outer.__enter__()
        try:
            with (
                pytest.MonkeyPatch.context() as patch,
                translation.override(settings.LANGUAGE_CODE),
            ):
                patch.setattr(service, "embedded_backend", lambda: backend)
                patch.setattr(service, "elastic_backend", lambda: None)
                objects = build_visits()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    backend.close()
    try:
        yield objects
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def pages(tree, db):
    return tree


@pytest.fixture(params=["anonymous", "researcher"])
def visitor(request, pages, django_user_model):
    """An anonymous visitor, and a signed-in researcher who sees no more of these."""
    client = Client()
    if request.param == "researcher":
        client.force_login(django_user_model.objects.create_user("researcher", password="x"))
    return client


def get(client, path, **params):
    response = client.get(f"/api/v1/{path}", params)
    assert response.status_code == 200, response.content[:500]
    return response.json()


def status(client, path):
    """The status of ``path`` in the end: LocaleMiddleware answers an unprefixed 404 by
    trying /vi/…, which then 404s too."""
    return client.get(path, follow=True).status_code


def ids(data):
    return [row["id"] for row in data["results"]]


def by_id(data):
    return {row["id"]: row for row in data["results"]}


# --- Places -------------------------------------------------------------------------------


def test_places_are_what_the_map_shows(pages, visitor):
    data = get(visitor, "places/")
    assert set(ids(data)) == {
        pages[name].pk
        for name in ("ginseng village", "cassia village", "garden", "station", "poached station")
    }
    assert pages["draft"].pk not in ids(data) and pages["locked"].pk not in ids(data)
    assert "khoá" not in str(data) and "nháp" not in str(data)
    titles = [row["title"] for row in data["results"]]
    assert titles == sorted(titles)


def test_a_poached_species_keeps_every_place_near_it_to_the_commune(pages, visitor):
    places = by_id(get(visitor, "places/"))
    for name in ("ginseng village", "garden", "station", "poached station"):
        location = places[pages[name].pk]["location"]
        # The commune's centre: the garden holds a poached plant, so every station is coarse.
        assert location["precision"] == "commune", name
        assert (location["latitude"], location["longitude"]) == (22.45, 103.55), name
    cassia = places[pages["cassia village"].pk]["location"]
    assert (cassia["precision"], cassia["latitude"]) == ("exact", 22.412345)
    assert str(places).count("22.412345") == 1
    csv_text = visitor.get("/api/v1/places/", {"format": "csv"}).content.decode("utf-8-sig")
    assert csv_text.count("22.412345") == 1


def test_a_place_links_its_species_garden_and_stations(pages, visitor):
    places = by_id(get(visitor, "places/", lang="en"))
    village = places[pages["ginseng village"].pk]
    assert village["title"] == "Ginseng village"
    assert village["kind"] == "place" and village["place_kind"] == "herb-village"
    assert [s["id"] for s in village["species"]] == [pages["ginseng"].pk]
    assert village["text"] == "Vườn sâm dưới tán rừng."
    assert village["sources"] == [
        {
            "citation": "(2024). Tam Đường plan",
            "url": "https://example.org",
            "supports": "vùng trồng",
        }
    ]
    garden = places[pages["garden"].pk]
    assert garden["station_ids"] == [pages["station"].pk, pages["poached station"].pk]
    assert {s["id"] for s in garden["species"]} == {pages["ginseng"].pk, pages["cassia"].pk}
    station = places[pages["station"].pk]
    assert station["garden"]["id"] == pages["garden"].pk
    assert station["garden"]["api_url"].endswith(f"/api/v1/places/{pages['garden'].pk}/")
    assert station["station_number"] == 1


def test_places_filter_by_kind_province_commune_and_species(pages):
    client = Client()
    stations = [pages["station"].pk, pages["poached station"].pk]
    assert sorted(ids(get(client, "places/", kind="station"))) == sorted(stations)
    assert ids(get(client, "places/", place_kind="cinnamon-village")) == [
        pages["cassia village"].pk
    ]
    assert ids(get(client, "places/", province="lao-cai")) == [pages["cassia village"].pk]
    assert pages["cassia village"].pk not in ids(
        get(client, "places/", commune=pages["khun ha"].pk)
    )
    assert set(ids(get(client, "places/", species=pages["cassia"].pk))) == {
        pages["cassia village"].pk,
        pages["garden"].pk,
        pages["station"].pk,
    }
    assert len(ids(get(client, "places/", kind="nonsense"))) == 5


def test_place_detail_and_csv(pages):
    client = Client()
    detail = get(client, f"places/{pages['ginseng village'].pk}/", lang="fr")
    assert detail["language"] == "fr"
    assert "/api/v1/places/" not in detail["cite"]["url"]  # the page is what is cited
    garden = get(client, f"places/{pages['garden'].pk}/", lang="en")
    assert (garden["kind"], garden["kind_label"]) == ("garden", "herb garden")
    assert status(client, f"/api/v1/places/{pages['draft'].pk}/") == 404
    assert status(client, f"/api/v1/places/{pages['locked'].pk}/") == 404
    response = client.get("/api/v1/places/", {"format": "csv", "lang": "en"})
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 5
    village = next(r for r in rows if r["id"] == str(pages["ginseng village"].pk))
    assert village["location.precision"] == "commune"
    assert village["sources"] == "(2024). Tam Đường plan"


# --- Events -------------------------------------------------------------------------------


def test_events_soonest_first_with_undated_last(pages, visitor):
    data = get(visitor, "events/")
    assert ids(data) == [
        pages[name].pk for name in ("past", "at draft", "festival", "fair", "undated")
    ]
    events = by_id(data)
    festival = events[pages["festival"].pk]
    assert festival["place"]["id"] == pages["ginseng village"].pk
    # The festival is where its place is: a place of a poached species, so the commune.
    assert festival["location"]["precision"] == "commune"
    assert festival["calendar_url"].endswith("ical/")
    assert festival["organiser"] == "UBND xã Khun Há"
    assert festival["sources"][0]["citation"] == "(2024). Tam Đường plan"
    # An event at a draft place names no place and no location.
    at_draft = events[pages["at draft"].pk]
    assert (at_draft["place"], at_draft["location"]) == (None, None)
    assert "Nơi nháp" not in str(data)
    assert events[pages["undated"].pk]["calendar_url"] is None
    assert events[pages["past"].pk]["is_past"] is True


def test_events_filter_by_when_days_place_and_province(pages):
    client = Client()
    today = datetime.date.today()
    upcoming = ["at draft", "festival", "fair", "undated"]
    assert ids(get(client, "events/", when="upcoming")) == [pages[n].pk for n in upcoming]
    assert ids(get(client, "events/", when="past")) == [pages["past"].pk]
    until = (today + datetime.timedelta(days=11)).isoformat()
    assert ids(get(client, "events/", since=today.isoformat(), until=until)) == [
        pages["at draft"].pk,
        pages["festival"].pk,
    ]
    assert ids(get(client, "events/", place=pages["cassia village"].pk)) == [pages["fair"].pk]
    assert ids(get(client, "events/", province="lao-cai")) == [pages["fair"].pk]
    # Through a draft place nothing is found.
    assert ids(get(client, "events/", place=pages["draft"].pk)) == []
    assert len(ids(get(client, "events/", since="2025-02-30"))) == 5


def test_event_detail_language_and_csv(pages):
    client = Client()
    detail = get(client, f"events/{pages['festival'].pk}/", lang="en")
    assert detail["title"] == "Ginseng festival"
    assert detail["cite"]["text"].startswith("Ginseng festival. ")
    assert status(client, f"/api/v1/events/{pages['draft event'].pk}/") == 404
    # A spreadsheet holds the whole list, whatever the page size asked for.
    response = client.get("/api/v1/events/", {"format": "csv", "page_size": "2", "page": "2"})
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [str(i) for i in ids(get(client, "events/"))]
    assert [r["id"] for r in rows][:2] == [str(pages["past"].pk), str(pages["at draft"].pk)]
    assert "Link" in response and "cite-as" in response["Link"]


def test_event_pages_follow_each_other(pages):
    client = Client()
    first = get(client, "events/", page_size="3")
    assert (first["count"], first["pages"]) == (5, 2)
    second = client.get(first["next"]).json()
    assert ids(first) + ids(second) == ids(get(client, "events/"))


@pytest.mark.parametrize("path", ["places/", "events/"])
def test_hostile_query_strings_get_an_answer_not_an_error(pages, path):
    client = Client()
    names = ["page", "page_size", "lang", "format", "kind", "place_kind", "province"]
    names += ["commune", "species", "when", "since", "until", "place"]
    for value in HOSTILE:
        for name in names:
            response = client.get(f"/api/v1/{path}", {name: value})
            assert response.status_code < 500, (name, value)
    assert status(client, f"/api/v1/{path}{'9' * 30}/") == 404
    assert status(client, f"/api/v1/{path}0/") == 404
