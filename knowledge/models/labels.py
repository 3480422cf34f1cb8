"""Traditional Knowledge Labels (Local Contexts): what a community asks of those who use an item."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

LOCAL_CONTEXTS_URL = "https://localcontexts.org/labels/traditional-knowledge-labels/"


class TKLabel(models.Model):
    """One label of the Local Contexts TK set, seeded by migration; its meaning is shown with it."""

    class Category(models.TextChoices):
        PROVENANCE = "provenance", _("Provenance")
        PROTOCOL = "protocol", _("Protocol")
        PERMISSION = "permission", _("Permission")

    code = models.CharField(_("code"), max_length=10, unique=True, help_text=_("e.g. 'TK A'."))
    name = models.CharField(_("name"), max_length=100)
    category = models.CharField(_("category"), max_length=20, choices=Category.choices)
    meaning = models.TextField(_("meaning"))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldRowPanel([FieldPanel("code"), FieldPanel("name")]),
        FieldRowPanel([FieldPanel("category"), FieldPanel("sort_order")]),
        FieldPanel("meaning"),
    ]

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("TK label")
        verbose_name_plural = _("TK labels")

    def __str__(self):
        return f"{self.name} ({self.code})"

    @property
    def slug(self):
        return self.code.lower().replace(" ", "-")
