"""Visiting: places, herb gardens and their QR stations, tours, events and the map."""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Prefetch
from django.http import Http404, HttpResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base.models import CitedSource, CitesSources, Located
from museum.blocks import TEXT_FEATURES
from museum.icalendar import event_calendar
from museum.search import MuseumSearchable
from museum.structured_data import event, place_page
from species.models import SpeciesPage

from .base import IntroPage, public_pages


class VisitIndexPage(IntroPage):
    """Where to go: festivals and events, tours, herb gardens and places."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("Visit: gardens, tours, places and festivals")

    subpage_types = ["museum.PlacePage", "museum.GardenPage", "museum.TourPage", "museum.EventPage"]

    class Meta:
        verbose_name = _("visit index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["events"] = self.get_parent().specific.upcoming_events(limit=None)
        context["tours"] = TourPage.objects.child_of(self).live().public()
        context["gardens"] = GardenPage.objects.child_of(self).live().public()
        context["places"] = PlacePage.objects.child_of(self).live().public()
        return context


class PlacePage(MuseumSearchable, CitesSources, Located, Page):
    """An experience zone, herb village, cinnamon village or forest garden to visit."""

    class Kind(models.TextChoices):
        EXPERIENCE_ZONE = "experience-zone", _("experience zone")
        HERB_VILLAGE = "herb-village", _("herb village")
        CINNAMON_VILLAGE = "cinnamon-village", _("cinnamon village")
        FOREST_GARDEN = "forest-garden", _("forest garden")
        GROWING_AREA = "growing-area", _("growing area")

    kind = models.CharField(_("kind of place"), max_length=30, choices=Kind.choices)
    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    what_to_see = RichTextField(_("what to see"), blank=True, features=TEXT_FEATURES)
    how_to_get_there = RichTextField(_("how to get there"), blank=True, features=TEXT_FEATURES)
    species = ParentalManyToManyField(
        "species.SpeciesPage", blank=True, related_name="+", verbose_name=_("species seen here")
    )

    content_panels = (
        Page.content_panels
        + [FieldPanel("kind"), FieldPanel("summary"), FieldPanel("what_to_see")]
        + [FieldPanel("how_to_get_there")]
        + Located.location_panels
        + [
            FieldPanel("species", widget=forms.CheckboxSelectMultiple),
            InlinePanel("sources", heading=_("Sources"), label=_("source")),
        ]
    )
    parent_page_types = ["museum.VisitIndexPage"]
    subpage_types = []
    has_short_address = True

    class Meta:
        verbose_name = _("place")

    def sensitive_species(self):
        # Set by ``map_items`` on the places of a poached species it was asked for: the
        # place is sensitive by that one, whatever else it shows.
        known = self.__dict__.get("known_sensitive_species")
        if known:
            return list(known)
        return [s for s in self.species.all() if s.location_is_sensitive]

    def structured_data(self, request):
        """The place as schema.org JSON-LD, at the public precision (``base.html``)."""
        return place_page(self, request)


class PlaceSource(CitedSource):
    page = ParentalKey(PlacePage, on_delete=models.CASCADE, related_name="sources")


def with_station_species(stations):
    """``stations`` (a queryset) with their species and what says whether each species is
    sensitive read up front: two queries however many stations."""
    assessments = Prefetch(
        "species__assessments",
        queryset=SpeciesPage.sensitivity_assessments(),
        to_attr="prefetched_assessments",
    )
    return stations.select_related("species").prefetch_related(assessments)


class GardenPage(Located, Page):
    """A herb garden or museum room whose stations carry QR labels."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    body = RichTextField(_("about the garden"), blank=True, features=TEXT_FEATURES)
    how_to_get_there = RichTextField(_("how to get there"), blank=True, features=TEXT_FEATURES)

    content_panels = (
        Page.content_panels
        + [FieldPanel("summary"), FieldPanel("body"), FieldPanel("how_to_get_there")]
        + Located.location_panels
    )
    parent_page_types = ["museum.VisitIndexPage"]
    subpage_types = ["museum.GardenStationPage"]

    class Meta:
        verbose_name = _("herb garden")

    def stations(self):
        return (
            GardenStationPage.objects.child_of(self)
            .live()
            .public()
            .select_related("species")
            .order_by("number", "path")
        )

    @cached_property
    def station_species(self):
        """The species of every station, published or not: the plant is in the ground
        before its page goes live, and a point once published cannot be taken back.
        ``museum.models.maps.map_items`` sets this for many gardens at once."""
        stations = with_station_species(GardenStationPage.objects.child_of(self))
        return [station.species for station in stations]

    def sensitive_species(self):
        # A garden's point leads to every plant in it, so it is as sensitive as its
        # most sensitive station.
        return [species for species in self.station_species if species.location_is_sensitive]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["stations"] = self.stations()
        return context

    def structured_data(self, request):
        """The garden as schema.org JSON-LD, at the public precision (``base.html``)."""
        return place_page(self, request)


