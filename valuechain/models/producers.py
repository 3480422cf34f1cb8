"""Producers of the value chain, and the value chains that link them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from base.models import Commune

from .common import MaybeSample


class ProducerKind(models.TextChoices):
    ENTERPRISE = "enterprise", _("enterprise")
    COOPERATIVE = "cooperative", _("cooperative (HTX)")
    COOPERATIVE_GROUP = "cooperative-group", _("cooperative group")
    HOUSEHOLD_GROUP = "household-group", _("household group")
    SEEDLING_FACILITY = "seedling", _("seedling facility")
    PROCESSING_FACILITY = "processing", _("processing facility")


class ProducerIndexPage(Page):
    """Every producer of the chain, by kind and commune."""

    home_link = _("Producers and growing areas")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["valuechain.ProducerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("producer index")


class ProducerPage(MaybeSample, Page):
    """An enterprise, cooperative, group or facility that grows, makes or processes."""

    kind = models.CharField(_("kind"), max_length=20, choices=ProducerKind.choices)
    facility_code = models.CharField(
        _("facility code"),
        max_length=40,
        blank=True,
        help_text=_("For seedling and processing facilities, the code the authority granted."),
    )
    commune = models.ForeignKey(
        Commune,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
    )
    species = ParentalManyToManyField(
        "species.SpeciesPage",
        blank=True,
        related_name="producers",
        verbose_name=_("species grown or processed"),
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    contact_phone = models.CharField(_("public phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("public address"), max_length=255, blank=True)
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where these facts come from.")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("facility_code")]),
        FieldPanel("commune"),
        FieldPanel("species"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("website"),
                FieldPanel("address"),
            ],
            heading=_("Public contact"),
        ),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]
    parent_page_types = ["valuechain.ProducerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")


class ValueChain(MaybeSample, ClusterableModel):
    """A linked value chain (chuỗi liên kết): a lead producer and the members it buys from."""

    name = models.CharField(_("name"), max_length=200)
    species = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("species"),
    )
    lead = models.ForeignKey(
        ProducerPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads_chains",
        verbose_name=_("lead producer"),
    )
    members = ParentalManyToManyField(
        ProducerPage, blank=True, related_name="value_chains", verbose_name=_("members")
    )
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("species"), FieldPanel("lead")]),
        FieldPanel("members"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("value chain")
        verbose_name_plural = _("value chains")

    def __str__(self):
        return self.name
