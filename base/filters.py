"""What every index page's filter form shares: plain GET values, forgiving of bad ones.

Ids typed by visitors go through ``IdField``, never ``int()`` after ``str.isdigit()``:
``isdigit()`` is true for '²', which ``int()`` refuses; ``int()`` reads '٣' and
'1_000' and refuses more than 4,300 digits; and a number past 2**63 - 1 makes
SQLite's driver raise OverflowError (Django guards a plain integer lookup, but not
one through a relation, such as a page's subclass or a foreign key).
"""

import re

from django import forms
from django.core.exceptions import ValidationError
from django.template.loader import render_to_string
from django.utils.http import urlencode
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _

# The widest integer column of any supported database (SQLite INTEGER, PostgreSQL
# bigint): every primary key fits, and the drivers refuse anything larger.
MAX_ID = 2**63 - 1
_ASCII_DIGITS = re.compile(r"[0-9]{1,19}")
# A map or a tour names a few hundred pages at most; a longer list is cut here rather
# than sent to the database as thousands of parameters.
MAX_IDS = 500


class IdField(forms.IntegerField):
    """A positive whole number typed by a visitor (an id, a page number): ASCII digits
    only, within what the database can compare, or a validation error."""

    def __init__(self, **kwargs):
        kwargs.setdefault("min_value", 1)
        kwargs.setdefault("max_value", MAX_ID)
        super().__init__(**kwargs)

    def to_python(self, value):
        if value not in self.empty_values:
            value = str(value).strip()
            if not _ASCII_DIGITS.fullmatch(value):
                raise ValidationError(self.error_messages["invalid"], code="invalid")
        return super().to_python(value)


def parse_id(value):
    """``value`` as an id if it is one (see ``IdField``), else None."""
    try:
        return IdField(required=False).clean(value)
    except ValidationError:
        return None


class IdListField(forms.Field):
    """Comma-separated ids (``?ids=3,7``); entries that are not ids are dropped."""

    def to_python(self, value):
        if value in self.empty_values:
            return []
        ids = (parse_id(part) for part in str(value).split(",")[:MAX_IDS])
        return list(dict.fromkeys(i for i in ids if i is not None))


class Select(forms.Select):
    """A select whose options are written in one template, the same HTML as Django's.

    Django's select includes a template for each option, and that one another for its
    attributes: a remedy index's plant filter (a hundred plants) spent a sixth of the
    page there. Rendered with the site's templates (``templates/base/widgets/``), which
    Django's form renderer does not search, and stripped as that renderer strips. Named
    ``Select`` because the name is the widget's type: Django's ``widget_type`` and the
    Wagtail admin's field classes (``w-field--select``, which its styles lay out) are
    the same as for Django's select."""

    template_name = "base/widgets/filter_select.html"

    def render(self, name, value, attrs=None, renderer=None):
        context = self.get_context(name, value, attrs)
        return mark_safe(render_to_string(self.template_name, context).strip())


class GetFilterForm(forms.Form):
    """A filter form read from the query string; every combination is a shareable URL.

    ``options`` fills choice fields (``{name: [(value, label), ...]}``) after an "All"
    choice: the page that owns the form knows which values its listing holds, so the form
    itself never queries the models it filters.
    """

    def __init__(self, data=None, *, options=None):
        super().__init__(data)
        for name, choices in (options or {}).items():
            self.fields[name].choices = [("", _("All")), *choices]

    def cleaned(self):
        """The valid filter values; a bad value in one field drops only that field."""
        if not self.is_bound:
            return {}
        self.is_valid()
        return {k: v for k, v in getattr(self, "cleaned_data", {}).items() if v}

    def active_query(self, **changes):
        """The query string of the current filters with ``changes`` applied (for links)."""
        params = dict(self.cleaned())
        params.update(changes)
        return urlencode({k: v for k, v in params.items() if v})
