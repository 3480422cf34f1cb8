"""The museum's Wagtail hooks: QR label sheets, the commune list, the page cache rule, and
the museum's places on each species' map."""

from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from base import page_cache
from base.models import Commune
from museum import admin_views
from museum.models import GardenStationPage, PlacePage
from museum.models.maps import map_items
from museum.shortcodes import wants_short_address


@hooks.register("before_serve_page")
def page_cache_rule(page, request, serve_args, serve_kwargs):
    page_cache.allow_for(page, request)


@hooks.register("register_admin_urls")
def qr_label_urls():
    return [path("museum/qr-labels/", admin_views.qr_labels, name="museum_qr_labels")]


@hooks.register("register_admin_menu_item")
def qr_labels_menu_item():
    return MenuItem(_("QR labels"), reverse("museum_qr_labels"), icon_name="doc-full", order=900)


@hooks.register("register_page_header_buttons")
def qr_label_button(page, user, view_name, next_url=None):
    if page.live and wants_short_address(page):
        yield Button(
            _("QR label"),
            reverse("museum_qr_labels") + f"?page={page.pk}",
            icon_name="download",
            priority=80,
        )


class CommuneViewSet(SnippetViewSet):
    """Communes with their centres: the coarse points of sensitive places."""

    model = Commune
    icon = "site"
    menu_label = _("Communes")
    menu_order = 300
    add_to_admin_menu = True
    list_display = ["name", "province", "former_district", "latitude", "longitude"]
    list_filter = ["province"]
    search_fields = ["name", "former_district"]


register_snippet(CommuneViewSet)


@hooks.register("species_map_places")
def museum_places_of_species(species, request):
    """The places and garden stations that show ``species``, at their public precision
    (``map_items`` applies the sensitive-location rule), for the species page's map."""
    if species.pk is None:
        return []  # a new species previewed in the admin: no place can show it yet
    # Asked with the pages, not as ids beforehand: two queries fewer on every species page.
    shows_it = Q(species=species)
    return [
        {
            "title": item["page"].title,
            "url": item["page"].get_url(request),
            "kind_label": item["kind_label"],
            "location": item["location"],
        }
        for item in map_items(
            where={PlacePage: shows_it, GardenStationPage: shows_it}, of_species=species
        )
        if item["location"] is not None
    ]
