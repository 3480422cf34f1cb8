"""The admin form of knowledge items: who may open access, and why each change happened."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.log_actions import log

from search.documents import COMMUNITY, PUBLIC, REGISTERED, WITHHELD

OPENNESS = {PUBLIC: 0, REGISTERED: 1, COMMUNITY: 2, WITHHELD: 3}


class KnowledgeItemForm(WagtailAdminPageForm):
    """Curators may restrict an item; only knowledge stewards may open it wider.

    Any change of level needs a reason, which goes to the audit log with the
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
        self.previous_level = self.instance.access_level if self.instance.pk else None

    def clean(self):
        from knowledge.access import is_steward

        cleaned = super().clean()
        level = cleaned.get("access_level")
        previous = self.previous_level
        if level is None or previous is None or level == previous:
            return cleaned
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
        if not (cleaned.get("access_change_reason") or "").strip():
            self.add_error("access_change_reason", _("Say why the access level changes."))
        return cleaned

    def save(self, commit=True):
        page = super().save(commit=commit)
        level = self.cleaned_data.get("access_level")
        if self.previous_level is None or level != self.previous_level:
            change = {
                "from": self.previous_level,
                "to": level,
                "reason": self.cleaned_data.get("access_change_reason", ""),
            }
            if page.pk:
                log(instance=page, action="knowledge.access_level", user=self.for_user, data=change)
            else:
                # A new page has no id yet: the after_create_page hook writes the entry.
                page._access_change = change
        return page
