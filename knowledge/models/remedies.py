"""Traditional remedies: documentation of tradition, never medical advice."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, Q
from django.utils.cache import patch_cache_control
from django.utils.functional import cached_property
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.settings import AVAILABLE_LANGUAGES as LANGUAGES
from modeltranslation.utils import build_localized_fieldname
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base import page_cache
from base.filters import parse_id
from base.models import related_list
from base.page_queries import titles_shown
from knowledge.exports import remedies_csv
from knowledge.feeds import KnowledgeFeed
from knowledge.filters import RemedyFilterForm
from species.models import PartUsed, SpeciesPage, WildHarvest

from .communities import Community
from .items import KnowledgeItem

# species.models.WildHarvest values; not imported because the species app imports this one.
TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class Condition(models.Model):
    """A condition remedies are used for: the controlled list researchers filter by."""

    code = models.SlugField(_("code"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.CharField(_("description"), max_length=500, blank=True)
    is_emergency = models.BooleanField(
        _("emergency"),
        default=False,
        help_text=_(
            "Tick for conditions that need emergency care, such as snakebite, heavy bleeding "
            "or poisoning: every remedy used for them then opens with 'Seek emergency care "
            "now' and the emergency number 115, and the remedy list marks it."
        ),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("code"),
        FieldPanel("description"),
        FieldPanel("is_emergency"),
    ]

    class Meta:
        ordering = ["name"]
        verbose_name = _("condition")
        verbose_name_plural = _("conditions")

    def __str__(self):
        return self.name


def _ingredients_naming_their_species():
    """Ingredients with their part and, of their species, what a listing names: its
    title (in every language, for the fallbacks), its scientific name and whether it is
    live. A species is a row of over a hundred translated columns, built whole for each
    ingredient of a page of remedies (the API's list, the print view, the CSV)."""
    own = [f.name for f in RemedyIngredient._meta.concrete_fields]
    part = [f"part__{f.name}" for f in PartUsed._meta.concrete_fields]
    titles = ["title"] + [build_localized_fieldname("title", lang) for lang in LANGUAGES]
    species = [*titles, *SpeciesPage.SCIENTIFIC_NAME_FIELDS, "live"]
    return RemedyIngredient.objects.select_related("species", "part").only(
        *own, *part, *(f"species__{name}" for name in species)
    )


def remedy_details(remedies):
    """Prefetch what remedy listings, print views and exports show of each remedy."""
    return remedies.with_details().prefetch_related(
        "conditions",
        models.Prefetch(
            "ingredients",
            queryset=_ingredients_naming_their_species(),
            to_attr="prefetched_ingredients",
        ),
        models.Prefetch(
            "evidence",
            queryset=RemedyEvidence.objects.select_related("source"),
            to_attr="prefetched_evidence",
        ),
    )


class RemedyIndexPage(RoutablePageMixin, Page):
    """All remedies a visitor may see, filtered; also printable, as CSV, and as a feed."""

    # The home page links to this collection with these words (``HomePage.collections``).
    home_link = _("Traditional remedies")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = 20

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["knowledge.RemedyPage"]
    max_count = 1

    class Meta:
        verbose_name = _("remedy index")

    # Past this many plants, the plant filter offers the ones the most remedies use: a
    # select of every plant of a national catalogue (thousands of options) is page weight
    # a phone pays on every visit. A plant's other remedies are listed on its page.
    plant_choices = 100

    def remedies(self, request):
        """The filter form read from ``request`` and the remedies it leaves (a queryset,
        nothing prefetched: each view reads what it shows)."""
        visible = RemedyPage.objects.child_of(self).visible_to(request.user)
        chosen = parse_id(request.GET.get("plant"))
        options, more_plants = self.kept_filter_options(request, visible, chosen)
        form = RemedyFilterForm(request.GET or None, options=options, more_plants=more_plants)
        return form, form.apply(visible)

    def kept_filter_options(self, request, visible, chosen_plant=None):
        """``filter_options`` of ``visible``, kept for anonymous visitors in the shared
        cache under the page cache's generation and the date.

        Each filter a visitor chooses is a new address, rendered, and the option lists
        of 2,000 remedies were a third of that. For anonymous visitors they depend only
        on which remedies everyone may see: a publish, a restriction or a takedown moves
        the generation in every process, and consent expires by date. The generation is
        read before the lists are, so lists read while another process changes a remedy
        are kept under the generation that change has left. A signed-in visitor's lists,
        and a chosen plant that the kept lists do not offer, are asked each time; so is
        everything when the page cache is off (``PAGE_CACHE_SECONDS = 0``)."""
        if request.user.is_authenticated or not settings.PAGE_CACHE_SECONDS:
            return self.filter_options(visible, chosen_plant=chosen_plant)
        kept = page_cache.kept(
            "remedy-filters", lambda: self.filter_options(visible), get_language(), self.pk
        )
        if chosen_plant is not None and str(chosen_plant) not in dict(kept[0]["plant"]):
            return self.filter_options(visible, chosen_plant=chosen_plant)
        return kept

    @classmethod
    def filter_options(cls, remedies, chosen_plant=None):
        """The values the filters offer: only those of the remedies the visitor may see
        (of the plants, at most ``plant_choices``, and the chosen one); and whether
        more plants than those are used.

        Each list is asked as "rows whose id is among those the remedies name" (a
        subquery), not as a join with DISTINCT, which compared every column of every
        joined row: a fifth of a second with 2,000 remedies."""
        ids = remedies.values("pk")  # a subquery: no list of every remedy in Python
        ingredients = RemedyIngredient.objects.filter(page__in=ids)
        # The most used plants and one more, which says whether any are left out: a
        # count of every plant used read every ingredient of every remedy once more.
        most_used = list(
            ingredients.exclude(species=None)
            .values("species")
            .annotate(uses=Count("page", distinct=True))
            .order_by("-uses", "species")
            .values_list("species", flat=True)[: cls.plant_choices + 1]
        )
        shown = Q(pk__in=most_used[: cls.plant_choices])
        if chosen_plant is not None:
            shown |= Q(pk=chosen_plant, pk__in=ingredients.values("species"))
        plants = SpeciesPage.objects.filter(shown).order_by(
            build_localized_fieldname("name_sort_key", get_language()), "pk"
        )
        named = RemedyPage.conditions.through.objects.filter(remedypage__in=ids)
        return {
            "condition": [
                (c.code, c.name) for c in Condition.objects.filter(pk__in=named.values("condition"))
            ],
            "plant": [(str(pk), title) for pk, title in titles_shown(plants)],
            "part": [
                (p.code, p.name) for p in PartUsed.objects.filter(pk__in=ingredients.values("part"))
            ],
            "community": [
                (c.code, c.name)
                for c in Community.objects.filter(pk__in=remedies.values("community"))
            ],
        }, len(most_used) > cls.plant_choices

    @path("")
    def index_view(self, request):
        form, remedies = self.remedies(request)
        # A card shows the title, the conditions and the community: the ingredients
        # (with their whole species), sources, evidence and labels that the print view
        # and the CSV read were a third of the page's time.
        remedies = remedies.select_related("community").prefetch_related("conditions")
        page = Paginator(remedies, self.per_page).get_page(request.GET.get("page"))
        return self.render(
            request,
            context_overrides={
                "filter_form": form,
                "remedies": page,
                "result_count": page.paginator.count,
            },
        )

    @path("print/")
    def print_view(self, request):
        form, remedies = self.remedies(request)
        response = self.render(
            request,
            context_overrides={"filter_form": form, "remedies": remedy_details(remedies)},
            template="knowledge/remedy_index_print.html",
        )
        if request.user.is_authenticated:
            # A signed-in visitor's copy may hold restricted knowledge: nobody keeps it.
            patch_cache_control(response, private=True, no_store=True)
        return response

    @path("csv/")
    def csv_view(self, request):
        _form, remedies = self.remedies(request)
        return remedies_csv(remedy_details(remedies), request)

    @path("feed/")
    def feed_view(self, request):
        return KnowledgeFeed(self, RemedyPage)(request)


class RemedyPage(KnowledgeItem):
    """A documented traditional remedy: what it is for, what goes in, how, and its cautions.

    Cautions are required and shown before the preparation; an ingredient
    whose species is toxic, or banned from wild harvest, adds a warning at the top.
    """

    item_kind = "remedy"

    class EvidenceLevel(models.IntegerChoices):
        TRADITIONAL = 1, _("traditional use only")
        LABORATORY = 2, _("laboratory studies")
        CLINICAL = 3, _("clinical studies")

    local_name = models.CharField(
        _("local name"), max_length=200, blank=True, help_text=_("In the community's language.")
    )
    local_name_language = models.CharField(
        _("language of the local name"), max_length=50, blank=True
    )
    conditions = ParentalManyToManyField(
        Condition, related_name="remedies", verbose_name=_("used for")
    )
    cautions = RichTextField(
        _("cautions"),
        features=TEXT_FEATURES,
        help_text=_("Required. Toxicity, look-alikes, who must not use it. Shown first."),
    )
    contraindications = RichTextField(_("contraindications"), blank=True, features=TEXT_FEATURES)
    preparation = RichTextField(_("preparation and use"), blank=True, features=TEXT_FEATURES)

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        FieldRowPanel([FieldPanel("local_name"), FieldPanel("local_name_language")]),
        FieldPanel("conditions", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cautions"),
        FieldPanel("contraindications"),
        InlinePanel("ingredients", heading=_("Ingredients"), label=_("ingredient"), min_num=1),
        FieldPanel("preparation"),
    ]
    evidence_panels = [
        InlinePanel("evidence", heading=_("Evidence"), label=_("evidence"), min_num=1),
        InlinePanel("sources", heading=_("Sources"), label=_("source")),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(evidence_panels, heading=_("Evidence and sources")),
            ObjectList(KnowledgeItem.protocol_panels, heading=_("Access and consent")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    parent_page_types = ["knowledge.RemedyIndexPage"]
    subpage_types = []
    template = "knowledge/remedy_page.html"

    class Meta:
        verbose_name = _("remedy")

    @cached_property
    def ingredient_list(self):
        return related_list(self, "ingredients", "species", "part")

    def emergency_conditions(self):
        """The conditions of this remedy that need emergency care: the page opens with
        "Seek emergency care now" when there are any. Reads ``conditions`` through
        ``all()`` so the listings' prefetch serves it."""
        return [c for c in self.conditions.all() if c.is_emergency]

    def toxic_ingredients(self):
        return [i for i in self.ingredient_list if i.species and i.species.is_toxic]

    def wild_banned_ingredients(self):
        return [
            i
            for i in self.ingredient_list
            if i.species and i.species.wild_harvest == WildHarvest.BANNED
        ]

    def wild_restricted_ingredients(self):
        return [
            i
            for i in self.ingredient_list
            if i.species and i.species.wild_harvest == WildHarvest.RESTRICTED
        ]

    @cached_property
    def evidence_list(self):
        return sorted(related_list(self, "evidence", "source"), key=lambda e: -e.level)


class RemedyIngredient(Orderable):
    """One ingredient: a catalogue species and the part used, or something else named."""

    page = ParentalKey(RemedyPage, on_delete=models.CASCADE, related_name="ingredients")
    species = models.ForeignKey(
        "species.SpeciesPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="remedy_ingredients",
        verbose_name=_("species"),
    )
    part = models.ForeignKey(
        "species.PartUsed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="remedy_ingredients",
        verbose_name=_("part used"),
    )
    other = models.CharField(
        _("other ingredient"),
        max_length=200,
        blank=True,
        help_text=_("For what is not a catalogue species, e.g. rice water."),
    )
    amount = models.CharField(
        _("amount"),
        max_length=100,
        blank=True,
        help_text=_("As the source gives it; leave empty when the source gives none."),
    )
    preparation = models.CharField(_("preparation"), max_length=300, blank=True)

    panels = [
        FieldPanel("species"),
        FieldRowPanel([FieldPanel("part"), FieldPanel("other")]),
        FieldRowPanel([FieldPanel("amount"), FieldPanel("preparation")]),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("ingredient")
        verbose_name_plural = _("ingredients")

    def clean(self):
        if not self.species_id and not self.other.strip():
            raise ValidationError(
                {"species": _("Choose a species, or name the ingredient under 'other'.")}
            )

    def __str__(self):
        name = self.species.title if self.species else self.other
        return f"{name} ({self.part})" if self.part else name


class RemedyEvidence(Orderable):
    """How well a use is supported, with the source that says so."""

    page = ParentalKey(RemedyPage, on_delete=models.CASCADE, related_name="evidence")
    level = models.PositiveSmallIntegerField(_("level"), choices=RemedyPage.EvidenceLevel.choices)
    summary = models.CharField(_("what it shows"), max_length=500, blank=True)
    source = models.ForeignKey(
        "base.Source", on_delete=models.PROTECT, related_name="+", verbose_name=_("source")
    )

    panels = [FieldPanel("level"), FieldPanel("summary"), FieldPanel("source")]

    class Meta(Orderable.Meta):
        verbose_name = _("evidence")
        verbose_name_plural = _("evidence")
