"""What every index page's filter form shares: plain GET values, forgiving of bad ones."""

from django import forms
from django.utils.http import urlencode


class GetFilterForm(forms.Form):
    """A filter form read from the query string; every combination is a shareable URL."""

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
