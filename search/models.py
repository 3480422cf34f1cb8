"""Curated search synonyms, edited in the admin."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class SearchSynonym(models.Model):
    """Words that mean the same to a visitor, e.g. 'nhân sâm, ginseng'.

    A query containing one of the terms also finds the others.
    """

    terms = models.CharField(
        _("terms"),
        max_length=500,
        help_text=_("Two or more words or phrases separated by commas, e.g. 'nhân sâm, ginseng'."),
    )
    panels = [FieldPanel("terms")]

    class Meta:
        verbose_name = _("search synonym")
        verbose_name_plural = _("search synonyms")
        ordering = ["terms"]

    def __str__(self):
        return self.terms

    def group(self):
        return [t.strip() for t in self.terms.split(",") if t.strip()]
