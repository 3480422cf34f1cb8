"""The value chain's GET forms: the product index's filters and the batch-code lookup.

Both read the query string through Django forms (``base.filters``): a value that is
not one of the choices, too long or not text at all drops that filter or shows a
message, never an error page.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from base.filters import GetFilterForm, Select


def star_choices():
    """The choices "at least n stars", n = 1…5, in the language of the request."""
    return [
        (str(n), ngettext("at least %(n)s star", "at least %(n)s stars", n) % {"n": n})
        for n in range(1, 6)
    ]


class ProductFilterForm(GetFilterForm):
    """Filters of the product index; the choices are filled by the index from its products."""

    species = forms.ChoiceField(label=_("Species"), required=False, widget=Select)
    stars = forms.ChoiceField(label=_("OCOP stars"), required=False, widget=Select)
    producer = forms.ChoiceField(label=_("Producer"), required=False, widget=Select)
    commune = forms.ChoiceField(label=_("Commune"), required=False, widget=Select)

    def __init__(self, data=None, *, options=None):
        super().__init__(data, options=options)
        # "All" first, as the other filters start (GetFilterForm adds it to options only).
        self.fields["stars"].choices = [("", _("All")), *star_choices()]

    def apply(self, products):
        """Filter ``products`` (a queryset); the values are choices, so ids are safe."""
        values = self.cleaned()
        if "species" in values:
            products = products.filter(ingredients__species_id=int(values["species"]))
        if "stars" in values:
            products = products.filter(ocop_stars__gte=int(values["stars"]))
        if "producer" in values:
            products = products.filter(producer_id=int(values["producer"]))
        if "commune" in values:
            products = products.filter(producer__commune_id=int(values["commune"]))
        return products.distinct()


class BatchCodeForm(forms.Form):
    """``?code=…``: a batch code as printed or typed, with or without dashes or spaces."""

    code = forms.CharField(
        label=_("Batch code"),
        max_length=60,
        help_text=_(
            "As printed on the package, e.g. SLC-2025-001. Dashes and spaces are optional."
        ),
    )

    def clean_code(self):
        # The index compares codes without separators (``codes.compact_code``); a code of
        # separators only would compare as nothing.
        code = self.cleaned_data["code"]
        if not any(c.isalnum() for c in code):
            raise forms.ValidationError(_("Type the letters and digits of the batch code."))
        return code
