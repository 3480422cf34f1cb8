"""Protected and banned-harvest lists, defined by a rule over the species' assessments."""

import csv

from django.db import models
from django.http import HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base.models import Province
from species.badges import badge_with_name
from species.spreadsheets import neutralise_row
from species.vietnamese import sort_key

from .conservation import ConservationCategory, WildHarvest
from .pages import SpeciesPage


class ProtectedListPage(RoutablePageMixin, Page):
    """A list of species that follows from a rule, so it never goes out of step.

    The rule is evaluated on every view: a change saved on a species'
    assessments shows in every list at once. Manual additions cover species a
    legal text names but whose assessment is not yet recorded.
    """

    class HarvestRule(models.TextChoices):
        ANY = "", _("any")
        RESTRICTED = "restricted", _("wild harvest restricted or banned")
        BANNED = "banned", _("wild harvest banned")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    legal_basis = RichTextField(
        _("legal basis"),
        blank=True,
        features=["bold", "italic", "link", "ul"],
        help_text=_("The legal text or red list behind this list, cited in full."),
    )
    categories = ParentalManyToManyField(
        ConservationCategory,
        blank=True,
        related_name="+",
        verbose_name=_("species assessed in any of these categories"),
    )
    harvest_rule = models.CharField(
        _("wild harvest"), max_length=20, choices=HarvestRule.choices, blank=True
    )
    province = models.CharField(
        _("growing in province"), max_length=20, choices=Province.choices, blank=True
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("legal_basis"),
        MultiFieldPanel(
            [FieldPanel("categories"), FieldPanel("harvest_rule"), FieldPanel("province")],
            heading=_("Rule: which species belong on the list"),
            help_text=_("All conditions that are set must hold."),
        ),
        InlinePanel("additions", heading=_("Manual additions"), label=_("species")),
    ]
    parent_page_types = ["species.SpeciesIndexPage", "museum.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("protected list page")

    def rule_queryset(self):
        """Species pages the rule selects (an empty rule selects none)."""
        qs = SpeciesPage.objects.live()
        category_ids = list(self.categories.values_list("pk", flat=True))
        if not (category_ids or self.harvest_rule or self.province):
            return qs.none()
        if category_ids:
            qs = qs.filter(assessments__category__in=category_ids)
        if self.harvest_rule == self.HarvestRule.BANNED:
            qs = qs.filter(assessments__category__wild_harvest=WildHarvest.BANNED)
        elif self.harvest_rule == self.HarvestRule.RESTRICTED:
            qs = qs.filter(
                assessments__category__wild_harvest__in=[WildHarvest.BANNED, WildHarvest.RESTRICTED]
            )
        if self.province:
            qs = qs.filter(distribution__province=self.province)
        return qs.distinct()

    def entries(self):
        """(species, matching assessments, manual note) for each species, in Vietnamese order."""
        notes = {a.species_id: a.note for a in self.additions.all() if a.species_id is not None}
        # One query for the species (rule and additions) and one for all their assessments.
        selected = SpeciesPage.objects.live().filter(
            models.Q(pk__in=self.rule_queryset().values("pk")) | models.Q(pk__in=notes)
        )
        by_rule = {
            p.pk: p
            for p in selected.select_related("family").prefetch_related(
                models.Prefetch(
                    "assessments",
                    queryset=SpeciesPage.assessments_in_order(),
                    to_attr="prefetched_assessments",
                )
            )
        }
        category_ids = set(self.categories.values_list("pk", flat=True))
        rows = []
        for species in sorted(by_rule.values(), key=lambda p: sort_key(p.title)):
            matching = [
                a
                for a in species.assessment_list
                if not category_ids or a.category_id in category_ids
            ]
            rows.append((species, matching, notes.get(species.pk, "")))
        return rows

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["entries"] = self.entries()
        return context

    @path("csv/", name="csv")
    def csv_view(self, request):
        """The list as a spreadsheet, with the assessments and the legal basis of each row."""
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        filename = slugify(self.slug) or "list"
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        response.write("\ufeff")  # lets spreadsheet programs read the Vietnamese as UTF-8
        writer = csv.writer(response)
        writer.writerow(
            [
                gettext("Name"),
                gettext("Scientific name"),
                gettext("Authority"),
                gettext("Family"),
                gettext("Assessments"),
                gettext("Wild harvest"),
                gettext("Note"),
                gettext("URL"),
            ]
        )
        for species, matching, note in self.entries():
            writer.writerow(
                neutralise_row(
                    [
                        species.title,
                        species.scientific_name,
                        species.authority,
                        species.family.latin_name,
                        "; ".join(
                            badge_with_name(a.category) + (f" ({a.year})" if a.year else "")
                            for a in matching
                        ),
                        WildHarvest(species.wild_harvest).label if species.wild_harvest else "",
                        note,
                        species.get_full_url(request),
                    ]
                )
            )
        return response


class ProtectedListAddition(Orderable):
    """A species put on a list by hand, with the reason."""

    page = ParentalKey(ProtectedListPage, on_delete=models.CASCADE, related_name="additions")
    species = models.ForeignKey(
        SpeciesPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("species")
    )
    note = models.CharField(_("reason"), max_length=255, blank=True)

    panels = [FieldPanel("species"), FieldPanel("note")]
