"""Controlled vocabularies a curator picks from: families, parts used, strategic groups."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel


class Family(models.Model):
    """A plant family, with its Latin name and its Vietnamese name (họ)."""

    latin_name = models.CharField(_("Latin name"), max_length=100, unique=True)
    name = models.CharField(
        _("common name"),
        max_length=100,
        blank=True,
        help_text=_("The family's name in Vietnamese, as the literature writes it."),
    )

    panels = [FieldPanel("latin_name"), FieldPanel("name")]

    class Meta:
        ordering = ["latin_name"]
        verbose_name = _("family")
        verbose_name_plural = _("families")

    def __str__(self):
        return f"{self.latin_name} ({self.name})" if self.name else self.latin_name


class PartUsed(models.Model):
    """A part of a plant used as medicine (root, rhizome, bark…): a controlled list."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=100)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("part used")
        verbose_name_plural = _("parts used")

    def __str__(self):
        return self.name


class StrategicGroup(models.Model):
    """One of the Lào Cai plan's strategic groups of medicinal plants."""

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    panels = [FieldPanel("code"), FieldPanel("name"), FieldPanel("description")]

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("strategic group")
        verbose_name_plural = _("strategic groups")

    def __str__(self):
        return self.name
