"""Sources in the admin."""

from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from knowledge.models import Source


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    menu_label = _("Sources")
    add_to_admin_menu = True
    menu_order = 210
    list_display = ["title", "authors", "year", "kind"]
    list_filter = ["kind"]
    search_fields = ["title", "authors", "publisher"]


register_snippet(SourceViewSet)
