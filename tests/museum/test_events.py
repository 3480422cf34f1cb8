"""Events: dates when announced, an iCalendar file that parses, upcoming ones on the home page."""

import datetime

import icalendar
import pytest
from django.core.exceptions import ValidationError
from django.test import Client

TODAY = datetime.date.today()


def test_the_calendar_file_parses_with_the_events_dates_and_place(make_event, make_place, common):
    place = make_place(
        "vung-que", title="Vùng quế Nậm Đét", species=[common], latitude="22.1", longitude="104.2"
    )
    event = make_event(
        title="Lễ hội văn hóa Sâm, Tam Đường; năm đầu tiên với một tên rất dài để thử việc gập dòng",
        place=place,
        start_date=datetime.date(2027, 3, 1),
        end_date=datetime.date(2027, 3, 3),
    )
    response = Client().get(event.url + "ical/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert all(len(line.encode()) <= 75 for line in response.content.decode().split("\r\n"))
    calendar = icalendar.Calendar.from_ical(response.content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert vevent["DTSTART"].dt == datetime.date(2027, 3, 1)
    assert vevent["DTEND"].dt == datetime.date(2027, 3, 4)  # exclusive, so the 3rd is included
    assert "Vùng quế Nậm Đét" in str(vevent["LOCATION"])
    assert vevent["GEO"].latitude == pytest.approx(22.1)
    assert str(vevent["URL"]).endswith(event.url)


def test_an_event_without_dates_says_so_and_has_no_calendar_file(make_event):
    event = make_event()
    from .test_locations import in_english

    page = Client().get(in_english(event)).content.decode()
    assert "not announced the dates yet" in page and ".ics" not in page
    assert Client().get(event.url + "ical/").status_code == 404


def test_the_last_day_cannot_come_before_the_first(make_event, english):
    with pytest.raises(ValidationError, match="before the first day"):
        make_event(start_date=datetime.date(2027, 3, 3), end_date=datetime.date(2027, 3, 1))


def test_the_home_page_lists_coming_events_not_past_ones(home, make_event):
    make_event("qua", title="Đã qua", start_date=TODAY - datetime.timedelta(days=10))
    make_event("sap-toi", title="Sắp tới", start_date=TODAY + datetime.timedelta(days=10))
    make_event(
        "dang-dien-ra",
        title="Đang diễn ra",
        start_date=TODAY - datetime.timedelta(days=1),
        end_date=TODAY + datetime.timedelta(days=1),
    )
    make_event("chua-ro", title="Chưa rõ ngày")
    page = Client().get("/vi/").content.decode()
    assert "Sắp tới" in page and "Đang diễn ra" in page and "Chưa rõ ngày" in page
    assert "Đã qua" not in page
    assert page.index("Đang diễn ra") < page.index("Sắp tới") < page.index("Chưa rõ ngày")
