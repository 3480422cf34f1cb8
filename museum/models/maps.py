"""The map page and what it shows: every public place, garden, station and event, at a
safe precision.

The map page, its GeoJSON and the map blocks of exhibits and tours all read
``map_items``, so no exit can show a point finer than ``public_location`` allows.
"""

from django.db.models import Prefetch, Q
from django.http import JsonResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from base.page_queries import LINK_FIELDS, from_own_table, in_tree_order, private_q
from museum.filters import MapFilterForm
from species.models import SpeciesPage

from .base import IntroPage
from .visits import EventPage, GardenPage, GardenStationPage, PlacePage, with_station_species


def _kind(page):
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
    if isinstance(page, EventPage):
        place = page.public_place()
        return place.public_location() if place else None
    return page.public_location() if hasattr(page, "public_location") else None


def _mappable(models=None, of_species=None):
    """Querysets of each mappable type (of ``models`` when given), reading what
    ``public_location`` needs up front (communes, species and their assessments); for
    the places and stations of ``of_species`` (see ``map_items``), not what is known."""

    def assessments(prefix=""):
        # Fills SpeciesPage.assessment_list, which says whether a species is sensitive.
        return Prefetch(
            f"{prefix}assessments",
            queryset=SpeciesPage.sensitivity_assessments(),
            to_attr="prefetched_assessments",
        )

    # What is read of a place's species: whether it is sensitive, and its link and name
    # (the visits API); in no order, as what reads them sorts them itself.
    species = (
        SpeciesPage.objects.order_by()
        .only(*LINK_FIELDS, "live", *SpeciesPage.SCIENTIFIC_NAME_FIELDS)
        .prefetch_related(assessments())
    )
    places = PlacePage.objects.select_related("commune")
    if of_species is None or not of_species.location_is_sensitive:
        places = places.prefetch_related(Prefetch("species", queryset=species))
    stations = GardenStationPage.objects.select_related("commune")
    if of_species is None:
        stations = stations.select_related("species").prefetch_related(assessments("species__"))
    querysets = [
        places,
        GardenPage.objects.select_related("commune"),
        stations,
        EventPage.objects.select_related("place__commune").prefetch_related(
            Prefetch("place__species", queryset=species)
        ),
    ]
    return [qs for qs in querysets if models is None or qs.model in models]


def _give_stations_their_gardens(stations, gardens):
    """Set each station's garden from ``gardens`` (by path), reading the missing ones in
    one query, so a station's location does not cost a query per station."""
    parent = {station: station.path[: -station.steplen] for station in stations}
    missing = set(parent.values()) - set(gardens)
    if missing:
        gardens.update(
            (garden.path, garden)
            for garden in GardenPage.objects.filter(path__in=missing).select_related("commune")
        )
    for station, garden_path in parent.items():
        station.garden = gardens.get(garden_path)


def _give_gardens_their_station_species(gardens):
    """Set what each garden holds (the species of its stations), reading every garden's
    stations in one query and their assessments in one more, so a garden's sensitivity
    does not cost queries per garden or per station."""
    gardens = [g for g in gardens if "station_species" not in g.__dict__]
    if not gardens:
        return
    held = {garden.path: [] for garden in gardens}
    children = Q()
    for garden in gardens:
        children |= Q(path__startswith=garden.path, depth=garden.depth + 1)
    for station in with_station_species(from_own_table(GardenStationPage.objects.filter(children))):
        held[station.path[: -station.steplen]].append(station.species)
    for garden in gardens:
        garden.station_species = held[garden.path]


def _show_known_species(pages, stations, species):
    """Give the stations found for ``species`` that species (with its assessments, as
    its own page read them); if it is poached, mark the places found for it sensitive:
    a place that shows one poached plant is shown by its commune, whatever else it
    shows (``PlacePage.sensitive_species``)."""
    for station in stations:
        if station.species_id == species.pk:  # another (none is) reads its own, lazily
            station.species = species
    if species.location_is_sensitive:
        for page in pages:
            if isinstance(page, PlacePage):
                page.known_sensitive_species = [species]


def map_items(home=None, ids=None, models=None, where=None, of_species=None):
    """Live public mappable pages with their public locations, by title.

    ``home`` keeps to one site's tree; ``ids`` to the chosen pages (a tour's stops, a map
    block's places) and ``models`` to their types, when known; ``where`` ({type:
    condition}) to the pages of those types that meet their condition (the places and
    stations of one species), asked in the same query as the pages. With
    ``of_species``, the species every page found shows (``where`` asks for its places
    and stations): its stations are given it rather than reading it again, and if it is
    poached its places are sensitive without reading what else they show. Past events
    are left out. A fixed number of queries, however many pages.
    """
    pages = []
    if where is not None:
        models = set(where) if models is None else set(models) & set(where)
    querysets = _mappable(models, of_species)
    # Wagtail's ``public()`` reads every view restriction at each call: read them once
    # for all the page types.
    private = private_q() if querysets else None
    for queryset in querysets:
        found = from_own_table(queryset.live().exclude(private))
        if home is not None:
            found = found.descendant_of(home)
        if ids is not None:
            found = found.filter(pk__in=ids)
        if where is not None:
            found = found.filter(where[queryset.model])
        found = in_tree_order(found.order_by())
        pages += [p for p in found if not (isinstance(p, EventPage) and p.is_past)]
    stations = [p for p in pages if isinstance(p, GardenStationPage)]
    if of_species is not None:
        _show_known_species(pages, stations, of_species)
    gardens = {p.path: p for p in pages if isinstance(p, GardenPage)}
    # What a garden holds decides the gardens shown, and the stations not sensitive by
    # themselves; a station of a poached plant never asks its garden (a species page's
    # stations are often all such).
    asked = dict(gardens)
    _give_stations_their_gardens(stations, gardens)
    for station in stations:
        if station.garden is not None and not station.sensitive_by_itself:
            asked[station.garden.path] = station.garden
    _give_gardens_their_station_species(asked.values())
    items = []
    for page in pages:
        kind, kind_label = _kind(page)
        items.append(
            {"page": page, "kind": kind, "kind_label": kind_label, "location": location_of(page)}
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


class MapPage(RoutablePageMixin, IntroPage):
    """Places, gardens, stations and events on a map; a plain list without JavaScript."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = gettext_lazy("Map")

    subpage_types = []

    class Meta:
        verbose_name = gettext_lazy("map")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["items"] = map_items(self.get_parent())
        return context

    @path("geojson/", name="geojson")
    def geojson(self, request):
        """Every public point as GeoJSON; ``?ids=1,2`` keeps only those pages."""
        ids = MapFilterForm(request.GET).cleaned().get("ids")
        items = map_items(self.get_parent(), set(ids) if ids else None)
        return JsonResponse(feature_collection(items, request), content_type="application/geo+json")
