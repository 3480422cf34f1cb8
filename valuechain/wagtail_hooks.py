"""The value chain's records in the admin, grouped under one menu, and its imports."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from valuechain import admin_views
from valuechain.importer import KINDS
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


@hooks.register("register_admin_urls")
def import_urls():
    return [
        path("valuechain/import/", admin_views.import_index, name="valuechain_import_index"),
        path("valuechain/import/<str:kind>/", admin_views.import_upload, name="valuechain_import"),
        path(
            "valuechain/import/<str:kind>/confirm/",
            admin_views.import_confirm,
            name="valuechain_import_confirm",
        ),
        path(
            "valuechain/import/<str:kind>/done/",
            admin_views.import_done,
            name="valuechain_import_done",
        ),
        path(
            "valuechain/import/<str:kind>/template.csv",
            admin_views.import_template,
            name="valuechain_import_template",
        ),
    ]


class ImportMenuItem(MenuItem):
    """Shown to whoever may import at least one kind."""

    def is_shown(self, request):
        return any(kind.permitted(request.user) for kind in KINDS.values())


@hooks.register("register_admin_menu_item")
def import_menu_item():
    return ImportMenuItem(
        _("Import value chain"),
        reverse("valuechain_import_index"),
        icon_name="upload",
        order=260,
    )
