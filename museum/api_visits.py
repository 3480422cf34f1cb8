"""The research API's places to visit and events, under ``/api/v1/``.

Places are what the map shows (``museum.models.maps.map_items``): places (experience
zones, herb and cinnamon villages, forest gardens, growing areas), herb gardens and
their stations, live and public, each at the precision ``public_location`` allows: a
place of a poached species, a garden holding one and every station of that garden give
the commune and nothing finer. Events are the live, public event pages, past ones
included (their pages stay public), each where its public place is.

The conventions (pagination, ``?lang=``, CSV, ``cite``, caching) are ``base/api.py``'s;
the location and link shapes are the value chain's (``valuechain/api.py``), which sits
below this app.
"""

import datetime

from django import forms
from django.db.models import F, Prefetch, Q
from django.utils import translation
from django.utils.html import strip_tags
from ninja import Field, Query, Router, Schema

from base.api import (
    LIST_OPERATION,
    ApiDetailForm,
    ApiListForm,
    Citation,
    DetailParams,
    ListParams,
    ListResponse,
    NotFound,
    detail_response,
    item_url,
    language,
    list_response,
    not_found,
    ordered,
    parse_id,
)
from base.filters import IdField
from base.models import Province
from knowledge.serializers import citations
from museum.models import EventPage, GardenPage, GardenStationPage, PlacePage
from museum.models.maps import map_items
from species.models import SpeciesPage
from valuechain.api import (
    PageLink,
    PublicLocationOut,
    SpeciesLink,
    location_data,
    public_ids,
    species_link,
)

router = Router(tags=["visits"])

PLACE_MODELS = {"place": PlacePage, "garden": GardenPage, "station": GardenStationPage}


def _text(html):
    return strip_tags(html or "").strip()


# --- Places -------------------------------------------------------------------------------


class PlaceParams(ListParams):
    kind: str | None = Field(
        None,
        description="place, garden (a herb garden) or station (one plant of a garden).",
        json_schema_extra={"enum": list(PLACE_MODELS)},
    )
    place_kind: str | None = Field(
        None, description="The kind of a place.", json_schema_extra={"enum": PlacePage.Kind.values}
    )
    province: str | None = Field(
        None, description="Province code.", json_schema_extra={"enum": Province.values}
    )
    commune: str | None = Field(None, description="A commune's id.")
    species: str | None = Field(None, description="A species id: places where it grows.")


class PlaceForm(ApiListForm):
    kind = forms.ChoiceField(required=False, choices=[(k, k) for k in PLACE_MODELS])
    place_kind = forms.ChoiceField(required=False, choices=[(k, k) for k in PlacePage.Kind.values])
    province = forms.ChoiceField(required=False, choices=[(p, p) for p in Province.values])
    commune = IdField(required=False)
    species = IdField(required=False)


class PlaceOut(Schema):
    """A place to visit, a herb garden or one station of a garden, where the public may
    know it is."""

    id: int
    kind: str = Field(description="place, garden or station.")
    kind_label: str
    place_kind: str = Field(description="For a place: the kind of place; else empty.")
    title: str
    url: str
    language: str
    summary: str
    text: str = Field(description="What to see (a place), about the garden, what to notice.")
    how_to_get_there: str
    location: PublicLocationOut | None
    species: list[SpeciesLink]
    garden: PageLink | None = Field(description="For a station: its garden.")
    station_number: int | None
    station_ids: list[int] = Field(description="For a garden: its public stations.")
    sources: list[Citation]


def _species_of(page):
    if isinstance(page, PlacePage):
        return list(page.species.all())
    if isinstance(page, GardenPage):
        return list(page.station_species)
    return [page.species]


def _place_items(ids=None):
    """The map's items of the place models (those the map shows, as it shows them)."""
    return map_items(ids=ids, models=set(PLACE_MODELS.values()))


