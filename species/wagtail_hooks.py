"""The catalogue's vocabularies in the admin, grouped under one menu."""

from django.http import Http404
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from search.documents import AccessScope
from species.models import (
    ConservationScheme,
    Family,
    PartUsed,
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
