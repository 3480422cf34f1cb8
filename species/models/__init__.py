"""The species catalogue: taxonomy, conservation schemes and the pages built on them."""

from .conservation import ConservationCategory, ConservationScheme, WildHarvest
from .index import SpeciesIndexPage
from .lists import ProtectedListAddition, ProtectedListPage
from .pages import (
    Distribution,
    LookAlike,
    SpeciesAssessment,
    SpeciesImage,
    SpeciesPage,
    SpeciesSource,
    Synonym,
    VernacularName,
)
from .taxonomy import Family, PartUsed, StrategicGroup

__all__ = [
    "ConservationCategory",
    "ConservationScheme",
    "Distribution",
    "Family",
    "LookAlike",
    "PartUsed",
    "ProtectedListAddition",
    "ProtectedListPage",
    "SpeciesAssessment",
    "SpeciesImage",
    "SpeciesIndexPage",
    "SpeciesPage",
    "SpeciesSource",
    "StrategicGroup",
    "Synonym",
    "VernacularName",
    "WildHarvest",
]
