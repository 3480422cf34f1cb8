"""Events and places described for machines: schema.org ``Event``, ``Place`` and
``TouristAttraction`` as JSON-LD in the page's head (``templates/base.html``).

A location says no more than every other public exit: the commune, and a point only
when the page shows the exact one (``base.models.places.PublicLocation``). A commune
centre is where the map draws a withheld place, not where the place is, so it is not
given as the place's coordinates.
"""

from base.models.places import EXACT, Province
from base.page_meta import page_summary

CONTEXT = "https://schema.org"
# Places a visitor is invited to; a growing area is a farm, not an attraction.
NOT_ATTRACTIONS = {"growing-area"}
IN_VIETNAM = {Province.LAI_CHAU.label, Province.LAO_CAI.label}


def address(location):
    """The public location as a ``PostalAddress``: commune and province."""
    data = {"@type": "PostalAddress"}
    if location.commune:
        data["addressLocality"] = location.commune
    if location.province:
        data["addressRegion"] = location.province
    if location.province in IN_VIETNAM:
        data["addressCountry"] = "VN"
    return data


def place(page, request, kind="Place", with_context=False):
    """A located page (``base.models.Located``) as a schema.org place of type ``kind``."""
    url = page.get_full_url(request)
    data = {"@context": CONTEXT, "@type": kind, "@id": url} if with_context else {"@type": kind}
    data.update({"name": str(page.title), "url": url})
    location = page.public_location()
    if location is not None:
        data["address"] = address(location)
        if location.precision == EXACT and location.has_point and not location.sensitive:
            data["geo"] = {
                "@type": "GeoCoordinates",
                "latitude": location.latitude,
                "longitude": location.longitude,
            }
    return data


def place_page(page, request):
    """A place or herb garden page as a ``TouristAttraction`` (or a plain ``Place``)."""
    kind = "Place" if getattr(page, "kind", "") in NOT_ATTRACTIONS else "TouristAttraction"
    data = place(page, request, kind=kind, with_context=True)
    if description := page_summary(page):
        data["description"] = description
    return data


def event(page, request):
    """An event page as a schema.org ``Event``; dates only once announced."""
    url = page.get_full_url(request)
    data = {"@context": CONTEXT, "@type": "Event", "@id": url, "name": str(page.title)}
    if page.start_date:
        data["startDate"] = page.start_date.isoformat()
        data["endDate"] = (page.end_date or page.start_date).isoformat()
        data["eventStatus"] = "https://schema.org/EventScheduled"
    where = page.public_place()
    if where is not None:
        data["location"] = place(where, request)
    elif page.venue:
        data["location"] = {"@type": "Place", "name": page.venue}
    if "location" in data:
        # A festival in a village or a garden: people go there.
        data["eventAttendanceMode"] = "https://schema.org/OfflineEventAttendanceMode"
    if description := page_summary(page):
        data["description"] = description
    if page.organiser:
        data["organizer"] = {"@type": "Organization", "name": page.organiser}
    data["url"] = url
    return data
