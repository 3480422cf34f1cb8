"""Certificates (GACP-WHO, organic, VietGAP…) and geographical indications."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from .common import MaybeSample


class Scheme(models.TextChoices):
    GACP_WHO = "gacp-who", "GACP-WHO"
    GACP_VN = "gacp-vn", "GACP-Vietnam"
    ORGANIC = "organic", _("organic")
    VIETGAP = "vietgap", "VietGAP"
    GMP = "gmp", "GMP"
    FSC = "fsc", _("FSC (sustainable forest)")
    PEFC = "vfcs-pefc", _("VFCS/PEFC (sustainable forest)")
    UEBT = "uebt", "UEBT"
    OTHER = "other", _("other")


class Scope(models.TextChoices):
    AREA = "area", _("growing area")
    FACILITY = "facility", _("facility")
    PRODUCT = "product", _("product")


class Certificate(MaybeSample, models.Model):
    """A certificate held by a producer for an area, a facility or a product."""

    scheme = models.CharField(_("scheme"), max_length=20, choices=Scheme.choices)
    number = models.CharField(_("number"), max_length=80, blank=True)
    issuer = models.CharField(_("issued by"), max_length=200, blank=True)
    holder = models.ForeignKey(
        "valuechain.ProducerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="certificates",
        verbose_name=_("holder"),
    )
    holder_name = models.CharField(_("holder, if not a producer here"), max_length=200, blank=True)
    scope = models.CharField(_("scope"), max_length=20, choices=Scope.choices)
    growing_area = models.ForeignKey(
        "valuechain.GrowingArea",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("growing area"),
    )
    product = models.ForeignKey(
        "valuechain.ProductPage",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="certificates",
        verbose_name=_("product"),
    )
    scope_note = models.CharField(_("what it covers"), max_length=255, blank=True)
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    document = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("certificate document"),
    )
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("scheme"), FieldPanel("number")]),
        FieldRowPanel([FieldPanel("holder"), FieldPanel("holder_name")]),
        FieldPanel("issuer"),
        MultiFieldPanel(
            [
                FieldPanel("scope"),
                FieldRowPanel([FieldPanel("growing_area"), FieldPanel("product")]),
                FieldPanel("scope_note"),
            ],
            heading=_("What it covers"),
        ),
        FieldRowPanel([FieldPanel("valid_from"), FieldPanel("valid_until")]),
        FieldPanel("document"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["scheme", "number"]
        verbose_name = _("certificate")
        verbose_name_plural = _("certificates")

    def __str__(self):
        return " ".join(p for p in (self.get_scheme_display(), self.number) if p)

    def clean(self):
        super().clean()
        errors = {}
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("A certificate cannot end before it starts.")
        if self.scope == Scope.AREA and not self.growing_area_id:
            errors["growing_area"] = _("Choose the growing area this certificate covers.")
        if self.scope == Scope.PRODUCT and not self.product_id:
            errors["product"] = _("Choose the product this certificate covers.")
        if not self.holder_id and not self.holder_name:
            errors["holder_name"] = _("Name the holder, or choose a producer.")
        if errors:
            raise ValidationError(errors)

    def is_expired(self, day=None):
        """True once the last day of validity has passed (in the site's time zone)."""
        day = day or timezone.localdate()
        return self.valid_until is not None and self.valid_until < day

    @property
    def expired(self):
        return self.is_expired()

    @property
    def holder_label(self):
        return self.holder.title if self.holder_id else self.holder_name


class GeographicalIndication(ClusterableModel):
    """A geographical indication (chỉ dẫn địa lý) registered with the IP office."""

    name = models.CharField(_("name"), max_length=200, help_text=_("e.g. Văn Yên"))
    product_name = models.CharField(_("product"), max_length=200, help_text=_("e.g. cassia"))
    number = models.CharField(_("certificate number"), max_length=40, blank=True)
    decision = models.CharField(_("decision"), max_length=120, blank=True)
    date = models.DateField(_("date"), null=True, blank=True)
    holder = models.CharField(_("holder"), max_length=200, blank=True)
    area = models.TextField(_("area it covers"), blank=True)
    species = ParentalManyToManyField(
        "species.SpeciesPage",
        blank=True,
        related_name="geographical_indications",
        verbose_name=_("species"),
    )
    source = models.CharField(_("source"), max_length=255)

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("product_name")]),
        FieldRowPanel([FieldPanel("number"), FieldPanel("decision"), FieldPanel("date")]),
        FieldPanel("holder"),
        FieldPanel("area"),
        FieldPanel("species"),
        FieldPanel("source"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("geographical indication")
        verbose_name_plural = _("geographical indications")

    def __str__(self):
        return f"{self.name} ({self.product_name})"
