"""The value chain's records: producers, areas, certificates, products, batches, figures."""

from .areas import AreaStatus, ForestType, GrowingArea
from .batches import BatchIndexPage, BatchLabTest, BatchPage, BatchStep, StepKind
from .certificates import Certificate, GeographicalIndication, Scheme, Scope
from .codes import compact_code, normalise_code, validate_growing_area_code
from .prices import Form, MarketPrice
from .producers import ProducerIndexPage, ProducerKind, ProducerPage, ValueChain
from .products import ProductImage, ProductIndexPage, ProductIngredient, ProductPage
from .statistics import DashboardPage, Indicator, Plan, PlanTarget, ProductionFigure

__all__ = [
    "AreaStatus",
    "BatchIndexPage",
    "BatchLabTest",
    "BatchPage",
    "BatchStep",
    "Certificate",
    "DashboardPage",
    "ForestType",
    "Form",
    "GeographicalIndication",
    "GrowingArea",
    "Indicator",
    "MarketPrice",
    "Plan",
    "PlanTarget",
    "ProducerIndexPage",
    "ProducerKind",
    "ProducerPage",
    "ProductImage",
    "ProductIndexPage",
    "ProductIngredient",
    "ProductPage",
    "ProductionFigure",
    "Scheme",
    "Scope",
    "StepKind",
    "ValueChain",
    "compact_code",
    "normalise_code",
    "validate_growing_area_code",
]
