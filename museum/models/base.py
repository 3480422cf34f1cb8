"""Site-wide pieces: the image model every page uses, the home page and short addresses."""

import datetime

from django.db import models
from django.db.models import F, Q
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.models import Orderable, Page

from knowledge.models.items import related_list


def public_pages(ids):
    """The live pages among ``ids`` that everyone may see, as their specific types, in the
    order of ``ids``: a fixed number of queries, however many pages."""
    ids = list(ids)
    found = {p.pk: p for p in Page.objects.filter(pk__in=ids).live().public().specific()}
    return [found[pk] for pk in ids if pk in found]


class CreditedImage(AbstractImage):
    """An image that knows who made it and under which licence it may be shown.

    Credit and licence are blank in the database because Wagtail's bulk upload
    creates an image from its file alone; every page that shows an image
    refuses one that still lacks them (see ``species.models.SpeciesImage``).
    """

    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Photographer or author, as it must appear under the image."),
    )
    licence = models.CharField(
        _("licence"),
        max_length=100,
        blank=True,
        help_text=_("For example CC BY 4.0, CC0, or 'used with permission of …'."),
    )
    source_url = models.URLField(_("source URL"), blank=True)

    admin_form_fields = Image.admin_form_fields + ("credit", "licence", "source_url")

    @property
    def is_credited(self):
        return bool(self.credit.strip() and self.licence.strip())


class CreditedRendition(AbstractRendition):
    image = models.ForeignKey(CreditedImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)


class IntroPage(Page):
    """A hub page: a title, a short introduction and a listing of its children."""

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    max_count = 1

    class Meta:
        abstract = True


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
        from museum.models import EventPage

        today = datetime.date.today()
        events = (
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(
                Q(end_date__gte=today)
                | Q(end_date__isnull=True, start_date__gte=today)
                | Q(start_date__isnull=True)
            )
            .order_by(F("start_date").asc(nulls_last=True), "path")
        )
        return events[:limit] if limit else events

    def get_context(self, request, *args, **kwargs):
        from knowledge.models import KnowledgeIndexPage, RemedyIndexPage
        from museum.models import ExhibitIndexPage, LessonIndexPage, MapPage, VisitIndexPage
        from species.models import ProtectedListPage, SpeciesIndexPage

        context = super().get_context(request, *args, **kwargs)
        context["featured_exhibits"] = public_pages(
            self.featured_exhibits.values_list("exhibit_id", flat=True)
        )
        species = self.species_of_the_month
        context["species_of_the_month"] = species if species and species.live else None
        context["upcoming_events"] = self.upcoming_events()
        # One query for all the ways in; the links need only each index's URL, so the
        # generic pages do (the first live child of each type, in tree order).
        children = {}
        for child in self.get_children().live():
            children.setdefault(child.specific_class, child)
        for name, model in (
            ("species_index", SpeciesIndexPage),
            ("exhibit_index", ExhibitIndexPage),
            ("visit_index", VisitIndexPage),
            ("map_page", MapPage),
            ("lesson_index", LessonIndexPage),
            ("remedy_index", RemedyIndexPage),
            ("knowledge_index", KnowledgeIndexPage),
        ):
            context[name] = children.get(model)
        context["protected_lists"] = ProtectedListPage.objects.live().descendant_of(self)
        return context


class HomeFeaturedExhibit(Orderable):
    page = ParentalKey(HomePage, on_delete=models.CASCADE, related_name="featured_exhibits")
    exhibit = models.ForeignKey(
        "museum.ExhibitPage", on_delete=models.CASCADE, related_name="+", verbose_name=_("exhibit")
    )

    panels = [FieldPanel("exhibit")]


class ShortCode(models.Model):
    """A page's stable short address, ``/q/<code>``, printed in QR labels.

    It points at the page itself, not at a URL, so it survives moves and
    renames; the code is never reused for another page.
    """

    code = models.SlugField(_("code"), max_length=12, unique=True)
    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="short_code", verbose_name=_("page")
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("short address")
        verbose_name_plural = _("short addresses")

    def __str__(self):
        return f"/q/{self.code}"


class CitesSources:
    """For pages with a ``sources`` inline: the list templates show, read in one query."""

    @cached_property
    def source_list(self):
        return related_list(self, "sources", "source")
