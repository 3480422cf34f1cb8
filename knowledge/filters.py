"""The remedy index's filters: condition, plant, part used, community, as plain GET URLs."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname

from base.filters import GetFilterForm, Select


class RemedyFilterForm(GetFilterForm):
    """Only values present among the visible remedies are offered; bad values are ignored."""

    condition = forms.ChoiceField(label=_("Used for"), required=False, widget=Select)
    plant = forms.ChoiceField(label=_("Plant"), required=False, widget=Select)
    part = forms.ChoiceField(label=_("Part used"), required=False, widget=Select)
    community = forms.ChoiceField(label=_("Community"), required=False, widget=Select)

    def __init__(self, data=None, *, options=None, more_plants=False):
        super().__init__(data, options=options)
        # A line under the select says that not every plant is in it, when that is so.
        if more_plants:
            self.fields["plant"].help_text = _(
                "The plants the most remedies use; a plant's page lists all its remedies."
            )

    def apply(self, remedies):
        """Filtered remedies in Vietnamese order (a queryset).

        A filter on a related list is a subquery of remedy ids, not a join, so no
        DISTINCT is needed to count them and show a page."""
        values = self.cleaned()
        model = remedies.model
        if "condition" in values:
            found = model.objects.filter(conditions__code=values["condition"])
            remedies = remedies.filter(pk__in=found.values("pk"))
        if "plant" in values:
            found = model.objects.filter(ingredients__species_id=values["plant"])
            remedies = remedies.filter(pk__in=found.values("pk"))
        if "part" in values:
            found = model.objects.filter(ingredients__part__code=values["part"])
            remedies = remedies.filter(pk__in=found.values("pk"))
        if "community" in values:
            remedies = remedies.filter(community__code=values["community"])
        # The stored key of the visitor's language: the database sorts and pages.
        key = build_localized_fieldname("name_sort_key", get_language())
        return remedies.order_by(key, "pk")
