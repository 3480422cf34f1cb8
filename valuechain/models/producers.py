"""Producers of the value chain, and the value chains that link them."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page

from base.models import COMMUNE, Commune, PublicLocation
from search.documents import Searchable
from species.models import SpeciesPage
from species.vietnamese import sort_key

from .common import MaybeSample


def commune_label(commune):
    """``commune`` written as a public location: name, province and former district."""
    if commune is None:
        return ""
    return PublicLocation(
        commune=commune.name,
        province=commune.get_province_display(),
        former_district=commune.former_district,
        latitude=None,
        longitude=None,
        precision=COMMUNE,
    ).label


def public_page_ids(ids):
    """The ids among ``ids`` of pages the public may open (live, not restricted)."""
    ids = {i for i in ids if i}
    if not ids:
        return set()
    return set(Page.objects.live().public().filter(pk__in=ids).values_list("pk", flat=True))


class ProducerKind(models.TextChoices):
    ENTERPRISE = "enterprise", _("enterprise")
    COOPERATIVE = "cooperative", _("cooperative (HTX)")
    COOPERATIVE_GROUP = "cooperative-group", _("cooperative group")
    HOUSEHOLD_GROUP = "household-group", _("household group")
    SEEDLING_FACILITY = "seedling", _("seedling facility")
    PROCESSING_FACILITY = "processing", _("processing facility")


class ProducerIndexPage(Page):
    """Every producer of the chain, by kind and commune."""

    home_link = _("Producers and growing areas")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["valuechain.ProducerPage"]
    max_count = 1

    class Meta:
        verbose_name = _("producer index")

    def get_context(self, request, *args, **kwargs):
        """The live, public producers grouped by kind, and the communes they work in."""
        context = super().get_context(request, *args, **kwargs)
        producers = list(
            ProducerPage.objects.live().public().child_of(self).select_related("commune")
        )
        groups = []
        for kind, label in ProducerKind.choices:
            members = sorted(
                (p for p in producers if p.kind == kind), key=lambda p: sort_key(p.title)
            )
            if members:
                groups.append({"kind": kind, "label": label, "producers": members})
        communes = {}
        for producer in producers:
            if producer.commune_id:
                communes.setdefault(producer.commune_id, [producer.commune_label, 0])[1] += 1
        context.update(
            kinds=groups,
            communes=sorted(communes.values(), key=lambda c: sort_key(c[0])),
            producer_count=len(producers),
            shows_sample=any(p.is_sample for p in producers),
        )
        return context


class ProducerPage(Searchable, MaybeSample, Page):
    """An enterprise, cooperative, group or facility that grows, makes or processes."""

    kind = models.CharField(_("kind"), max_length=20, choices=ProducerKind.choices)
    facility_code = models.CharField(
        _("facility code"),
        max_length=40,
        blank=True,
        help_text=_("For seedling and processing facilities, the code the authority granted."),
    )
    commune = models.ForeignKey(
        Commune,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
        verbose_name=_("commune"),
    )
    species = ParentalManyToManyField(
        "species.SpeciesPage",
        blank=True,
        related_name="producers",
        verbose_name=_("species grown or processed"),
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    contact_phone = models.CharField(_("public phone"), max_length=40, blank=True)
    contact_email = models.EmailField(_("public e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)
    address = models.CharField(_("public address"), max_length=255, blank=True)
    source = models.CharField(
        _("source"), max_length=255, blank=True, help_text=_("Where these facts come from.")
    )

    content_panels = Page.content_panels + [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("facility_code")]),
        FieldPanel("commune"),
        FieldPanel("species"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("contact_phone"), FieldPanel("contact_email")]),
                FieldPanel("website"),
                FieldPanel("address"),
            ],
            heading=_("Public contact"),
        ),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]
    parent_page_types = ["valuechain.ProducerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("producer")
        verbose_name_plural = _("producers")

    @property
    def commune_label(self):
        """The commune as every public page writes it, with its former district."""
        return commune_label(self.commune)

    def public_species(self):
        """The species grown or processed whose pages the public may open."""
        # From the page's own list, so that a preview shows the species being edited.
        ids = [s.pk for s in self.species.all()]
        return sorted(
            SpeciesPage.objects.live().public().filter(pk__in=ids), key=lambda s: sort_key(s.title)
        )

    def public_products(self):
        """This producer's products that are live and public."""
        if self.pk is None:  # the preview of a page not yet saved
            return []
        return sorted(self.products.live().public(), key=lambda p: sort_key(p.title))

    def public_value_chains(self):
        """Value chains this producer leads or belongs to."""
        if self.pk is None:
            return ValueChain.objects.none()
        return (
            ValueChain.objects.filter(models.Q(lead=self) | models.Q(members=self))
            .select_related("lead", "species")
            .distinct()
        )

    def get_context(self, request, *args, **kwargs):
        """What the producer's page shows; every linked page is live and public."""
        context = super().get_context(request, *args, **kwargs)
        saved = self.pk is not None  # a new page's preview has no records yet
        areas = list(self.growing_areas.select_related("species", "commune")) if saved else []
        certificates = list(self.certificates.all()) if saved else []
        chains = list(self.public_value_chains())
        context.update(
            species_grown=self.public_species(),
            growing_areas=[{"area": a, "location": a.public_location()} for a in areas],
            certificates=certificates,
            products=self.public_products(),
            value_chains=chains,
            public_pages=public_page_ids(
                [c.lead_id for c in chains] + [a.species_id for a in areas]
            ),
            shows_sample=self.is_sample
            or any(r.is_sample for r in [*areas, *certificates, *chains]),
        )
        return context


class ValueChain(MaybeSample, ClusterableModel):
    """A linked value chain (chuỗi liên kết): a lead producer and the members it buys from."""

    name = models.CharField(_("name"), max_length=200)
    species = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("species"),
    )
    lead = models.ForeignKey(
        ProducerPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="leads_chains",
        verbose_name=_("lead producer"),
    )
    members = ParentalManyToManyField(
        ProducerPage, blank=True, related_name="value_chains", verbose_name=_("members")
    )
    description = models.TextField(_("description"), blank=True)
    source = models.CharField(_("source"), max_length=255, blank=True)

    panels = [
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("species"), FieldPanel("lead")]),
        FieldPanel("members"),
        FieldPanel("description"),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("value chain")
        verbose_name_plural = _("value chains")

    def __str__(self):
        return self.name
