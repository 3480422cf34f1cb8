"""Batches and their chain from plot to package: what a consumer's QR scan shows."""

from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.shortcuts import redirect
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from search.documents import Searchable
from valuechain.filters import BatchCodeForm

from .codes import compact_code, normalise_code
from .common import MaybeSample
from .producers import ProducerPage, public_page_ids
from .products import GTIN, ProductPage


class BatchIndexPage(Page):
    """Traceability: find a batch by its code; each batch has its own page."""

    home_link = _("Traceability: scan or type a batch code")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["valuechain.BatchPage"]
    max_count = 1

    per_page = 50

    class Meta:
        verbose_name = _("traceability index")

    def find_batch(self, code):
        """The live, public batch under this index whose code is ``code``, compared without
        separators or case; None when there is none."""
        compact = compact_code(code)
        if not compact:
            return None
        batches = BatchPage.objects.live().public().descendant_of(self)
        return batches.filter(batch_code_compact=compact).first()

    def serve(self, request, *args, **kwargs):
        """``?code=…`` sends the visitor to that batch's page; an unknown or malformed
        code shows the form again, with a message."""
        if "code" in request.GET:
            form = BatchCodeForm(request.GET)
            if form.is_valid():
                batch = self.find_batch(form.cleaned_data["code"])
                url = batch.get_url(request) if batch else None
                if url:
                    return redirect(url)
                form.add_error(
                    "code",
                    _("No batch has the code “%(code)s”. Check the code on the package.")
                    % {"code": form.data.get("code", "")[:60]},
                )
            return super().serve(request, *args, code_form=form, **kwargs)
        return super().serve(request, *args, **kwargs)

    def get_context(self, request, *args, code_form=None, **kwargs):
        """The lookup form (as sent, with its message) and the batches, a page at a time."""
        context = super().get_context(request, *args, **kwargs)
        batches = (
            BatchPage.objects.live()
            .public()
            .child_of(self)
            .order_by("-harvest_date", "batch_code")
            .select_related("product", "species")
        )
        page = Paginator(batches, self.per_page).get_page(request.GET.get("page"))
        context.update(
            code_form=code_form or BatchCodeForm(),
            batches_page=page,
            public_pages=public_page_ids([i for b in page for i in (b.product_id, b.species_id)]),
            shows_sample=any(b.is_sample for b in page),
        )
        return context


class BatchPage(Searchable, MaybeSample, Page):
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

    @property
    def digital_link_path(self):
        """The GS1 Digital Link address of the batch, when it or its product has a GTIN."""
        gtin = self.effective_gtin
        if not gtin:
            return ""
        return f"/01/{gtin.zfill(14)}/10/{quote(self.batch_code, safe='')}"

    @property
    def effective_gtin(self):
        """The batch's own GTIN, or else its product's."""
        if self.gtin:
            return self.gtin
        return self.product.gtin if self.product_id and self.product else ""

    def public_product(self):
        """The product, when its page is live and public."""
        if not self.product_id:
            return None
        return ProductPage.objects.live().public().filter(pk=self.product_id).first()

    def chain_producers(self):
        """The producers this batch names, its own and its product's, whose pages the
        public may open: a draft or restricted producer is not named here either."""
        ids = {self.producer_id}
        if self.product_id and self.product:
            ids.add(self.product.producer_id)
        ids.discard(None)
        return list(ProducerPage.objects.live().public().filter(pk__in=ids))

    def chain_certificates(self):
        """The certificates of the batch's growing area, product and producers."""
        certificates = []
        if self.growing_area_id:
            certificates += list(self.growing_area.certificates.all())
        product = self.public_product()
        if product is not None:
            certificates += list(product.certificates.all())
        for producer in self.chain_producers():
            certificates += list(producer.certificates.all())
        return list({c.pk: c for c in certificates}.values())

    def timeline(self):
        """The chain from plot to package, as entries in order: the planting year, the
        harvest (unless a harvest step records it), then the steps and lab tests by date
        (lab tests without a date last)."""
        steps = list(self.steps.select_related("facility").order_by("date", "sort_order"))
        tests = list(self.lab_tests.select_related("document").order_by("date", "sort_order"))
        entries = []
        area = self.growing_area if self.growing_area_id else None
        if area and area.planting_year:
            entries.append({"kind": "planting", "year": area.planting_year})
        harvest_step = any(
            s.kind == StepKind.HARVEST and s.date == self.harvest_date for s in steps
        )
        if self.harvest_date and not harvest_step:
            entries.append({"kind": "harvest", "date": self.harvest_date})
        dated = [{"kind": "step", "date": s.date, "step": s} for s in steps]
        dated += [{"kind": "lab", "date": t.date, "test": t} for t in tests if t.date]
        # A stable sort: on the same day a step comes before the test of what it made.
        entries += sorted(dated, key=lambda e: e["date"])
        entries += [{"kind": "lab", "date": None, "test": t} for t in tests if not t.date]
        return entries

    def get_context(self, request, *args, **kwargs):
        """The batch's warnings first, then its chain; every linked page is live and public."""
        context = super().get_context(request, *args, **kwargs)
        area = self.growing_area if self.growing_area_id else None
        certificates = self.chain_certificates()
        timeline = self.timeline()
        product = self.public_product()
        producer = (
            ProducerPage.objects.live().public().filter(pk=self.producer_id).first()
            if self.producer_id
            else None
        ) or (product.public_producer() if product else None)
        facilities = [e["step"].facility_id for e in timeline if e["kind"] == "step"]
        context.update(
            area=area,
            area_location=area.public_location() if area else None,
            expired_certificates=[c for c in certificates if c.expired],
            timeline=timeline,
            product=product,
            producer=producer,
            public_pages=public_page_ids(
                [*facilities, self.species_id, area.species_id if area else None]
            ),
            shows_sample=self.is_sample
            or (area is not None and area.is_sample)
            or any(c.is_sample for c in certificates),
        )
        return context

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