def place_data(items, request):
    """Map items (``map_items``) as the API gives them."""
    species_ids = public_ids(SpeciesPage)
    public_gardens = public_ids(GardenPage)
    # A garden lists the stations the public may open, as its page does.
    stations = {
        item["page"].pk: [s.pk for s in item["page"].stations()]
        for item in items
        if isinstance(item["page"], GardenPage)
    }
    rows = []
    for item in items:
        page = item["page"]
        species = sorted(
            {s.pk: s for s in _species_of(page) if s.pk in species_ids}.values(),
            key=lambda s: (s.title, s.pk),
        )
        garden = page.garden if isinstance(page, GardenStationPage) else None
        garden_public = garden is not None and garden.pk in public_gardens
        rows.append(
            {
                "id": page.pk,
                "kind": item["kind"],
                "kind_label": str(item["kind_label"]),
                "place_kind": page.kind if isinstance(page, PlacePage) else "",
                "title": page.title,
                "url": page.get_full_url(request),
                "language": translation.get_language(),
                "summary": getattr(page, "summary", ""),
                "text": _text(
                    getattr(page, "what_to_see", None)
                    or getattr(page, "body", None)
                    or getattr(page, "what_to_notice", None)
                ),
                "how_to_get_there": _text(getattr(page, "how_to_get_there", "")),
                "location": location_data(item["location"]),
                "species": [species_link(s, species_ids, request) for s in species],
                "garden": (
                    {
                        "id": garden.pk,
                        "title": garden.title,
                        "api_url": item_url(request, "place-detail", garden.pk),
                    }
                    if garden_public
                    else None
                ),
                "station_number": page.number if isinstance(page, GardenStationPage) else None,
                "station_ids": stations.get(page.pk, []),
                "sources": citations(page) if isinstance(page, PlacePage) else [],
            }
        )
    return rows


def _filter_places(items, query):
    """The map's items kept by the list's filters."""
    if "kind" in query:
        items = [i for i in items if i["kind"] == query["kind"]]
    if "place_kind" in query:
        items = [i for i in items if getattr(i["page"], "kind", None) == query["place_kind"]]
    if "province" in query or "commune" in query:
        communes = {id(i): i["page"].location_commune() for i in items}
        if "province" in query:
            items = [
                i for i in items if getattr(communes[id(i)], "province", None) == query["province"]
            ]
        if "commune" in query:
            items = [i for i in items if getattr(communes[id(i)], "pk", None) == query["commune"]]
    if "species" in query:
        # Only a public species is searched for: a draft one finds nothing, as on the pages.
        wanted = query["species"] if query["species"] in public_ids(SpeciesPage) else None
        items = [i for i in items if wanted in {s.pk for s in _species_of(i["page"])}]
    return items


@router.get(
    "/places/",
    response=ListResponse[PlaceOut],
    url_name="place-list",
    summary="Places to visit, herb gardens and their stations",
    **LIST_OPERATION,
)
def place_list(request, params: Query[PlaceParams]):
    """What the museum's map shows, filtered by kind, kind of place, province, commune and
    species; by title."""
    query = PlaceForm.read(params)
    with language(query):
        # Sorted in the language asked for: the titles are translated.
        items = sorted(_place_items(), key=lambda i: (i["page"].title, i["page"].pk))
    items = _filter_places(items, query)
    return list_response(request, query, items, place_data, title="Places")


@router.get(
    "/places/{int:id}/",
    response={200: PlaceOut, 404: NotFound},
    url_name="place-detail",
    summary="One place, garden or station",
)
def place_detail(request, id: int, params: Query[DetailParams]):
    """One place, garden or station the public may see, or 404."""
    pk = parse_id(id)
    query = ApiDetailForm.read(params)
    with language(query):  # the map's kind labels are read in the language asked for
        items = _place_items(ids={pk}) if pk else []
        if not items:
            return not_found(request)
        data = place_data(items, request)[0]
        return detail_response(request, query, data, title=data["title"])


# --- Events -------------------------------------------------------------------------------


class EventParams(ListParams):
    when: str | None = Field(
        None,
        description="upcoming (not ended, or dates not announced) or past.",
        json_schema_extra={"enum": ["upcoming", "past"]},
    )
    since: str | None = Field(None, description="Events on or after this day (YYYY-MM-DD).")
    until: str | None = Field(None, description="Events on or before this day (YYYY-MM-DD).")
    place: str | None = Field(None, description="A place's id (see /places/).")
    province: str | None = Field(
        None, description="The place's province.", json_schema_extra={"enum": Province.values}
    )


