"""The value chain's records in the admin, grouped under one menu."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from valuechain.models import (
    Certificate,
    GeographicalIndication,
    GrowingArea,
    MarketPrice,
    PlanTarget,
    ProductionFigure,
    ValueChain,
)


class GrowingAreaViewSet(SnippetViewSet):
    model = GrowingArea
    icon = "site"
    list_display = ["code", "name", "species", "commune", "area_ha", "status", "is_sample"]
    list_filter = ["status", "under_canopy", "forest_type", "is_sample"]
    search_fields = ["code", "code_compact", "name"]


class CertificateViewSet(SnippetViewSet):
    model = Certificate
    icon = "success"
    list_display = ["__str__", "holder_label", "scope", "valid_until", "is_sample"]
    list_filter = ["scheme", "scope", "is_sample"]
    search_fields = ["number", "holder_name"]


class GeographicalIndicationViewSet(SnippetViewSet):
    model = GeographicalIndication
    icon = "globe"
    list_display = ["name", "product_name", "number", "date"]
    search_fields = ["name", "product_name", "number"]


class ValueChainViewSet(SnippetViewSet):
    model = ValueChain
    icon = "link"
    list_display = ["name", "species", "lead", "is_sample"]
    search_fields = ["name"]


class ProductionFigureViewSet(SnippetViewSet):
    model = ProductionFigure
    icon = "table"
    list_display = ["species", "province", "commune", "year", "area_planted_ha", "output_tonnes"]
    list_filter = ["province", "year", "is_sample"]


class PlanTargetViewSet(SnippetViewSet):
    model = PlanTarget
    icon = "pick"
    list_display = ["indicator", "plan", "species", "year", "value"]
    list_filter = ["plan", "indicator"]


class MarketPriceViewSet(SnippetViewSet):
    model = MarketPrice
    icon = "tag"
    list_display = ["species", "part", "form", "market", "date", "price_vnd_per_kg", "is_sample"]
    list_filter = ["form", "is_sample"]
    search_fields = ["market"]


class ValueChainGroup(SnippetViewSetGroup):
    menu_label = _("Value chain")
    menu_icon = "site"
    menu_order = 250
    items = (
        GrowingAreaViewSet,
        CertificateViewSet,
        GeographicalIndicationViewSet,
        ValueChainViewSet,
        ProductionFigureViewSet,
        PlanTargetViewSet,
        MarketPriceViewSet,
    )


register_snippet(ValueChainGroup)
