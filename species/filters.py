"""The species index's filters: plain GET parameters, so every combination is a shareable URL."""

from django import forms
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, get_language

from base.filters import GetFilterForm, Select


class FamilyField(forms.ChoiceField):
    """A family by its Latin name in any case: "Araliaceae", as a flora writes it and a
    visitor types it, filters and shows as chosen the same as the link's "araliaceae"."""

    def to_python(self, value):
        return super().to_python(value).lower()

    def prepare_value(self, value):
        return value.lower() if isinstance(value, str) else value


class SpeciesFilterForm(GetFilterForm):
    """Filters and sort order for the catalogue; invalid values are ignored, never an error."""

    SORTS = [("name", _("Vietnamese name")), ("scientific", _("Scientific name"))]

    family = FamilyField(label=_("Family"), required=False, widget=Select)
    part = forms.ChoiceField(label=_("Part used"), required=False, widget=Select)
    status = forms.ChoiceField(label=_("Conservation status"), required=False, widget=Select)
    group = forms.ChoiceField(label=_("Strategic group"), required=False, widget=Select)
    province = forms.ChoiceField(label=_("Province"), required=False, widget=Select)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS, widget=Select)

    def apply(self, species):
        """Filter and sort ``species`` in the database; a queryset for the paginator.

        A filter on a related list (parts, assessments, groups, places) is a subquery of
        species ids, not a join: a join repeats a species once per matching row and
        needs DISTINCT, which over 10,000 species made the database compare every
        column of every row to count them and again to show 24."""
        values = self.cleaned()
        qs = species.select_related("family")
        model = species.model
        if "family" in values:
            qs = qs.filter(family__latin_name__iexact=values["family"])
        if "part" in values:
            with_part = model.objects.filter(parts_used__code=values["part"])
            qs = qs.filter(pk__in=with_part.values("pk"))
        if "status" in values:
            scheme, _sep, code = values["status"].partition(":")
            assessed = model.objects.filter(
                assessments__category__scheme__code=scheme, assessments__category__code=code
            )
            qs = qs.filter(pk__in=assessed.values("pk"))
        if "group" in values:
            grouped = model.objects.filter(strategic_groups__code=values["group"])
            qs = qs.filter(pk__in=grouped.values("pk"))
        if "province" in values:
            found = model.objects.filter(distribution__province=values["province"])
            qs = qs.filter(pk__in=found.values("pk"))
        if values.get("sort") == "scientific":
            order = [Lower("genus"), Lower("epithet"), Lower("infraspecific_name")]
        else:
            # The stored key of the language shown: the database sorts and pages, so page
            # 1 of 10,000 species reads 24 rows.
            order = [build_localized_fieldname("name_sort_key", get_language())]
        return qs.order_by(*order, "pk")
