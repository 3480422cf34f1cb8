"""What every value-chain record shares: the mark of sample data."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class MaybeSample(models.Model):
    """A record that may belong to the demo's sample set: invented, and said so everywhere.

    The facts hold no producer, product, batch, yearly output or price of the region;
    the demo shows how the site works with a sample set, and each page, chart and
    export that shows a sample record says "sample data, not real".
    """

    is_sample = models.BooleanField(
        _("sample data, not real"),
        default=False,
        help_text=_("Shown to visitors as sample data on every page, chart and export."),
    )

    class Meta:
        abstract = True