class EventForm(ApiListForm):
    when = forms.ChoiceField(required=False, choices=[("upcoming", "upcoming"), ("past", "past")])
    since = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    until = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    place = IdField(required=False)
    province = forms.ChoiceField(required=False, choices=[(p, p) for p in Province.values])


class EventOut(Schema):
    """A festival or event: its days (null until announced) and where it is held."""

    id: int
    title: str
    url: str
    calendar_url: str | None = Field(description="An iCalendar file, once the days are known.")
    language: str
    summary: str
    text: str
    start_date: str | None
    end_date: str | None
    is_past: bool
    place: PageLink | None
    venue: str
    organiser: str
    location: PublicLocationOut | None
    sources: list[Citation]


def _events():
    """Live, public events with what their place's public location reads, up front."""
    species = SpeciesPage.objects.prefetch_related(
        Prefetch(
            "assessments",
            queryset=SpeciesPage.sensitivity_assessments(),
            to_attr="prefetched_assessments",
        )
    )
    return (
        EventPage.objects.live()
        .public()
        .select_related("place__commune")
        .prefetch_related(Prefetch("place__species", queryset=species), "sources__source")
    )


def event_data(events, request):
    """``events`` (public pages) as the API gives them."""
    order = {e.pk: i for i, e in enumerate(events)}
    events = sorted(_events().filter(pk__in=order), key=lambda e: order[e.pk])
    rows = []
    for event in events:
        place = event.public_place()
        rows.append(
            {
                "id": event.pk,
                "title": event.title,
                "url": event.get_full_url(request),
                "calendar_url": (
                    event.get_full_url(request) + event.reverse_subpage("ical")
                    if event.start_date
                    else None
                ),
                "language": translation.get_language(),
                "summary": event.summary,
                "text": _text(event.body),
                "start_date": event.start_date.isoformat() if event.start_date else None,
                "end_date": event.last_day.isoformat() if event.last_day else None,
                "is_past": event.is_past,
                "place": (
                    {
                        "id": place.pk,
                        "title": place.title,
                        "api_url": item_url(request, "place-detail", place.pk),
                    }
                    if place
                    else None
                ),
                "venue": event.venue,
                "organiser": event.organiser,
                "location": location_data(place.public_location() if place else None),
                "sources": citations(event),
            }
        )
    return rows


@router.get(
    "/events/",
    response=ListResponse[EventOut],
    url_name="event-list",
    summary="Festivals and events",
    **LIST_OPERATION,
)
def event_list(request, params: Query[EventParams]):
    """Events, past ones included, filtered by when, days, place and province; soonest
    first, those whose days are not announced last."""
    query = EventForm.read(params)
    events = EventPage.objects.live().public()
    today = datetime.date.today()
    # An event lasts from its first day to its last (the first when no last is given).
    last_day = Q(end_date__isnull=False) & Q(end_date__gte=today)
    ongoing = last_day | Q(end_date__isnull=True, start_date__gte=today)
    if query.get("when") == "upcoming":
        events = events.filter(ongoing | Q(start_date__isnull=True))
    elif query.get("when") == "past":
        events = events.exclude(ongoing | Q(start_date__isnull=True))
    if "since" in query:
        since = query["since"]
        events = events.filter(
            Q(end_date__gte=since) | Q(end_date__isnull=True, start_date__gte=since)
        )
    if "until" in query:
        events = events.filter(start_date__lte=query["until"])
    if "place" in query or "province" in query:
        # Only through a place the public may open: a draft place says nothing.
        events = events.filter(place__in=PlacePage.objects.live().public())
    if "place" in query:
        events = events.filter(place_id=query["place"])
    if "province" in query:
        events = events.filter(place__commune__province=query["province"])
    events = ordered(events, F("start_date").asc(nulls_last=True), "title")
    return list_response(request, query, events, event_data, title="Events")


@router.get(
    "/events/{int:id}/",
    response={200: EventOut, 404: NotFound},
    url_name="event-detail",
    summary="One event",
)
def event_detail(request, id: int, params: Query[DetailParams]):
    """One public event, or 404."""
    pk = parse_id(id)
    event = EventPage.objects.live().public().filter(pk=pk).first() if pk else None
    if event is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = event_data([event], request)[0]
        return detail_response(request, query, data, title=data["title"])