class GardenStationPage(Located, Page):
    """One station of a garden: a plant to look at, with a QR label beside it.

    The commune is the garden's unless the station says otherwise; a station of a
    poached species never shows its exact point.
    """

    number = models.PositiveSmallIntegerField(
        _("station number"), help_text=_("The number on the signpost.")
    )
    species = models.ForeignKey(
        "species.SpeciesPage",
        on_delete=models.PROTECT,
        related_name="garden_stations",
        verbose_name=_("species"),
    )
    what_to_notice = RichTextField(
        _("what to notice"),
        blank=True,
        features=TEXT_FEATURES,
        help_text=_("What a visitor standing here can see, smell or touch (and must not)."),
    )

    content_panels = (
        Page.content_panels
        + [
            FieldRowPanel([FieldPanel("number"), PageChooserPanel("species")]),
            FieldPanel("what_to_notice"),
        ]
        + Located.location_panels
    )
    parent_page_types = ["museum.GardenPage"]
    subpage_types = []
    has_short_address = True  # the label beside the plant

    class Meta:
        verbose_name = _("garden station")

    @property
    def scientific_name(self):
        """The station's plant, as its QR label prints it."""
        return self.species.scientific_name

    @cached_property
    def garden(self):
        parent = self.get_parent().specific
        return parent if isinstance(parent, GardenPage) else None

    def location_commune(self):
        if self.commune_id:
            return self.commune
        return self.garden.location_commune() if self.garden else None

    def sensitive_species(self):
        return [self.species] if self.species.location_is_sensitive else []

    @property
    def sensitive_by_itself(self):
        """Sensitive whatever its garden holds: its own flag, or its species."""
        return super().location_is_sensitive

    @property
    def location_is_sensitive(self):
        if self.sensitive_by_itself:
            return True
        # A station stands a few metres from the others: its point gives away the
        # garden's, so it is as coarse as the garden.
        return bool(self.garden and self.garden.location_is_sensitive)


class TourPage(MuseumSearchable, Page):
    """A walk or drive through stations, exhibits and places, in order."""

    class Difficulty(models.TextChoices):
        EASY = "easy", _("easy: level paths, for everyone")
        MODERATE = "moderate", _("moderate: some slopes and steps")
        HARD = "hard", _("hard: steep mountain paths")

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    duration_minutes = models.PositiveSmallIntegerField(_("duration (minutes)"))
    difficulty = models.CharField(_("difficulty"), max_length=20, choices=Difficulty.choices)
    body = RichTextField(_("before you go"), blank=True, features=TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("duration_minutes"), FieldPanel("difficulty")]),
        FieldPanel("body"),
        InlinePanel("stops", heading=_("Stops"), label=_("stop"), min_num=1),
    ]
    parent_page_types = ["museum.VisitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("tour")

    def live_stops(self):
        """The stops whose pages are live and public, in order, as (stop, specific page)."""
        stops = list(self.stops.all())
        pages = {page.pk: page for page in public_pages(stop.page_id for stop in stops)}
        return [(stop, pages[stop.page_id]) for stop in stops if stop.page_id in pages]

    @property
    def duration_display(self):
        hours, minutes = divmod(self.duration_minutes, 60)
        if not hours:
            return _("%(m)d min") % {"m": minutes}
        if not minutes:
            return _("%(h)d h") % {"h": hours}
        return _("%(h)d h %(m)d min") % {"h": hours, "m": minutes}

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        stops = self.live_stops()
        context["tour_stops"] = stops
        context["stop_pages"] = [page for _stop, page in stops if isinstance(page, Located)]
        return context


class TourStop(Orderable):
    tour = ParentalKey(TourPage, on_delete=models.CASCADE, related_name="stops")
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="+", verbose_name=_("stop")
    )
    note = models.CharField(
        _("note"), max_length=255, blank=True, help_text=_("e.g. 'Look up at the canopy here'.")
    )

    panels = [
        PageChooserPanel(
            "page",
            page_type=[
                "museum.GardenStationPage",
                "museum.ExhibitPage",
                "museum.PlacePage",
                "museum.GardenPage",
            ],
        ),
        FieldPanel("note"),
    ]


class EventPage(MuseumSearchable, CitesSources, RoutablePageMixin, Page):
    """A festival or event: dates (when announced), the place, and an iCalendar file."""

    summary = models.TextField(_("summary"), help_text=_("One or two sentences for listings."))
    start_date = models.DateField(
        _("first day"),
        null=True,
        blank=True,
        help_text=_("Leave empty until the organisers announce the dates."),
    )
    end_date = models.DateField(_("last day"), null=True, blank=True)
    place = models.ForeignKey(
        "museum.PlacePage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="events",
        verbose_name=_("place"),
    )
    venue = models.CharField(
        _("venue"), max_length=255, blank=True, help_text=_("When the event has no place page.")
    )
    body = RichTextField(_("about the event"), blank=True, features=TEXT_FEATURES)
    organiser = models.CharField(_("organiser"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("start_date"), FieldPanel("end_date")]),
        PageChooserPanel("place", page_type="museum.PlacePage"),
        FieldPanel("venue"),
        FieldPanel("organiser"),
        FieldPanel("body"),
        InlinePanel("sources", heading=_("Sources"), label=_("source")),
    ]
    parent_page_types = ["museum.VisitIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")

    def clean(self):
        super().clean()
        if self.end_date and not self.start_date:
            raise ValidationError({"start_date": _("Give the first day as well.")})
        if self.start_date and self.end_date and self.end_date < self.start_date:
            raise ValidationError({"end_date": _("The last day is before the first day.")})

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def is_past(self):
        return bool(self.last_day and self.last_day < datetime.date.today())

    def public_place(self):
        place = self.place
        return (
            place if place and place.live and not place.get_view_restrictions().exists() else None
        )

    def structured_data(self, request):
        """The event as schema.org JSON-LD (``templates/base.html`` puts it in the head)."""
        return event(self, request)

    @path("ical/", name="ical")
    def ical(self, request):
        """The event as an iCalendar file, for a phone's calendar."""
        if not self.start_date:
            raise Http404("The dates of this event are not announced yet.")
        response = HttpResponse(
            event_calendar(self, request), content_type="text/calendar; charset=utf-8"
        )
        response["Content-Disposition"] = f'attachment; filename="{self.slug}.ics"'
        return response


class EventSource(CitedSource):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="sources")
