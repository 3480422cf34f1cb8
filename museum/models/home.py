"""The home page: featured exhibits, the species of the month, coming events and the
ways into every collection."""

import datetime

from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base.page_queries import from_own_table
from species.models import ProtectedListPage

from .base import public_pages
from .visits import EventPage


class HomePage(Page):
    """The museum's front door: featured exhibits, a species of the month, coming
    festivals, a search box and the ways into the collections."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    species_of_the_month = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("species of the month"),
    )
    species_of_the_month_note = models.TextField(
        _("why this species now"),
        blank=True,
        help_text=_("One or two sentences: a season, a festival, a harvest."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        InlinePanel(
            "featured_exhibits", heading=_("Featured exhibits"), label=_("exhibit"), max_num=3
        ),
        MultiFieldPanel(
            [FieldPanel("species_of_the_month"), FieldPanel("species_of_the_month_note")],
            heading=_("Species of the month"),
        ),
    ]

    max_count = 1
    parent_page_types = ["wagtailcore.Page"]

    def upcoming_events(self, limit=3):
        """Live public events that have not ended, soonest first; undated ones last."""
        today = datetime.date.today()
        events = (
            from_own_table(EventPage.objects.live().public().descendant_of(self))
            .filter(
                Q(end_date__gte=today)
                | Q(end_date__isnull=True, start_date__gte=today)
                | Q(start_date__isnull=True)
            )
            .order_by(F("start_date").asc(nulls_last=True), "path")
        )
        return events[:limit] if limit else events

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["featured_exhibits"] = public_pages(
            self.featured_exhibits.values_list("exhibit_id", flat=True)
        )
        species = self.species_of_the_month
        context["species_of_the_month"] = species if species and species.live else None
        context["upcoming_events"] = self.upcoming_events()
        context["collections"] = self.collections()
        context["protected_lists"] = from_own_table(
            ProtectedListPage.objects.live().descendant_of(self)
        )
        return context

    def collections(self):
        """The ways into the collections: each live child whose type names a home link
        (``home_link``), in the order curators give them in the page tree. One query;
        the links need only each page's URL, so the generic pages do."""
        links = []
        for child in self.get_children().live().public():
            label = getattr(child.specific_class, "home_link", None)
            if label:
                links.append({"page": child, "label": label})
        return links


class HomeFeaturedExhibit(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_exhibits")
    exhibit = models.ForeignKey(
        "museum.ExhibitPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("exhibit")
    )

    panels = [FieldPanel("exhibit")]
