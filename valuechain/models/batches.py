"""Batches and their chain from plot to package: what a consumer's QR scan shows."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from .codes import compact_code, normalise_code
from .common import MaybeSample
from .products import GTIN


class BatchIndexPage(Page):
    """Traceability: find a batch by its code; each batch has its own page."""

    home_link = _("Traceability: scan or type a batch code")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["valuechain.BatchPage"]
    max_count = 1

    class Meta:
        verbose_name = _("traceability index")


class BatchPage(MaybeSample, Page):
    """A batch of raw material or product, with its short address for the QR label."""

    has_short_address = True  # /q/<code>, printed on the product's QR label

    batch_code = models.CharField(_("batch code"), max_length=40, unique=True)
    batch_code_compact = models.CharField(max_length=40, editable=False, db_index=True)
    product = models.ForeignKey(
        "valuechain.ProductPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="batches",
        verbose_name=_("product"),
    )
    species = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="batches",
        verbose_name=_("species (raw material)"),
    )
    part = models.ForeignKey(
        "species.PartUsed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("part"),
    )
    growing_area = models.ForeignKey(
        "valuechain.GrowingArea",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="batches",
        verbose_name=_("growing area"),
    )
    producer = models.ForeignKey(
        "valuechain.ProducerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="batches",
        verbose_name=_("producer"),
    )
    cultivation_protocol = models.TextField(_("cultivation protocol"), blank=True)
    harvest_date = models.DateField(_("harvest date"), null=True, blank=True)
    quantity_kg = models.DecimalField(
        _("quantity (kg)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    gtin = models.CharField(
        _("GTIN (barcode)"),
        max_length=14,
        blank=True,
        validators=[GTIN],
        help_text=_("When given, the GS1 Digital Link address /01/<GTIN>/10/<batch> leads here."),
    )
    recalled = models.BooleanField(_("recalled"), default=False)
    recall_reason = models.TextField(_("why it was recalled"), blank=True)

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("batch_code"), FieldPanel("gtin")]),
        FieldRowPanel([FieldPanel("product"), FieldPanel("producer")]),
        FieldRowPanel([FieldPanel("species"), FieldPanel("part")]),
        FieldPanel("growing_area"),
        FieldPanel("cultivation_protocol"),
        FieldRowPanel([FieldPanel("harvest_date"), FieldPanel("quantity_kg")]),
        InlinePanel("steps", heading=_("From plot to package"), label=_("step")),
        InlinePanel("lab_tests", heading=_("Lab tests"), label=_("lab test")),
        MultiFieldPanel([FieldPanel("recalled"), FieldPanel("recall_reason")], heading=_("Recall")),
        FieldPanel("is_sample"),
    ]
    parent_page_types = ["valuechain.BatchIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("batch")
        verbose_name_plural = _("batches")

    def clean(self):
        super().clean()
        self.batch_code = normalise_code(self.batch_code)
        if self.recalled and not self.recall_reason:
            raise ValidationError({"recall_reason": _("Say why the batch was recalled.")})

    def save(self, *args, **kwargs):
        self.batch_code = normalise_code(self.batch_code)
        self.batch_code_compact = compact_code(self.batch_code)
        super().save(*args, **kwargs)


class StepKind(models.TextChoices):
    SEEDLING = "seedling", _("seedlings")
    PLANTING = "planting", _("planting")
    HARVEST = "harvest", _("harvest")
    PRIMARY = "primary", _("primary processing (sơ chế)")
    PROCESSING = "processing", _("processing (chế biến)")
    PACKAGING = "packaging", _("packaging")
    SHIPPING = "shipping", _("shipping")


class BatchStep(Orderable):
    """One step of the chain: what was done, when, and by which facility."""

    page = ParentalKey(BatchPage, on_delete=models.CASCADE, related_name="steps")
    kind = models.CharField(_("step"), max_length=20, choices=StepKind.choices)
    date = models.DateField(_("date"))
    facility = models.ForeignKey(
        "valuechain.ProducerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("facility"),
    )
    note = models.CharField(_("what was done"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("date")]),
        FieldPanel("facility"),
        FieldPanel("note"),
    ]


class BatchLabTest(Orderable):
    """A laboratory test of the batch, with its report."""

    page = ParentalKey(BatchPage, on_delete=models.CASCADE, related_name="lab_tests")
    name = models.CharField(_("test"), max_length=200)
    laboratory = models.CharField(_("laboratory"), max_length=200, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    result = models.CharField(_("result"), max_length=255, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("report"),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("date")]),
        FieldRowPanel([FieldPanel("laboratory"), FieldPanel("result")]),
        FieldPanel("document"),
    ]
