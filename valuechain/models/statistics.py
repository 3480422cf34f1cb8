"""Production figures, the plans' targets, and the dashboard that sets one against the other."""

from django.core.exceptions import ImproperlyConfigured, ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path
from wagtail.fields import RichTextField
from wagtail.models import Page

from base.models import Province

from .common import MaybeSample

# Where ``valuechain.dashboard`` registers the views of the dashboard page.
DASHBOARD_VIEWS_HOOK = "valuechain_dashboard_views"


class ProductionFigure(MaybeSample, models.Model):
    """One year's production of one species in a province (or one commune of it)."""

    species = models.ForeignKey(
        "species.SpeciesPage",
        on_delete=models.PROTECT,
        related_name="production_figures",
        verbose_name=_("species"),
    )
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    commune = models.ForeignKey(
        "base.Commune",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
        help_text=_("Empty for the whole province."),
    )
    year = models.PositiveSmallIntegerField(_("year"))
    area_planted_ha = models.DecimalField(
        _("area planted (ha)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    area_harvested_ha = models.DecimalField(
        _("area harvested (ha)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    output_tonnes = models.DecimalField(
        _("output (t)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    value_billion_vnd = models.DecimalField(
        _("value (billion VND)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    source = models.CharField(_("source"), max_length=255)

    panels = [
        FieldRowPanel([FieldPanel("species"), FieldPanel("year")]),
        FieldRowPanel([FieldPanel("province"), FieldPanel("commune")]),
        FieldRowPanel([FieldPanel("area_planted_ha"), FieldPanel("area_harvested_ha")]),
        FieldRowPanel([FieldPanel("output_tonnes"), FieldPanel("value_billion_vnd")]),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["species", "province", "year"]
        verbose_name = _("production figure")
        verbose_name_plural = _("production figures")
        constraints = [
            models.UniqueConstraint(
                fields=["species", "province", "commune", "year"], name="one_figure_per_place_year"
            )
        ]

    def __str__(self):
        return f"{self.species} · {self.get_province_display()} · {self.year}"

    def clean(self):
        super().clean()
        if self.commune_id and self.commune.province != self.province:
            raise ValidationError({"commune": _("This commune is in another province.")})


class Plan(models.TextChoices):
    TAM_DUONG = "tam-duong-2024", _("Tam Đường plan for Sâm Lai Châu (2024–2030, to 2035)")
    LAO_CAI = "lao-cai-2026", _("Lào Cai medicinal-plant plan (2026–2030, to 2050)")


class Indicator(models.TextChoices):
    AREA = "area-ha", _("area (ha)")
    OUTPUT = "output-t", _("output (t)")
    VALUE = "value-bn-vnd", _("value (billion VND)")
    CERTIFIED_FOREST = "certified-forest-ha", _("forest with sustainable-forest certificates (ha)")
    CERTIFIED_HARVEST = "certified-harvest-t", _("harvest to GACP-WHO or equivalent (t/year)")
    OCOP = "ocop-3-stars", _("OCOP products of 3 stars or more")
    VALUE_CHAINS = "value-chains", _("value chains")
    CERTIFIED = "certified", _("GACP-WHO, organic or GMP certified products or facilities")
    SEEDLING = "seedling-facilities", _("seedling facilities with facility codes")
    PROCESSING = "processing-facilities", _("processing facilities")
    CANOPY = "canopy-projects", _("under-forest-canopy projects")
    CODED_SHARE = "coded-share", _("share of area with growing-area codes (%)")


class PlanTarget(models.Model):
    """A target a provincial plan sets, with the baseline it states, as the plan words it."""

    plan = models.CharField(_("plan"), max_length=20, choices=Plan.choices)
    indicator = models.CharField(_("indicator"), max_length=30, choices=Indicator.choices)
    species = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plan_targets",
        verbose_name=_("species"),
        help_text=_("Empty for all medicinal plants."),
    )
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    year = models.PositiveSmallIntegerField(_("target year"))
    value = models.DecimalField(_("target"), max_digits=14, decimal_places=2)
    at_least = models.BooleanField(
        _("at least"), default=True, help_text=_("The plan says “at least” or “more than”.")
    )
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    wording = models.CharField(
        _("the plan's words"), max_length=255, help_text=_("Quoted from the plan.")
    )
    source = models.CharField(_("source"), max_length=255)

    panels = [
        FieldRowPanel([FieldPanel("plan"), FieldPanel("province")]),
        FieldRowPanel([FieldPanel("indicator"), FieldPanel("species")]),
        FieldRowPanel([FieldPanel("year"), FieldPanel("value"), FieldPanel("at_least")]),
        FieldRowPanel([FieldPanel("baseline_value"), FieldPanel("baseline_year")]),
        MultiFieldPanel([FieldPanel("wording"), FieldPanel("source")], heading=_("Source")),
    ]

    class Meta:
        ordering = ["plan", "indicator", "year"]
        verbose_name = _("plan target")
        verbose_name_plural = _("plan targets")

    def __str__(self):
        return f"{self.get_indicator_display()} {self.year}: {self.value}"


class DashboardPage(RoutablePageMixin, Page):
    """How the provinces stand against their plans' targets: charts, a table and a CSV.

    Every chart is its own SVG image under the page (``charts/<id>/``,
    ``charts/prices/<species id>/``; see ``valuechain.charts`` for why), and every
    table is also a CSV download (``csv/…/``). Wagtail serves only addresses that end
    in a slash, hence no ``.svg`` or ``.csv`` at the end.
    """

    home_link = _("Production against the plans' targets")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("production dashboard")

    @staticmethod
    def views():
        """What computes and draws the page (``valuechain.dashboard.DashboardViews``).

        That module reads the models of this package, so they cannot import it (the
        import contract keeps an app free of cycles): it registers itself under
        ``DASHBOARD_VIEWS_HOOK`` when the app is ready.
        """
        registered = hooks.get_hooks(DASHBOARD_VIEWS_HOOK)
        if not registered:
            raise ImproperlyConfigured("valuechain.dashboard registered no dashboard views.")
        return registered[-1]()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.views().context())
        return context

    @path("csv/indicators/", name="indicators_csv")
    def indicators_csv(self, request):
        """Every target with its current value, as CSV."""
        return self.views().indicators_csv()

    @path("csv/figures/", name="figures_csv")
    def figures_csv(self, request):
        """Every production figure, as CSV."""
        return self.views().figures_csv()

    @path("csv/prices/", name="prices_csv")
    def prices_csv(self, request):
        """Every market price, as CSV."""
        return self.views().prices_csv()

    @re_path(r"^charts/(?P<key>[0-9]{1,19})/$", name="target_chart")
    def target_chart(self, request, key):
        """One indicator's chart: now against each target year."""
        return self.views().target_chart(key)

    @re_path(r"^charts/prices/(?P<species_id>[0-9]{1,19})/$", name="price_chart")
    def price_chart(self, request, species_id):
        """One species' market prices over time."""
        return self.views().price_chart(species_id)
