"""What every app builds on: sources and citations, credited images, places, reviews of
translations."""

from .images import CreditedImage, CreditedRendition
from .places import COMMUNE, EXACT, Commune, Located, Province, PublicLocation, check_point
from .sources import CitedSource, CitesSources, Source, optional_source, related_list
from .translation_reviews import TranslationReview

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
    "TranslationReview",
    "check_point",
    "optional_source",
    "related_list",
]
