"""Knowledge in the admin: snippets, the takedown action and access changes in the audit log."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import Button
from wagtail.log_actions import LogFormatter, log
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from base.models import Source
from knowledge import admin_views
from knowledge.access import is_steward
from knowledge.models import (
    LOCAL_CONTEXTS_URL,
    Community,
    Condition,
    KnowledgeItem,
    KnowledgePage,
    RemedyIngredient,
    TKLabel,
)


class SourceViewSet(SnippetViewSet):
    model = Source
    icon = "doc-full"
    menu_label = _("Sources")
    list_display = ["title", "authors", "year", "kind"]
    list_filter = ["kind"]
    search_fields = ["title", "authors", "publisher"]


class CommunityViewSet(SnippetViewSet):
    model = Community
    icon = "group"
    menu_label = _("Communities")
    list_display = ["name", "ethnic_group", "code"]
    search_fields = ["name", "ethnic_group"]


class ConditionViewSet(SnippetViewSet):
    model = Condition
    icon = "list-ul"
    menu_label = _("Conditions")
    list_display = ["name", "code"]


class TKLabelViewSet(SnippetViewSet):
    model = TKLabel
    icon = "tag"
    menu_label = _("TK labels")
    list_display = ["name", "code", "category"]
    list_filter = ["category"]


class KnowledgeGroup(SnippetViewSetGroup):
    items = (SourceViewSet, CommunityViewSet, ConditionViewSet, TKLabelViewSet)
    menu_icon = "doc-full"
    menu_label = _("Knowledge")
    menu_name = "knowledge"
    menu_order = 210


register_snippet(KnowledgeGroup)


@hooks.register("register_admin_urls")
def takedown_urls():
    return [
        path("knowledge/takedown/<int:page_id>/", admin_views.takedown, name="knowledge_takedown"),
        path(
            "knowledge/files/<path:name>",
            admin_views.protected_file,
            name="knowledge_protected_file",
        ),
    ]


def _takedown_button(page, user, priority):
    if isinstance(page.specific_deferred, KnowledgeItem) and page.live and is_steward(user):
        yield Button(
            _("Take down"),
            reverse("knowledge_takedown", args=[page.pk]),
            icon_name="warning",
            priority=priority,
        )


@hooks.register("register_page_header_buttons")
def takedown_header_button(page, user, view_name, next_url=None):
    yield from _takedown_button(page, user, 62)


@hooks.register("register_page_listing_more_buttons")
def takedown_listing_button(page, user, next_url=None):
    yield from _takedown_button(page, user, 42)


class _AccessLogFormatter(LogFormatter):
    def format_message(self, log_entry):
        data = log_entry.data or {}
        return _("Access level: %(from)s → %(to)s. Reason: %(reason)s") % {
            "from": data.get("from") or "—",
            "to": data.get("to") or "—",
            "reason": data.get("reason") or "—",
        }


class _ProtocolLogFormatter(LogFormatter):
    FIELDS = {
        "community": _("community"),
        "withheld_stub": _("show a stub when withheld"),
        "labels": _("TK labels"),
        "consents": _("consent records"),
    }

    def format_message(self, log_entry):
        data = log_entry.data or {}

        def shown(value):
            if isinstance(value, list):
                return "; ".join(str(v) for v in value) or "—"
            return "—" if value in (None, "") else str(value)

        return _("%(field)s: %(from)s → %(to)s. Reason: %(reason)s") % {
            "field": self.FIELDS.get(data.get("field"), data.get("field") or "—"),
            "from": shown(data.get("from")),
            "to": shown(data.get("to")),
            "reason": data.get("reason") or "—",
        }


@hooks.register("register_log_actions")
def knowledge_log_actions(actions):
    @actions.register_action("knowledge.access_level")
    class AccessLevelChanged(_AccessLogFormatter):
        label = _("Change access level")

    @actions.register_action("knowledge.access_protocol")
    class AccessProtocolChanged(_ProtocolLogFormatter):
        label = _("Change access protocol")

    @actions.register_action("knowledge.takedown")
    class TakenDown(_AccessLogFormatter):
        label = _("Take down")

    @actions.register_action("knowledge.consent_expired")
    class ConsentExpired(_AccessLogFormatter):
        label = _("Withdraw on expired consent")


def _log_access_change(request, page):
    for action, change in getattr(page, "_access_changes", ()):
        log(instance=page, action=action, user=request.user, data=change)


hooks.register("after_create_page", _log_access_change)


LOCAL_CONTEXTS_PROJECT_URL = "https://localcontextshub.org/projects/{}/"


@hooks.register("darwin_core_species_labels")
def darwin_core_species_labels(species_ids):
    """For the Darwin Core Archive (``species.darwin_core``): ``{species id: [label]}``,
    the TK labels of the knowledge about each species that everyone may see: public,
    consented, live, behind no password (remedies that use it, articles about it).
    Knowledge for registered visitors, a community or withheld lends nothing, not
    even a label's name. A label is ``{"code", "name", "community", "url"}``; the URL
    is the community's Local Contexts Hub project when it has one (the form GBIF's Local
    Contexts pilot cites), Local Contexts' description of the TK labels otherwise."""
    public = KnowledgeItem.objects.visible_to(None).public().values("pk")
    pairs = set(
        RemedyIngredient.objects.filter(species_id__in=species_ids, page__in=public).values_list(
            "species_id", "page_id"
        )
    )
    pairs |= set(
        KnowledgePage.species.through.objects.filter(
            speciespage_id__in=species_ids, knowledgepage_id__in=public
        ).values_list("speciespage_id", "knowledgepage_id")
    )
    items = {
        item.pk: item
        for item in KnowledgeItem.objects.filter(pk__in={item for _species, item in pairs})
        .select_related("community")
        .prefetch_related("labels")
    }
    found = {}
    for species_id, item_id in sorted(pairs):
        item = items[item_id]
        community = item.community
        project = community.local_contexts_project_id if community else ""
        for label in item.labels.all():
            entry = {
                "code": label.code,
                "name": label.name,
                "community": community.name if community else "",
                "url": LOCAL_CONTEXTS_PROJECT_URL.format(project)
                if project
                else LOCAL_CONTEXTS_URL,
            }
            if entry not in found.setdefault(species_id, []):
                found[species_id].append(entry)
    return found
