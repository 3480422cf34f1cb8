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
from knowledge.models import Community, Condition, KnowledgeItem, TKLabel


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
