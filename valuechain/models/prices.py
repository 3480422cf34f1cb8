"""Market prices of medicinal materials."""

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from .common import MaybeSample


class Form(models.TextChoices):
    FRESH = "fresh", _("fresh")
    DRIED = "dried", _("dried")
    PROCESSED = "processed", _("processed")


class MarketPrice(MaybeSample, models.Model):
    """The price of one species' part, in one form, at one market on one day."""

    species = models.ForeignKey(
        "species.SpeciesPage",
        on_delete=models.PROTECT,
        related_name="market_prices",
        verbose_name=_("species"),
    )
    part = models.ForeignKey(
        "species.PartUsed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("part"),
    )
    form = models.CharField(_("form"), max_length=20, choices=Form.choices)
    market = models.CharField(_("market"), max_length=200)
    date = models.DateField(_("date"))
    price_vnd_per_kg = models.PositiveIntegerField(
        _("price (VND/kg)"), validators=[MinValueValidator(1)]
    )
    source = models.CharField(_("source"), max_length=255)

    panels = [
        FieldRowPanel([FieldPanel("species"), FieldPanel("part"), FieldPanel("form")]),
        FieldRowPanel([FieldPanel("market"), FieldPanel("date")]),
        FieldPanel("price_vnd_per_kg"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["species", "-date"]
        verbose_name = _("market price")
        verbose_name_plural = _("market prices")
        constraints = [
            models.UniqueConstraint(
                fields=["species", "part", "form", "market", "date"], name="one_price_per_day"
            )
        ]

    def __str__(self):
        return f"{self.species} {self.get_form_display()} {self.market} {self.date}"
