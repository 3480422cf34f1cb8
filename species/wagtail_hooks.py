"""The catalogue's vocabularies in the admin, grouped under one menu, and the species
import."""

from django.http import Http404
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.documents import AccessScope
from species import admin_views
from species.models import (
    ConservationScheme,
    Family,
    PartUsed,
    SpeciesIndexPage,
    StrategicGroup,
    VernacularName,
)


class FamilyViewSet(SnippetViewSet):
    model = Family
    icon = "folder-open-inverse"
    list_display = ["latin_name", "name"]
    search_fields = ["latin_name", "name"]
    ordering = ["latin_name"]


class PartUsedViewSet(SnippetViewSet):
    model = PartUsed
    icon = "list-ul"
    list_display = ["name", "code"]


class StrategicGroupViewSet(SnippetViewSet):
    model = StrategicGroup
    icon = "pick"
    list_display = ["name", "code"]


class ConservationSchemeViewSet(SnippetViewSet):
    model = ConservationScheme
    icon = "warning"
    list_display = ["short_name", "name", "is_legal"]
    list_filter = ["is_legal"]


class CatalogueGroup(SnippetViewSetGroup):
    menu_label = _("Catalogue")
    menu_icon = "folder-open-1"
    menu_order = 200
    items = (FamilyViewSet, PartUsedViewSet, StrategicGroupViewSet, ConservationSchemeViewSet)


register_snippet(CatalogueGroup)


@hooks.register("before_serve_document")
def keep_restricted_pronunciations(document, request):
    """The recording of a name a community holds is served only to whom may see the name:
    the page hides the name, and its audio must not stay one address away."""
    names = list(VernacularName.objects.filter(audio=document))
    if names:
        scope = AccessScope.for_user(request.user)
        if not any(name.is_visible_to(scope) for name in names):
            raise Http404


@hooks.register("register_admin_urls")
def species_import_urls():
    return [
        path("species/import/", admin_views.import_upload, name="species_import"),
        path("species/import/confirm/", admin_views.import_confirm, name="species_import_confirm"),
    ]


class SpeciesImportMenuItem(MenuItem):
    """Shown to whoever may add species pages."""

    def is_shown(self, request):
        index = SpeciesIndexPage.objects.first()
        return bool(index and index.permissions_for_user(request.user).can_add_subpage())


@hooks.register("register_admin_menu_item")
def species_import_menu_item():
    return SpeciesImportMenuItem(
        _("Import species"), reverse("species_import"), icon_name="upload", order=205
    )
