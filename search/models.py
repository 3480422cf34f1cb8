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


class StaleSearchEntry(models.Model):
    """An item whose change could not be written to a search index (the index was broken,
    locked or unreachable when it was published, restricted or taken down).

    While the entry exists the item is kept out of every search answer, and each search
    first tries again to remove it from the index; ``search_index update`` or
    ``rebuild`` puts it back as it is now and clears the entry.
    """

    key = models.CharField(max_length=200, unique=True)
    reason = models.CharField(max_length=500, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("stale search entry")
        verbose_name_plural = _("stale search entries")

    def __str__(self):
        return self.key
