"""Fields translated with modeltranslation (Vietnamese is the source language)."""

from modeltranslation.translator import TranslationOptions, register

from museum.models import (
    EventPage,
    EventSource,
    ExhibitIndexPage,
    ExhibitPage,
    ExhibitSource,
    GardenPage,
    GardenStationPage,
    HomePage,
    LessonIndexPage,
    LessonKitPage,
    MapPage,
    PlacePage,
    PlaceSource,
    TourPage,
    TourStop,
    VisitIndexPage,
)


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro", "species_of_the_month_note")


@register(ExhibitIndexPage)
@register(LessonIndexPage)
@register(VisitIndexPage)
@register(MapPage)
class IndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ExhibitPage)
class ExhibitPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(LessonKitPage)
class LessonKitPageTR(TranslationOptions):
    fields = ("age_group", "summary", "objectives", "teacher_notes", "worksheet", "quiz")


@register(PlacePage)
class PlacePageTR(TranslationOptions):
    fields = ("summary", "what_to_see", "how_to_get_there")


@register(GardenPage)
class GardenPageTR(TranslationOptions):
    fields = ("summary", "body", "how_to_get_there")


@register(GardenStationPage)
class GardenStationPageTR(TranslationOptions):
    fields = ("what_to_notice",)


@register(TourPage)
class TourPageTR(TranslationOptions):
    fields = ("summary", "body")


@register(TourStop)
class TourStopTR(TranslationOptions):
    fields = ("note",)


@register(EventPage)
class EventPageTR(TranslationOptions):
    fields = ("summary", "body", "venue")


# What a cited source supports is read by visitors under every page.
@register(ExhibitSource)
@register(PlaceSource)
@register(EventSource)
class CitedSourceTR(TranslationOptions):
    fields = ("supports",)
