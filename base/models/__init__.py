"""What every app builds on: sources and citations, credited images, places."""

from .images import CreditedImage, CreditedRendition
from .places import COMMUNE, EXACT, Commune, Located, Province, PublicLocation, check_point
from .sources import CitedSource, CitesSources, Source, optional_source, related_list

__all__ = [
    "COMMUNE",
    "EXACT",
    "CitedSource",
    "CitesSources",
    "Commune",
    "CreditedImage",
    "CreditedRendition",
    "Located",
    "Province",
    "PublicLocation",
    "Source",
    "check_point",
    "optional_source",
    "related_list",
]
