"""Events and places describe themselves in JSON-LD (schema.org ``Event``, ``Place``,
``TouristAttraction``), never more precisely than the page shows the public."""

import datetime
import json

from bs4 import BeautifulSoup
from django.test import Client

from museum.models import EventPage

HOSTILE = "</script><script>alert(1)</script>"


def of_kind(page, kind):
    """``page`` (made by ``make_place``, a growing area) as a place of another kind."""
    page.kind = kind
    page.save_revision().publish()
    return page


def json_ld(page, user=None):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    html = response.content.decode()
    soup = BeautifulSoup(html, "html.parser")
    [script] = soup.head.select('script[type="application/ld+json"]')
    return json.loads(script.string), html


def test_an_event_has_iso_dates_and_its_place_with_an_address(make_event, make_place, common):
    place = make_place(
        "vung-que", title="Vùng quế", species=[common], latitude="22.1", longitude="104.2"
    )
    event = make_event(
        title="Lễ hội Sâm",
        place=place,
        start_date=datetime.date(2027, 3, 1),
        end_date=datetime.date(2027, 3, 3),
        organiser="UBND xã Khun Há",
    )

    data, _html = json_ld(event)

    assert data["@context"] == "https://schema.org" and data["@type"] == "Event"
    assert data["name"] == "Lễ hội Sâm"
    assert (data["startDate"], data["endDate"]) == ("2027-03-01", "2027-03-03")
    assert datetime.date.fromisoformat(data["startDate"]) == datetime.date(2027, 3, 1)
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["description"] == "Lễ hội văn hóa"
    assert data["organizer"] == {"@type": "Organization", "name": "UBND xã Khun Há"}
    assert data["url"] == data["@id"] == event.get_full_url()
    location = data["location"]
    assert (location["@type"], location["name"]) == ("Place", "Vùng quế")
    assert location["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Khun Há",
        "addressRegion": "Lai Châu",
        "addressCountry": "VN",
    }
    assert (location["geo"]["latitude"], location["geo"]["longitude"]) == (22.1, 104.2)


def test_an_event_at_a_poached_species_place_gives_the_commune_only(
    make_event, make_place, poached, visitors
):
    place = make_place("vuon-sam", species=[poached], latitude="22.123456", longitude="103.654321")
    event = make_event(place=place, start_date=datetime.date(2027, 5, 1))

    for user in (None, visitors["steward"]):
        data, html = json_ld(event, user)
        assert data["location"]["address"]["addressLocality"] == "Khun Há"
        assert "geo" not in data["location"]
        assert "22.123" not in html and "103.654" not in html
        # One day: it ends the day it starts.
        assert data["startDate"] == data["endDate"] == "2027-05-01"

    data, html = json_ld(place)
    assert "geo" not in data and "22.123" not in html
    assert data["address"]["addressLocality"] == "Khun Há"


def test_an_event_without_dates_claims_none(make_event):
    event = make_event(venue="Sân vận động Tam Đường")

    data, _html = json_ld(event)

    assert "startDate" not in data and "eventStatus" not in data
    assert data["location"] == {"@type": "Place", "name": "Sân vận động Tam Đường"}


def test_places_and_gardens_are_places_to_visit(make_place, garden, make_station, common, poached):
    village = of_kind(make_place("lang-thuoc", latitude="22.2", longitude="103.3"), "herb-village")
    farm = make_place("vung-trong")
    make_station(poached)  # a garden with a poached plant is as sensitive as that plant

    data, _html = json_ld(village)
    assert data["@type"] == "TouristAttraction"
    assert data["description"] == "Tóm tắt"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 22.2, "longitude": 103.3}

    data, _html = json_ld(farm)
    assert data["@type"] == "Place"

    garden.latitude, garden.longitude = "22.3", "103.4"
    garden.save_revision().publish()
    data, html = json_ld(garden)
    assert data["@type"] == "TouristAttraction" and data["name"] == "Vườn"
    assert "geo" not in data and '"22.3' not in html


def test_a_hostile_event_title_stays_inside_the_json(make_event):
    event = make_event(title=HOSTILE, start_date=datetime.date(2027, 1, 1))

    data, html = json_ld(event)

    assert data["name"] == HOSTILE
    assert "<script>alert(1)" not in html


def test_a_new_event_can_be_previewed_before_it_is_saved(visit, make_place):
    place = make_place("noi-le-hoi", latitude="22.1", longitude="104.2")
    page = EventPage(
        title="Bản nháp", slug="ban-nhap", summary="Sắp có", start_date=datetime.date(2027, 2, 1)
    )
    page.place = place
    # As Wagtail's create view does before it previews.
    page.depth, page.path = visit.depth + 1, visit.path + "ZZZZ"
    page.set_url_path(visit)

    response = page.make_preview_request()

    assert response.status_code == 200
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    [script] = soup.head.select('script[type="application/ld+json"]')
    data = json.loads(script.string)
    assert (data["name"], data["startDate"]) == ("Bản nháp", "2027-02-01")
    assert data["location"]["geo"]["latitude"] == 22.1
