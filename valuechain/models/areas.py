"""Growing areas (vùng trồng) with their codes."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

from base.models import Located

from .codes import compact_code, normalise_code, validate_growing_area_code
from .common import MaybeSample


class ForestType(models.TextChoices):
    SPECIAL_USE = "special-use", _("special-use forest")
    PROTECTION = "protection", _("protection forest")
    PRODUCTION = "production", _("production forest")


class AreaStatus(models.TextChoices):
    PLANNED = "planned", _("planned zone")
    REGISTERED = "registered", _("registered, code pending")
    GRANTED = "granted", _("code granted")
    REVOKED = "revoked", _("code revoked")


class GrowingArea(MaybeSample, Located):
    """A growing area of one species, with its code once the authority grants one.

    Its exact point follows the sensitive-location rule of ``base.models.places``: for a
    poached species only the commune is ever public.
    """

    code = models.CharField(
        _("growing-area code"),
        max_length=40,
        blank=True,
        help_text=_(
            "As granted, e.g. VN-12-105-03430-001-24. Empty while the area is only planned."
        ),
    )
    code_compact = models.CharField(max_length=40, blank=True, editable=False, db_index=True)
    name = models.CharField(_("name"), max_length=200)
    species = models.ForeignKey(
        "species.SpeciesPage",
        on_delete=models.PROTECT,
        related_name="growing_areas",
        verbose_name=_("species"),
    )
    producer = models.ForeignKey(
        "valuechain.ProducerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="growing_areas",
        verbose_name=_("producer"),
    )
    area_ha = models.DecimalField(_("area (ha)"), max_digits=10, decimal_places=2)
    under_canopy = models.BooleanField(_("under forest canopy"), default=False)
    forest_type = models.CharField(
        _("forest type"), max_length=20, choices=ForestType.choices, blank=True
    )
    status = models.CharField(
        _("status"), max_length=20, choices=AreaStatus.choices, default=AreaStatus.PLANNED
    )
    planting_year = models.PositiveSmallIntegerField(_("planting year"), null=True, blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("status")]),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("species"), FieldPanel("producer")]),
        FieldRowPanel([FieldPanel("area_ha"), FieldPanel("planting_year")]),
        MultiFieldPanel(
            [FieldPanel("under_canopy"), FieldPanel("forest_type")], heading=_("Forest")
        ),
        *Located.location_panels,
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["code", "name"]
        verbose_name = _("growing area")
        verbose_name_plural = _("growing areas")
        constraints = [
            models.UniqueConstraint(
                fields=["code"], condition=~models.Q(code=""), name="unique_growing_area_code"
            )
        ]

    def __str__(self):
        return self.code or self.name

    def clean(self):
        super().clean()
        errors = {}
        if self.code:
            self.code = normalise_code(self.code)
            province = self.commune.province if self.commune_id else None
            try:
                validate_growing_area_code(self.code, province)
            except ValidationError as error:
                errors["code"] = error
        elif self.status in (AreaStatus.GRANTED, AreaStatus.REVOKED):
            errors["code"] = _("An area whose code was granted or revoked needs its code.")
        if self.forest_type and not self.under_canopy:
            errors["forest_type"] = _("A forest type is for areas under forest canopy.")
        if self.area_ha is not None and self.area_ha <= 0:
            errors["area_ha"] = _("The area must be more than 0 ha.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.code = normalise_code(self.code)
        self.code_compact = compact_code(self.code)
        super().save(*args, **kwargs)

    def sensitive_species(self):
        return [self.species] if self.species.location_is_sensitive else []
