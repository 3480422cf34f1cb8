"""Conservation schemes and their categories: data a curator extends, not code.

A scheme is a list or red list (IUCN, Vietnam Red Data Book 2007, Decree
06/2019 as amended by 84/2021, …); a category is one of its classes (VU, IA,
Appendix II…). What a category means for wild harvest lives on the category,
so the species page and every protected list derive it from the assessments.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable


class WildHarvest(models.TextChoices):
    """What a category says about taking the plant from the wild."""

    NONE = "", _("no rule")
    RESTRICTED = "restricted", _("restricted")
    BANNED = "banned", _("banned")


WILD_HARVEST_RANK = {WildHarvest.NONE: 0, WildHarvest.RESTRICTED: 1, WildHarvest.BANNED: 2}


class ConservationScheme(ClusterableModel):
    """A red list or legal list against which a species is assessed."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    short_name = models.CharField(
        _("short name"), max_length=40, help_text=_("Shown on badges, e.g. 'IUCN'.")
    )
    description = models.TextField(
        _("what it is"),
        blank=True,
        help_text=_("In plain words: who publishes it and whether it binds anyone."),
    )
    is_legal = models.BooleanField(
        _("legally binding"),
        default=False,
        help_text=_("A decree, circular or convention, rather than a scientific red list."),
    )
    url = models.URLField(_("reference URL"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("short_name"),
        FieldPanel("description"),
        FieldPanel("is_legal"),
        FieldPanel("url"),
        FieldPanel("sort_order"),
        InlinePanel("categories", heading=_("Categories"), label=_("category")),
    ]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("conservation scheme")
        verbose_name_plural = _("conservation schemes")

    def __str__(self):
        return self.short_name or self.name


class ConservationCategory(Orderable):
    """One class of a scheme, with its meaning in plain words."""

    scheme = ParentalKey(ConservationScheme, on_delete=models.CASCADE, related_name="categories")
    code = models.CharField(_("code"), max_length=30, help_text=_("e.g. VU, IA, App. II"))
    name = models.CharField(_("name"), max_length=120)
    meaning = models.TextField(
        _("meaning"),
        blank=True,
        help_text=_(
            "Shown to visitors under the category on every species page: write what the "
            "category means for a reader, not instructions for curators."
        ),
    )
    is_threatened = models.BooleanField(
        _("threatened"),
        default=False,
        help_text=_("Counts as threatened (IUCN CR, EN and VU, and their equivalents)."),
    )
    wild_harvest = models.CharField(
        _("wild harvest"),
        max_length=20,
        choices=WildHarvest.choices,
        blank=True,
        help_text=_("What this category means for taking the plant from the wild."),
    )

    panels = [
        FieldPanel("code"),
        FieldPanel("name"),
        FieldPanel("meaning"),
        FieldPanel("is_threatened"),
        FieldPanel("wild_harvest"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("conservation category")
        verbose_name_plural = _("conservation categories")
        constraints = [
            models.UniqueConstraint(fields=["scheme", "code"], name="unique_category_per_scheme")
        ]

    def __str__(self):
        return f"{self.scheme.short_name}: {self.code} — {self.name}"

    @property
    def key(self):
        """A stable URL value for filters: scheme code and category code."""
        return f"{self.scheme.code}:{self.code}"

    def clean(self):
        if self.code and self.code != self.code.strip():
            raise ValidationError({"code": _("Remove the spaces around the code.")})
