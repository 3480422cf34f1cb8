"""The admin form of knowledge items: who may open access, and why each change happened."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.log_actions import log

from knowledge.access import is_steward
from search.documents import COMMUNITY, OPENNESS


def consent_summary(record):
    """One consent record as the audit log keeps it: who, when, for what, until when."""
    scope = [
        name
        for name, covered in (
            ("display", record.covers_display),
            ("research", record.covers_research),
            ("commercial", record.covers_commercial),
        )
        if covered
    ]
    return (
        f"{record.given_by} ({record.given_by_kind}), {record.date or '?'}; "
        f"scope: {', '.join(scope) or 'none'}; expires: {record.expires or 'never'}"
        + (f"; document: {record.document.name}" if record.document else "")
    )


class KnowledgeItemForm(WagtailAdminPageForm):
    """Curators may restrict an item; only knowledge stewards may open it wider.

    Opening wider is more than lowering the level: moving a community-only item
    to another community, adding, changing or removing a consent record (consent
    is what keeps an item online), changing the TK labels (the community's own
    statement of its protocol) and showing a stub of a withheld item are all the
    stewards' decisions. The rule is checked here, on the server, whatever the
    editor shows. A change of level, or of the community of a community-only
    item, needs a reason; every access change goes to the audit log with the
    user who made it, whether the change is published or waits in review.
    """

    access_change_reason = forms.CharField(
        label=_("Reason for the change of access level"),
        required=False,
        max_length=500,
        help_text=_("Required when the access level changes; kept in the audit log."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = self._stored(self.instance)
        self.previous_level = stored.access_level if stored else None
        self.previous_community = stored.community if stored else None
        self.previous_stub = stored.withheld_stub if stored else False
        self.previous_labels = _label_codes(stored.labels.all()) if stored else []
        self.previous_consents = _consent_summaries(stored.consents.all()) if stored else []

    @staticmethod
    def _stored(instance):
        """The item as it stands (its latest revision), not the revision being edited:
        reverting to an old, wider revision is a change like any other."""
        if not instance.pk:
            return None
        stored = type(instance).objects.filter(pk=instance.pk).first()
        return stored.get_latest_revision_as_object() if stored else instance

    def clean(self):
        cleaned = super().clean()
        if self.previous_level is not None and not is_steward(self.for_user):
            self._refuse_wider_protocol(cleaned)
        self._check_level(cleaned)
        return cleaned

    def _refuse_wider_protocol(self, cleaned):
        """Errors for a curator's changes, other than the level, that only stewards make."""
        community = cleaned.get("community")
        if (
            self.previous_level == COMMUNITY
            and cleaned.get("access_level") == COMMUNITY
            and community != self.previous_community
        ):
            self.add_error(
                "community",
                _(
                    "Only a knowledge steward can give a community-only item to another "
                    "community (from '%(old)s' to '%(new)s'). Ask a steward to review it."
                )
                % {"old": self.previous_community or "—", "new": community or "—"},
            )
        if "labels" in cleaned and _label_codes(cleaned["labels"]) != self.previous_labels:
            self.add_error(
                "labels",
                _(
                    "Only a knowledge steward can change the TK labels: they state the "
                    "community's protocol. Ask a steward to review it."
                ),
            )
        if cleaned.get("withheld_stub") and not self.previous_stub:
            self.add_error(
                "withheld_stub",
                _("Only a knowledge steward can show a stub of a withheld item."),
            )
        posted = self._posted_consents()
        if posted is not None and posted != self.previous_consents:
            self.add_error(
                None,
                _(
                    "Only a knowledge steward can add, change or remove a consent record: "
                    "consent decides whether the item is shown at all. Ask a steward to "
                    "record it."
                ),
            )

    def _posted_consents(self):
        """The consent records as the post would leave them, or None without the inline."""
        formset = self.formsets.get("consents")
        if formset is None:
            return None
        kept = []
        for form in formset.forms:
            form.is_valid()  # cleans the form: reads its DELETE box, fills its instance
            if formset.can_delete and form.cleaned_data.get("DELETE", False):
                continue
            if form.instance.pk is None and not form.has_changed():
                continue  # an empty extra form
            kept.append(form.instance)
        return _consent_summaries(kept)

    def _check_level(self, cleaned):
        level = cleaned.get("access_level")
        previous = self.previous_level
        reason = (cleaned.get("access_change_reason") or "").strip()
        if (
            previous == COMMUNITY
            and level == COMMUNITY
            and cleaned.get("community") != self.previous_community
            and not reason
        ):
            self.add_error(
                "access_change_reason", _("Say why the item moves to another community.")
            )
        if level is None or previous is None or level == previous:
            return
        labels = dict(self.fields["access_level"].choices)
        if OPENNESS[level] < OPENNESS[previous] and not is_steward(self.for_user):
            self.add_error(
                "access_level",
                ValidationError(
                    _(
                        "Only a knowledge steward can open this item to a wider audience "
                        "(from '%(old)s' to '%(new)s'). Ask a steward to review it."
                    )
                    % {"old": labels.get(previous, previous), "new": labels.get(level, level)}
                ),
            )
        if not reason:
            self.add_error("access_change_reason", _("Say why the access level changes."))

    def save(self, commit=True):
        page = super().save(commit=commit)
        reason = self.cleaned_data.get("access_change_reason", "")
        changes = []
        level = self.cleaned_data.get("access_level")
        if self.previous_level is None or level != self.previous_level:
            changes.append(("knowledge.access_level", {"from": self.previous_level, "to": level}))
        if self.previous_level is not None:
            community = self.cleaned_data.get("community")
            labels = _label_codes(page.labels.all())
            consents = _consent_summaries(page.consents.all())
            for field, before, after in (
                ("community", self.previous_community, community),
                ("withheld_stub", self.previous_stub, page.withheld_stub),
                ("labels", self.previous_labels, labels),
                ("consents", self.previous_consents, consents),
            ):
                if before != after:
                    change = {"field": field, "from": _loggable(before), "to": _loggable(after)}
                    changes.append(("knowledge.access_protocol", change))
        for action, change in changes:
            change["reason"] = reason
            if page.pk:
                log(instance=page, action=action, user=self.for_user, data=change)
        if not page.pk:
            # A new page has no id yet: the after_create_page hook writes the entries.
            page._access_changes = changes
        return page


def _label_codes(labels):
    return sorted(label.code for label in labels)


def _consent_summaries(records):
    return sorted(consent_summary(record) for record in records)


def _loggable(value):
    """A value as JSON keeps it: a community by its code, lists as they are."""
    if hasattr(value, "code"):
        return value.code
    return value
