"""Sources and citations: every fact the museum publishes points at one."""

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.models import Orderable
from wagtail.search import index


class Source(index.Indexed, models.Model):
    """A citation: book, article, web page, report, interview or field record.

    Every fact the museum publishes about a plant, a remedy or a law points
    at one of these, and pages show them formatted with ``formatted``.
    """

    class Kind(models.TextChoices):
        BOOK = "book", _("Book")
        ARTICLE = "article", _("Journal article")
        WEB = "web", _("Web page")
        REPORT = "report", _("Report")
        LEGAL = "legal", _("Legal text")
        DATASET = "dataset", _("Dataset")
        INTERVIEW = "interview", _("Interview")
        FIELD = "field", _("Field record")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.WEB)
    authors = models.CharField(_("authors"), max_length=500, blank=True)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=500)
    publisher = models.CharField(_("publisher, journal or website"), max_length=255, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    pages = models.CharField(_("pages"), max_length=50, blank=True)
    note = models.CharField(
        _("note"),
        max_length=500,
        blank=True,
        help_text=_("What this source is trusted for, or a caveat (e.g. 'secondary source')."),
    )

    panels = [
        FieldPanel("kind"),
        FieldPanel("title"),
        FieldRowPanel([FieldPanel("authors"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("publisher"), FieldPanel("pages")]),
        FieldPanel("url"),
        FieldPanel("note"),
    ]
    search_fields = [
        index.SearchField("title"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.AutocompleteField("title"),
    ]

    class Meta:
        # Created by the knowledge app; the table kept its name when the model moved here.
        db_table = "knowledge_source"
        ordering = ["title"]
        verbose_name = _("source")
        verbose_name_plural = _("sources")

    def __str__(self):
        return self.formatted()

    def formatted(self):
        """The citation as one line: Authors (year). Title. Publisher, pages."""
        head = self.authors or ""
        if self.year:
            head = f"{head} ({self.year})" if head else f"({self.year})"
        parts = [p for p in (head, self.title, self.publisher) if p]
        text = ". ".join(parts)
        if self.pages:
            text += f", {self.pages}"
        return text


def optional_source():
    """A field pointing at the Source a fact rests on (optional, kept if the source goes)."""
    return models.ForeignKey(
        Source,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("source"),
    )


class CitedSource(Orderable):
    """A source a page cites, with the facts it supports; each page type gives it a
    ``page`` key of its own (species, knowledge items, exhibits, places, events)."""

    source = models.ForeignKey(
        Source, on_delete=models.PROTECT, related_name="+", verbose_name=_("source")
    )
    supports = models.CharField(
        _("supports"),
        max_length=255,
        blank=True,
        help_text=_("Which facts on the page this source is cited for."),
    )

    panels = [FieldPanel("source"), FieldPanel("supports")]

    class Meta(Orderable.Meta):
        abstract = True
        verbose_name = _("source")
        verbose_name_plural = _("sources")


def related_list(obj, name, *select):
    """``obj.<name>`` as a list: from a prefetch when the queryset made one (into
    ``prefetched_<name>``, or the manager's cache), else one query."""
    prefetched = getattr(obj, f"prefetched_{name}", None)
    if prefetched is not None:
        return list(prefetched)
    if name in getattr(obj, "_prefetched_objects_cache", {}):
        return list(getattr(obj, name).all())
    return list(getattr(obj, name).select_related(*select))


class CitesSources:
    """For pages with a ``sources`` inline: the list templates show, read in one query."""

    @cached_property
    def source_list(self):
        return related_list(self, "sources", "source")
