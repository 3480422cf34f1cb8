"""The museum's models: site-wide pieces, exhibits, visits (places, gardens, tours,
events, the map) and lesson kits for schools."""

from .base import CreditedImage, CreditedRendition, HomeFeaturedExhibit, HomePage, ShortCode
from .exhibits import ExhibitIndexPage, ExhibitPage, ExhibitSource
from .lessons import LessonIndexPage, LessonKitPage
from .locations import Commune, Located, PublicLocation
from .visits import (
    EventPage,
    EventSource,
    GardenPage,
    GardenStationPage,
    MapPage,
    PlacePage,
    PlaceSource,
    TourPage,
    TourStop,
    VisitIndexPage,
)

__all__ = [
    "Commune",
    "CreditedImage",
    "CreditedRendition",
    "EventPage",
    "EventSource",
    "ExhibitIndexPage",
    "ExhibitPage",
    "ExhibitSource",
    "GardenPage",
    "GardenStationPage",
    "HomeFeaturedExhibit",
    "HomePage",
    "LessonIndexPage",
    "LessonKitPage",
    "Located",
    "MapPage",
    "PlacePage",
    "PlaceSource",
    "PublicLocation",
    "ShortCode",
    "TourPage",
    "TourStop",
    "VisitIndexPage",
]
