"""What the map shows: every public place, garden, station and event, at a safe precision.

The map page, its GeoJSON and the map blocks of exhibits and tours all read
``map_items``, so no exit can show a point finer than ``public_location`` allows.
"""

from django.utils.translation import gettext as _


def _kind(page):
    from museum.models import EventPage, GardenPage, GardenStationPage, PlacePage

    if isinstance(page, PlacePage):
        return "place", page.get_kind_display()
    if isinstance(page, GardenPage):
        return "garden", _("herb garden")
    if isinstance(page, GardenStationPage):
        return "station", _("garden station")
    if isinstance(page, EventPage):
        return "event", _("event")
    return "page", ""


def location_of(page):
    """The public location of a mappable page (an event is where its place is)."""
    from museum.models import EventPage

    if isinstance(page, EventPage):
        place = page.public_place()
        return place.public_location() if place else None
    return page.public_location() if hasattr(page, "public_location") else None


def _mappable(home):
    """Querysets of each mappable type, reading what ``public_location`` needs up front
    (communes, species and their assessments, the stations' gardens)."""
    from django.db.models import Prefetch

    from museum.models import EventPage, GardenPage, GardenStationPage, PlacePage
    from species.models import SpeciesPage

    def assessments(prefix=""):
        # Fills SpeciesPage.assessment_list, which says whether a species is sensitive.
        return Prefetch(
            f"{prefix}assessments",
            queryset=SpeciesPage.assessments_in_order(),
            to_attr="prefetched_assessments",
        )

    species = SpeciesPage.objects.prefetch_related(assessments())
    return [
        PlacePage.objects.select_related("commune").prefetch_related(
            Prefetch("species", queryset=species)
        ),
        GardenPage.objects.select_related("commune"),
        GardenStationPage.objects.select_related("commune", "species").prefetch_related(
            assessments("species__")
        ),
        EventPage.objects.select_related("place__commune").prefetch_related(
            Prefetch("place__species", queryset=species)
        ),
    ]


def map_items(home, ids=None):
    """Live public mappable pages under ``home``, with their public locations, by title."""
    from museum.models import EventPage, GardenStationPage

    items = []
    gardens = {}
    for queryset in _mappable(home):
        pages = queryset.live().public().descendant_of(home)
        if ids is not None:
            pages = pages.filter(pk__in=ids)
        for page in pages:
            if page._meta.model_name == "gardenpage":
                gardens[page.path] = page
            if isinstance(page, GardenStationPage) and page.path[: -page.steplen] in gardens:
                page.garden = gardens[page.path[: -page.steplen]]  # no query per station
            if isinstance(page, EventPage) and page.is_past:
                continue
            kind, kind_label = _kind(page)
            items.append(
                {
                    "page": page,
                    "kind": kind,
                    "kind_label": kind_label,
                    "location": location_of(page),
                }
            )
    return sorted(items, key=lambda item: item["page"].title)


def feature_collection(items, request):
    """A GeoJSON FeatureCollection (RFC 7946: longitude first) of the items with a point."""
    features = []
    for item in items:
        location = item["location"]
        if location is None or not location.has_point:
            continue
        page = item["page"]
        features.append(
            {
                "type": "Feature",
                "geometry": {
                    "type": "Point",
                    "coordinates": [round(location.longitude, 6), round(location.latitude, 6)],
                },
                "properties": {
                    "id": page.pk,
                    "title": page.title,
                    "kind": item["kind"],
                    "kind_label": str(item["kind_label"]),
                    "url": page.get_url(request),
                    "place": location.label,
                    "precision": location.precision,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
