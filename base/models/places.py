"""Where things are, and how precisely the public may know it.

Places are stored as province + commune (districts were abolished in July
2025; the former district is kept for the literature). A page may also hold an
exact point, which is shown only when it is safe: for a place or station tied
to a poached species (threatened, or under a wild-harvest rule), every public
exit — page, map, GeoJSON, QR page, iCalendar — gets the commune and nothing
finer. The exact point stays in the admin.

Whatever holds located things is as sensitive as the most sensitive of them: a
garden with a station of a poached plant, and so every station of that garden
(they stand a few metres apart), a place that lists a poached species, and an
event at such a place. Tours and map blocks show each stop as the stop allows.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel

EXACT, COMMUNE = "exact", "commune"


class Province(models.TextChoices):
    """Provinces as they stand after the July 2025 reform (Lào Cai includes former Yên Bái)."""

    LAI_CHAU = "lai-chau", "Lai Châu"
    LAO_CAI = "lao-cai", "Lào Cai"
    ELSEWHERE_VN = "vietnam", _("elsewhere in Vietnam")
    ABROAD = "abroad", _("outside Vietnam")


def check_point(latitude, longitude, field=None):
    """Refuse half a point: a latitude without its longitude or the reverse."""
    if (latitude is None) != (longitude is None):
        message = _("Give both the latitude and the longitude, or neither.")
        raise ValidationError({field: message} if field else message)


class Commune(models.Model):
    """A commune (xã/phường) with the position of its centre, for coarse map points."""

    name = models.CharField(_("name"), max_length=120)
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    code = models.CharField(
        _("official code"),
        max_length=5,
        blank=True,
        help_text=_("The commune's code after July 2025 (General Statistics Office)."),
    )
    former_district = models.CharField(
        _("former district"),
        max_length=120,
        blank=True,
        help_text=_("The district before July 2025, as the literature names it."),
    )
    latitude = models.DecimalField(
        _("latitude of the centre"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude of the centre"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    position_source = models.CharField(
        _("where the position comes from"), max_length=255, blank=True
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("province"), FieldPanel("code")]),
        FieldPanel("former_district"),
        FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
        FieldPanel("position_source"),
    ]

    class Meta:
        # Created by the museum app; the table kept its name when the model moved here.
        db_table = "museum_commune"
        ordering = ["province", "name"]
        unique_together = [("province", "name")]
        verbose_name = _("commune")
        verbose_name_plural = _("communes")

    def __str__(self):
        return f"{self.name}, {self.get_province_display()}"

    def clean(self):
        check_point(self.latitude, self.longitude)


@dataclass(frozen=True)
class PublicLocation:
    """What the public may know of a location: the commune, and a point at most this precise."""

    commune: str
    province: str
    former_district: str
    latitude: float | None
    longitude: float | None
    precision: str  # EXACT or COMMUNE
    sensitive: bool = False  # the exact point exists but is withheld

    @property
    def has_point(self):
        return self.latitude is not None and self.longitude is not None

    @property
    def label(self):
        parts = [self.commune, self.province]
        text = ", ".join(p for p in parts if p)
        if self.former_district:
            text += " " + str(
                _("(former %(district)s district)") % {"district": self.former_district}
            )
        return text


class Located(models.Model):
    """A page with a place on the map: a commune and, optionally, an exact point."""

    commune = models.ForeignKey(
        Commune,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=9, decimal_places=6, null=True, blank=True
    )
    hide_exact_location = models.BooleanField(
        _("show only the commune"),
        default=False,
        help_text=_(
            "Publish nothing finer than the commune. Always the case for places of "
            "threatened or protected species, whatever this box says."
        ),
    )

    location_panels = [
        MultiFieldPanel(
            [
                FieldPanel("commune"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("hide_exact_location"),
            ],
            heading=_("Location"),
            help_text=_(
                "The exact point is shown to the public only when it is safe: never for "
                "threatened or protected species, which are poached."
            ),
        )
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        check_point(self.latitude, self.longitude, field="longitude")

    def location_commune(self):
        return self.commune

    def sensitive_species(self):
        """The species that make this location sensitive (poached ones); empty if none."""
        return []

    @property
    def location_is_sensitive(self):
        return self.hide_exact_location or bool(self.sensitive_species())

    def exact_point(self):
        if self.latitude is None or self.longitude is None:
            return None
        return float(self.latitude), float(self.longitude)

    def public_location(self):
        """The location as every public exit shows it, or None when nothing is known."""
        commune = self.location_commune()
        sensitive = self.location_is_sensitive
        point = None if sensitive else self.exact_point()
        precision = EXACT
        if point is None and commune is not None and commune.latitude is not None:
            point = float(commune.latitude), float(commune.longitude)
            precision = COMMUNE
        if commune is None and point is None:
            return None
        if point is None:
            precision = COMMUNE
        return PublicLocation(
            commune=commune.name if commune else "",
            province=commune.get_province_display() if commune else "",
            former_district=commune.former_district if commune else "",
            latitude=point[0] if point else None,
            longitude=point[1] if point else None,
            precision=precision,
            sensitive=sensitive,
        )
