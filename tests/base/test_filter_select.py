"""The index pages' filter selects are the HTML Django's select would write: the same
options, the visitor's choice selected, its help text announced."""

import pytest
from django import forms
from django.utils import translation

from base.filters import FilterSelect, GetFilterForm


class PlantForm(GetFilterForm):
    plant = forms.ChoiceField(label="Plant", required=False)
    part = forms.ChoiceField(label="Part", required=False, help_text="Parts used <b>&</b>")
    level = forms.ChoiceField(required=True, choices=[("", "---"), ("a", "A")])


OPTIONS = {
    "plant": [("7", "Sâm Lai Châu"), ("12", 'Quế "Yên Bái" <Trà Bồng>')],
    "part": [("root", "Rễ"), ("leaf", "Lá")],
}


def djangos_select(field):
    """``field`` as Django's own select writes it."""
    widget = forms.Select(attrs=field.field.widget.attrs, choices=field.field.choices)
    widget.is_required = field.field.required
    return field.as_widget(widget=widget)


@pytest.mark.parametrize(
    "data",
    [
        None,
        {"plant": "12"},
        {"plant": "999", "part": "leaf"},  # an option that is not offered, and a good one
        {"plant": "", "level": "a"},
    ],
)
def test_filter_selects_write_what_djangos_select_writes(data):
    with translation.override("vi"):
        form = PlantForm(data, options=OPTIONS)
        for name in ("plant", "part", "level"):
            field = form[name]
            assert isinstance(field.field.widget, FilterSelect)
            assert str(field) == djangos_select(field)


def test_the_chosen_plant_is_selected_and_labels_are_escaped():
    html = str(PlantForm({"plant": "12"}, options=OPTIONS)["plant"])
    assert '<option value="12" selected>Quế &quot;Yên Bái&quot; &lt;Trà Bồng&gt;</option>' in html
    assert '<option value="7">Sâm Lai Châu</option>' in html
    assert 'aria-describedby="id_part_helptext"' in str(PlantForm(options=OPTIONS)["part"])
