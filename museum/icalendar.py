"""iCalendar (RFC 5545) files for events: all-day events a phone's calendar can import."""

import datetime

from django.utils import timezone


def _escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(";", "\\;")
        .replace(",", "\\,")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _fold(line):
    """Lines longer than 75 octets continue on the next line after a space (RFC 5545 3.1)."""
    data = line.encode("utf-8")
    if len(data) <= 75:
        return line
    parts, current = [], b""
    for char in line:
        encoded = char.encode("utf-8")
        if len(current) + len(encoded) > (75 if not parts else 74):
            parts.append(current.decode("utf-8"))
            current = b""
        current += encoded
    parts.append(current.decode("utf-8"))
    return "\r\n ".join(parts)


def event_calendar(event, request):
    """The text of a calendar holding one event; the end date is exclusive, as the RFC says.

    An event whose dates are not announced has no calendar entry: a VEVENT without a
    start is no event a phone can import, so this refuses rather than write a broken file
    (the event's ``ical`` view answers 404 and its page shows no calendar link).
    """
    if not event.start_date:
        raise ValueError("An event without a first day has no calendar entry.")
    last = event.end_date or event.start_date
    place = event.public_place()
    location = place.public_location() if place else None
    where = ", ".join(
        p for p in (place.title if place else event.venue, location.label if location else "") if p
    )
    stamp = timezone.now().astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Duoc lieu so//museum events//VI",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        f"UID:event-{event.pk}@{request.get_host().split(':')[0]}",
        f"DTSTAMP:{stamp}",
        f"DTSTART;VALUE=DATE:{event.start_date:%Y%m%d}",
        f"DTEND;VALUE=DATE:{last + datetime.timedelta(days=1):%Y%m%d}",
        f"SUMMARY:{_escape(event.title)}",
        f"DESCRIPTION:{_escape(event.summary)}",
        f"URL:{event.get_full_url(request)}",
    ]
    if where:
        lines.append(f"LOCATION:{_escape(where)}")
    if location and location.has_point and location.precision == "exact":
        lines.append(f"GEO:{location.latitude:.6f};{location.longitude:.6f}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return "".join(_fold(line) + "\r\n" for line in lines)
