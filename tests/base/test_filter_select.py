"""The index pages' filter selects are the HTML Django's select would write: the same
options, the visitor's choice selected, its help text announced, the same widget type."""

import pytest
from django import forms
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from base import filters
from base.filters import GetFilterForm


def filter_fields(widget):
    """The fields of a filter form, each select drawn by ``widget``."""
    return {
        "plant": forms.ChoiceField(label="Plant", required=False, widget=widget),
        "part": forms.ChoiceField(
            label="Part", required=False, help_text="Parts used <b>&</b>", widget=widget
        ),
        "level": forms.ChoiceField(required=True, choices=[("", "---"), ("a", "A")], widget=widget),
        "kind": forms.ChoiceField(
            required=False, disabled=True, choices=[("x", "X")], widget=widget
        ),
    }


class OptionsForm(forms.Form):
    """A plain form filled with options as ``GetFilterForm`` fills them."""

    def __init__(self, data=None, *, options=None):
        super().__init__(data)
        for name, choices in (options or {}).items():
            self.fields[name].choices = [("", _("All")), *choices]


DjangosForm = type("DjangosForm", (OptionsForm,), filter_fields(forms.Select))
PlantForm = type("PlantForm", (GetFilterForm,), filter_fields(filters.Select))


OPTIONS = {
    "plant": [("7", "Sâm Lai Châu"), (12, 'Quế "Yên Bái" <Trà Bồng>')],
    "part": [("root", "Rễ"), ("leaf", _("Leaf"))],
}


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"plant": "12"},
        {"plant": "999", "part": "leaf"},  # an option that is not offered, and a good one
        {"plant": "", "level": "a"},
        {"level": "nope"},  # a required field with a bad value: its error is announced
    ],
)
@pytest.mark.parametrize("language", ["vi", "en"])
def test_filter_selects_write_what_djangos_select_writes(data, language):
    with translation.override(language):
        ours, djangos = PlantForm(data, options=OPTIONS), DjangosForm(data, options=OPTIONS)
        ours.is_valid(), djangos.is_valid()
        for name in ("plant", "part", "level", "kind"):
            assert isinstance(ours[name].field.widget, filters.Select)
            assert str(ours[name]) == str(djangos[name])
            assert ours[name].widget_type == djangos[name].widget_type == "select"
        assert ours.as_div() == djangos.as_div()


def test_the_chosen_plant_is_selected_and_labels_are_escaped():
    html = str(PlantForm({"plant": "12"}, options=OPTIONS)["plant"])
    assert '<option value="12" selected>Quế &quot;Yên Bái&quot; &lt;Trà Bồng&gt;</option>' in html
    assert '<option value="7">Sâm Lai Châu</option>' in html
    assert 'aria-describedby="id_part_helptext"' in str(PlantForm(options=OPTIONS)["part"])


def test_the_sites_filter_forms_draw_their_selects_with_the_one_template_select():
    """Django's select, drawn option by option, was a sixth of the remedy index."""
    from base.admin_views import TranslationFilter
    from knowledge.filters import RemedyFilterForm
    from species.filters import SpeciesFilterForm
    from valuechain.filters import ProductFilterForm

    for form in (SpeciesFilterForm, RemedyFilterForm, ProductFilterForm, TranslationFilter):
        selects = [f for f in form.base_fields.values() if isinstance(f, forms.ChoiceField)]
        assert selects, form
        for field in selects:
            assert type(field.widget) is filters.Select, (form, field.label)
