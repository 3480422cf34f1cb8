"""The museum's models: site-wide pieces, exhibits, visits (places, gardens, tours,
events, the map) and lesson kits for schools."""

from .base import ShortCode
from .exhibits import ExhibitIndexPage, ExhibitPage, ExhibitSource
from .home import HomeFeaturedExhibit, HomePage
from .lessons import LessonIndexPage, LessonKitPage
from .maps import MapPage
from .visits import (
    EventPage,
    EventSource,
    GardenPage,
    GardenStationPage,
    PlacePage,
    PlaceSource,
    TourPage,
    TourStop,
    VisitIndexPage,
)

__all__ = [
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
    "MapPage",
    "PlacePage",
    "PlaceSource",
    "ShortCode",
    "TourPage",
    "TourStop",
    "VisitIndexPage",
]
