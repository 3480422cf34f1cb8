"""The species index and species pages, with the inline records a species holds."""

import datetime
import re

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.http import JsonResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail import hooks
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page
from wagtail.search import index

from base.fallbacks import has_text
from base.models import CitedSource, Province, optional_source
from base.page_queries import all_but_link_fields
from search.documents import (
    COMMUNITY,
    OPENNESS,
    PUBLIC,
    REGISTERED,
    WITHHELD,
    AccessScope,
    Searchable,
)
from search.folding import fold
from species import distribution_map
from species.structured_data import page_taxon
from species.vietnamese import set_title_sort_keys

from .conservation import WILD_HARVEST_RANK, WildHarvest

GENUS_RE = re.compile(r"^[A-Z][a-z]+(-[a-z]+)?$")
EPITHET_RE = re.compile(r"^[a-z]+(-[a-z]+)?$")
SECTION_FEATURES = ["bold", "italic", "link", "ul", "ol"]


def validate_scientific_name(genus, epithet, rank="", infraspecific_name=""):
    """Check the parts of a scientific name; returns {field: message} for what is wrong.

    Shared by the page editor and the spreadsheet import, so both say the same thing.
    """
    errors = {}
    if not genus:
        errors["genus"] = _("The genus is required.")
    elif not GENUS_RE.match(genus):
        errors["genus"] = _(
            "Write the genus as one capitalised Latin word, e.g. 'Panax' "
            "(the binomial is 'Genus epithet')."
        )
    if epithet and not EPITHET_RE.match(epithet):
        errors["epithet"] = _(
            "Write the epithet as one lower-case Latin word, e.g. 'notoginseng' "
            "(the binomial is 'Genus epithet')."
        )
    if bool(rank) != bool(infraspecific_name):
        errors["infraspecific_name"] = _(
            "Give both the rank (var., subsp., f.) and the name, or neither."
        )
    elif infraspecific_name and not EPITHET_RE.match(infraspecific_name):
        errors["infraspecific_name"] = _("Write the name as one lower-case Latin word.")
    if infraspecific_name and not epithet:
        errors["epithet"] = _("An infraspecific name needs the specific epithet.")
    return errors


def scientific_name_of(genus, epithet, infraspecific_rank="", infraspecific_name=""):
    """The name without authority, e.g. 'Panax vietnamensis var. fuscidiscus'."""
    parts = [genus, epithet or "spp."]
    if infraspecific_name:
        parts += [infraspecific_rank, infraspecific_name]
    return " ".join(p for p in parts if p)


def strictest_wild_harvest(categories):
    """The strictest wild-harvest rule of ``categories`` (a species' assessed ones)."""
    rules = [c.wild_harvest for c in categories]
    return max(rules, key=lambda r: WILD_HARVEST_RANK[r], default=WildHarvest.NONE)


def validate_year(year):
    """An error message when an assessment year lies in the future, else None."""
    if year and year > datetime.date.today().year:
        return _("The year %(year)s is in the future.") % {"year": year}
    return None


class SpeciesPageForm(WagtailAdminPageForm):
    """Anyone who edits species may restrict a vernacular name; only those with the
    ``species.open_vernacular_name`` permission (knowledge stewards, given it by the
    migration that made names restrictable) may open one to a wider audience.

    A permission rather than the stewards' group name: the catalogue sits below the
    knowledge app and must not reach up into it, and Django's permissions are where
    "who may do what" lives. Superusers hold every permission.

    Names are compared with the page as it stands (its latest revision, whatever
    revision the form edits) and by their folded text as well as their row, so
    deleting a community's name and typing it again as a public one is refused too.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        stored = None
        if self.instance.pk:
            page = type(self.instance).objects.filter(pk=self.instance.pk).first()
            stored = page.get_latest_revision_as_object() if page else self.instance
        self.held_names = list(stored.vernacular_names.all()) if stored else []

    def clean(self):
        cleaned = super().clean()
        formset = self.formsets.get("vernacular_names")
        user = self.for_user
        if formset is None or (user and user.has_perm("species.open_vernacular_name")):
            return cleaned
        for form in formset.forms:
            form.is_valid()  # cleans the form: reads its DELETE box, fills its instance
            if formset.can_delete and form.cleaned_data.get("DELETE", False):
                continue
            name = form.instance
            for held in self.held_names:
                same = held.pk == name.pk or fold(held.name) == fold(name.name)
                if same and name.opens(held):
                    self.add_error(
                        None,
                        _(
                            "Only a knowledge steward can show the name '%(name)s' to a wider "
                            "audience (from '%(old)s' to '%(new)s'). Ask a steward to review it."
                        )
                        % {"name": held.name, "old": held.audience, "new": name.audience},
                    )
        return cleaned


class SpeciesPage(RoutablePageMixin, Searchable, Page):
    """One medicinal species: names, description, conservation status, images and sources.

    The title is the common name in each language (Vietnamese first); the
    accepted scientific name is stored in parts so it can be checked, sorted
    and written correctly (genus and epithet in italics, authority not).
    """

    class RegionalStatus(models.TextChoices):
        NATIVE = "native", _("native to the region")
        CULTIVATED = "cultivated", _("introduced and cultivated")
        IMPORTED = "imported", _("imported material only; not grown in Vietnam")
        # The sources do not settle it (the fact sheet marks it unverified or low): the
        # page says so rather than claim more than they do.
        UNCONFIRMED = "unconfirmed", _("not confirmed for the region")

    class InfraspecificRank(models.TextChoices):
        VARIETY = "var.", "var."
        SUBSPECIES = "subsp.", "subsp."
        FORM = "f.", "f."

    genus = models.CharField(_("genus"), max_length=60)
    epithet = models.CharField(
        _("specific epithet"),
        max_length=60,
        blank=True,
        help_text=_("Leave empty only for a genus-level entry (e.g. Epimedium spp.)."),
    )
    infraspecific_rank = models.CharField(
        _("infraspecific rank"), max_length=10, choices=InfraspecificRank.choices, blank=True
    )
    infraspecific_name = models.CharField(_("infraspecific name"), max_length=60, blank=True)
    authority = models.CharField(_("authority"), max_length=200, blank=True)
    family = models.ForeignKey(
        "species.Family", on_delete=models.PROTECT, related_name="species", verbose_name=_("family")
    )
    regional_status = models.CharField(
        _("status in the region"),
        max_length=20,
        choices=RegionalStatus.choices,
        default=RegionalStatus.NATIVE,
    )
    summary = models.TextField(_("summary"), blank=True, help_text=_("One or two sentences."))
    # Reading levels: the summary above is the general one; visitors choose (and lesson
    # kits open at) the child's, experts their own. Empty means "use the general one".
    summary_for_children = models.TextField(
        _("summary for children"),
        blank=True,
        help_text=_("Short words and sentences, for pupils of about 8 to 12. Optional."),
    )
    summary_for_experts = models.TextField(
        _("summary for experts"),
        blank=True,
        help_text=_("For researchers and practitioners: terms of the field allowed. Optional."),
    )
    taxonomic_note = models.TextField(
        _("taxonomic note"),
        blank=True,
        help_text=_("Disputes about the name or rank, said plainly with their sources."),
    )
    morphology = RichTextField(_("morphology"), blank=True, features=SECTION_FEATURES)
    habitat = RichTextField(_("habitat and ecology"), blank=True, features=SECTION_FEATURES)
    distribution_text = RichTextField(_("distribution"), blank=True, features=SECTION_FEATURES)
    cultivation = RichTextField(_("cultivation"), blank=True, features=SECTION_FEATURES)
    harvest = RichTextField(_("harvest and processing"), blank=True, features=SECTION_FEATURES)
    traditional_uses = RichTextField(
        _("uses in tradition"),
        blank=True,
        features=SECTION_FEATURES,
        help_text=_("Documented traditional uses, described and not recommended. No doses."),
    )
    cautions = RichTextField(_("cautions and toxicity"), blank=True, features=SECTION_FEATURES)
    is_toxic = models.BooleanField(
        _("toxic"), default=False, help_text=_("Puts a toxicity warning at the top of the page.")
    )
    # The title's place in Vietnamese dictionary order (species.vietnamese.sortable), per
    # language, kept on save so the database sorts and pages the catalogue.
    name_sort_key = models.CharField(max_length=255, blank=True, editable=False, db_index=True)
    # Identifiers in the world's taxonomic databases, so that researchers and GBIF can
    # join this catalogue to theirs. Optional: unknown stays empty.
    gbif_taxon_key = models.PositiveBigIntegerField(
        _("GBIF taxon key"),
        null=True,
        blank=True,
        help_text=_("The number in gbif.org/species/…, e.g. 5350569."),
    )
    ipni_id = models.CharField(
        _("IPNI / POWO name id"),
        max_length=30,
        blank=True,
        validators=[RegexValidator(r"^\d{1,10}-\d$", _("An IPNI id looks like 77100428-1."))],
        help_text=_(
            "The IPNI name id, which Plants of the World Online also uses, e.g. 77100428-1."
        ),
    )
    wikidata_id = models.CharField(
        _("Wikidata item"),
        max_length=20,
        blank=True,
        validators=[RegexValidator(r"^Q[1-9]\d{0,11}$", _("A Wikidata item looks like Q12345."))],
        help_text=_("The Q-number of the taxon's Wikidata item, e.g. Q12345."),
    )
    parts_used = ParentalManyToManyField(
        "species.PartUsed", blank=True, related_name="species", verbose_name=_("parts used")
    )
    strategic_groups = ParentalManyToManyField(
        "species.StrategicGroup",
        blank=True,
        related_name="species",
        verbose_name=_("strategic groups"),
    )

    # Sections in display order; the template and the translation notice read this.
    SECTIONS = (
        "morphology",
        "habitat",
        "distribution_text",
        "cultivation",
        "harvest",
        "traditional_uses",
        "cautions",
    )

    search_fields = Page.search_fields + [
        index.SearchField("genus"),
        index.SearchField("epithet"),
        index.SearchField("summary"),
        index.AutocompleteField("genus"),
    ]

    content_panels = Page.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("summary_for_children"), FieldPanel("summary_for_experts")],
            heading=_("Other reading levels"),
            classname="collapsed",
        ),
        FieldPanel("regional_status"),
        FieldPanel("is_toxic"),
        FieldPanel("morphology"),
        FieldPanel("habitat"),
        FieldPanel("distribution_text"),
        InlinePanel("distribution", heading=_("Where it grows"), label=_("place")),
        FieldPanel("cultivation"),
        FieldPanel("harvest"),
        FieldPanel("traditional_uses"),
        FieldPanel("cautions"),
        FieldPanel("parts_used", widget=forms.CheckboxSelectMultiple),
        FieldPanel("strategic_groups", widget=forms.CheckboxSelectMultiple),
    ]
    names_panels = [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("genus"), FieldPanel("epithet")]),
                FieldRowPanel([FieldPanel("infraspecific_rank"), FieldPanel("infraspecific_name")]),
                FieldPanel("authority"),
                FieldPanel("family"),
            ],
            heading=_("Accepted scientific name"),
        ),
        FieldPanel("taxonomic_note"),
        MultiFieldPanel(
            [FieldPanel("gbif_taxon_key"), FieldPanel("ipni_id"), FieldPanel("wikidata_id")],
            heading=_("Identifiers in other databases"),
        ),
        InlinePanel("synonyms", heading=_("Synonyms"), label=_("synonym")),
        InlinePanel("vernacular_names", heading=_("Vernacular names"), label=_("name")),
        InlinePanel("look_alikes", heading=_("Not to be confused with"), label=_("look-alike")),
    ]
    conservation_panels = [
        InlinePanel("assessments", heading=_("Conservation assessments"), label=_("assessment")),
    ]
    media_panels = [InlinePanel("gallery_images", heading=_("Gallery"), label=_("image"))]
    sources_panels = [InlinePanel("sources", heading=_("Sources"), label=_("source"))]

    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(names_panels, heading=_("Names")),
            ObjectList(conservation_panels, heading=_("Conservation")),
            ObjectList(media_panels, heading=_("Media")),
            ObjectList(sources_panels, heading=_("Sources")),
            ObjectList(Page.promote_panels, heading=_("Promote")),
        ]
    )

    parent_page_types = ["species.SpeciesIndexPage"]
    subpage_types = []
    # Read with the page when a visitor's address is routed to it (base.translated_slugs):
    # its heading and its structured data name the family.
    route_select_related = ("family",)
    has_short_address = True  # printed on QR labels in herb gardens and on products
    base_form_class = SpeciesPageForm

    class Meta:
        verbose_name = _("species page")
        indexes = [
            # The research API and the Darwin Core archive list species by scientific
            # name: with this index the database reads a page of them in order instead
            # of sorting the whole catalogue (67 ms to 1 ms at 10,000 species).
            models.Index(
                fields=["genus", "epithet", "infraspecific_rank", "infraspecific_name"],
                name="species_scientific_order",
            )
        ]

    def clean(self):
        super().clean()
        errors = validate_scientific_name(
            self.genus, self.epithet, self.infraspecific_rank, self.infraspecific_name
        )
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.set_name_sort_keys()
        return super().save(*args, **kwargs)

    def set_name_sort_keys(self):
        """Each language's ``name_sort_key`` (``species.vietnamese.set_title_sort_keys``)."""
        set_title_sort_keys(self)

    # What ``scientific_name`` is made of: a list's CSV reads these columns alone.
    SCIENTIFIC_NAME_FIELDS = ("genus", "epithet", "infraspecific_rank", "infraspecific_name")

    @property
    def scientific_name(self):
        """The name without authority, e.g. 'Panax vietnamensis var. fuscidiscus'."""
        return scientific_name_of(*(getattr(self, f) for f in self.SCIENTIFIC_NAME_FIELDS))

    @property
    def abbreviated_name(self):
        return f"{self.genus[:1]}. {self.epithet}" if self.epithet else self.scientific_name

    @staticmethod
    def assessments_in_order():
        """Assessments with what the pages show of them, in display order (for prefetching)."""
        # Schemes may share a sort order, and a scheme may assess twice in a year: the
        # code and the id settle those, so SQLite and PostgreSQL list them alike.
        return SpeciesAssessment.objects.select_related("category__scheme", "source").order_by(
            "category__scheme__sort_order", "category__scheme__code", "-year", "pk"
        )

    @staticmethod
    def sensitivity_assessments():
        """Assessments with only what ``location_is_sensitive`` reads (for prefetching
        into ``prefetched_assessments`` where a page is asked whether its places may be
        shown, not shown its status): the category's two flags, in no order."""
        # A map's species are asked one question; the whole assessment with its
        # category, scheme and source in every language was sixty columns a row.
        return (
            SpeciesAssessment.objects.select_related("category")
            .only("page", "category__is_threatened", "category__wild_harvest")
            .order_by()
        )

    @cached_property
    def assessment_list(self):
        prefetched = getattr(self, "prefetched_assessments", None)
        if prefetched is not None:
            return prefetched
        if self.pk is None:
            # A new species previewed in the admin: its assessments are only in the form
            # (modelcluster keeps them in memory); the database has none to filter.
            return list(self.assessments.all())
        return list(self.assessments_in_order().filter(page=self))

    @property
    def wild_harvest(self):
        """The strictest wild-harvest rule among the species' assessments."""
        return strictest_wild_harvest(a.category for a in self.assessment_list)

    @property
    def wild_harvest_basis(self):
        """The assessments that impose the wild-harvest rule, for 'why' on the page."""
        rule = self.wild_harvest
        return [a for a in self.assessment_list if rule and a.category.wild_harvest == rule]

    def provinces(self):
        return sorted({d.province for d in self.distribution.all()})

    @property
    def location_is_sensitive(self):
        """True for species that are poached: threatened, or under a wild-harvest rule.

        Places and garden stations of such a species publish nothing finer than the
        commune (see ``base.models.places``).
        """
        return any(
            a.category.is_threatened or a.category.wild_harvest for a in self.assessment_list
        )

    @classmethod
    def search_queryset(cls, queryset):
        return queryset.select_related("family").prefetch_related(
            "synonyms",
            "vernacular_names",
            "parts_used",
            "distribution",
            "strategic_groups",
            Prefetch(
                "assessments",
                queryset=cls.assessments_in_order(),
                to_attr="prefetched_assessments",
            ),
        )

    def description_sections(self):
        """The filled description sections in display order (the template's
        ``{% translated %}`` says which fall back to Vietnamese)."""
        return [
            {
                "name": name,
                "heading": self._meta.get_field(name).verbose_name,
                "value": getattr(self, name),
            }
            for name in self.SECTIONS
            if has_text(getattr(self, name))
        ]

    def vernacular_names_for(self, user):
        """The vernacular names ``user`` may see (a community's names to its members)."""
        scope = AccessScope.for_user(user)
        return [name for name in self.vernacular_names.all() if name.is_visible_to(scope)]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # The names table and the head's JSON-LD both read the names, the table and the
        # map the distribution, the gallery and the sharing tags the images: one query
        # each (a preview's rows, which modelcluster holds in memory, still win).
        if self.pk is not None:
            prefetch_related_objects(
                [self],
                "synonyms",
                "distribution",
                Prefetch(
                    "vernacular_names", queryset=VernacularName.objects.select_related("source")
                ),
                Prefetch("gallery_images", queryset=SpeciesImage.objects.select_related("image")),
                # The warning links each look-alike to its page.
                Prefetch(
                    "look_alikes",
                    queryset=LookAlike.objects.select_related("other_species").defer(
                        *all_but_link_fields(SpeciesPage, "other_species__")
                    ),
                ),
            )
        context["vernacular_names"] = self.vernacular_names_for(getattr(request, "user", None))
        sections = self.description_sections()
        context["sections"] = sections
        context["has_distribution_section"] = any(
            s["name"] == "distribution_text" for s in sections
        )
        context["app_sections"] = self.app_sections(request)
        # One query for the list of sources, not one more per source.
        context["sources"] = self.sources.select_related("source")
        return context

    def app_sections(self, request):
        """Sections other apps add to the page (the value chain's figures, products…).

        The catalogue sits below those apps and must not import them: each registers a
        ``species_page_sections`` hook that gets (page, request) and returns its
        rendered HTML, or None when it has nothing to show for this species.
        """
        return [
            html
            for section in hooks.get_hooks("species_page_sections")
            if (html := section(self, request))
        ]

    def structured_data(self, request):
        """The page as schema.org JSON-LD, a Bioschemas ``Taxon`` (``templates/base.html``
        puts it in the head)."""
        return page_taxon(self, request)

    @path("geojson/", name="geojson")
    def geojson(self, request):
        """Where the species grows, as GeoJSON for the page's map: each place at its
        commune centre, never finer (see ``species.distribution_map``)."""
        return JsonResponse(
            distribution_map.feature_collection(self, request),
            content_type="application/geo+json",
        )


class Synonym(Orderable):
    """Another scientific name for the species, or a name misapplied to it."""

    class Kind(models.TextChoices):
        SYNONYM = "synonym", _("synonym")
        BASIONYM = "basionym", _("basionym")
        MISAPPLIED = "misapplied", _("misapplied name")

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="synonyms")
    name = models.CharField(_("name"), max_length=200)
    authority = models.CharField(_("authority"), max_length=200, blank=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices, default=Kind.SYNONYM)

    panels = [FieldRowPanel([FieldPanel("name"), FieldPanel("authority")]), FieldPanel("kind")]

    def __str__(self):
        return f"{self.name} {self.authority}".strip()


class VernacularName(Orderable):
    """A common name in a national or ethnic language, optionally with its pronunciation."""

    class Language(models.TextChoices):
        VIETNAMESE = "vi", _("Vietnamese")
        ENGLISH = "en", _("English")
        CHINESE = "zh", _("Chinese")
        FRENCH = "fr", _("French")
        HMONG = "hmn", _("H'Mông")
        DAO = "dao", _("Dao")
        HANI = "hni", _("Hà Nhì")
        THAI = "thai", _("Thái")
        GIAY = "giay", _("Giáy")
        TAY = "tay", _("Tày")
        OTHER = "other", _("other")

    class Access(models.TextChoices):
        """Who may see the name, from the most open: the levels of knowledge items."""

        PUBLIC = PUBLIC, _("Public")
        REGISTERED = REGISTERED, _("Registered researchers (signed in)")
        COMMUNITY = COMMUNITY, _("Members of the community only")
        WITHHELD = WITHHELD, _("Withheld (never online)")

    # BCP 47 tags for the lang attribute, only where one is certain.
    HTML_LANG = {"vi": "vi", "en": "en", "zh": "zh", "fr": "fr", "hmn": "hmn", "hni": "hni"}

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="vernacular_names")
    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(_("language"), max_length=10, choices=Language.choices)
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("Where it is used, what it means, or how sure the source is."),
    )
    audio = models.ForeignKey(
        "wagtaildocs.Document",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("pronunciation audio"),
    )
    source = optional_source()
    access_level = models.CharField(
        _("access level"),
        max_length=20,
        choices=Access.choices,
        default=Access.PUBLIC,
        help_text=_(
            "A name a community holds is shown only to whom it allows. Only knowledge "
            "stewards may open a name to a wider audience."
        ),
    )
    community = models.SlugField(
        _("community"),
        max_length=60,
        blank=True,
        help_text=_(
            "For a name shown to one community only: the community's code "
            "(Knowledge → Communities), e.g. 'dao-lao-cai'."
        ),
    )

    panels = [
        FieldRowPanel([FieldPanel("name"), FieldPanel("language")]),
        FieldPanel("note"),
        FieldRowPanel([FieldPanel("audio"), FieldPanel("source")]),
        FieldRowPanel([FieldPanel("access_level"), FieldPanel("community")]),
    ]

    class Meta(Orderable.Meta):
        permissions = [("open_vernacular_name", "Can open a vernacular name to a wider audience")]

    def clean(self):
        if self.access_level == COMMUNITY and not self.community:
            raise ValidationError(
                {"community": _("Name the community whose members may see this name.")}
            )

    @property
    def html_lang(self):
        return self.HTML_LANG.get(self.language, "")

    def is_visible_to(self, scope):
        """Whether a visitor of ``scope`` (a ``search.documents.AccessScope``) may see it,
        by the rule knowledge items follow."""
        return scope.allows(self.access_level, self.community)

    @property
    def audience(self):
        """Who may see the name, in words (the community's code for a community's name)."""
        label = self.Access(self.access_level).label
        return f"{label} ({self.community})" if self.access_level == COMMUNITY else str(label)

    def opens(self, held):
        """Whether this name is shown more widely than ``held`` (the name as it stood)."""
        if OPENNESS[self.access_level] < OPENNESS[held.access_level]:
            return True
        return self.access_level == held.access_level == COMMUNITY and (
            self.community != held.community
        )


class LookAlike(Orderable):
    """A plant this species is confused with or counterfeited by, and why it matters."""

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="look_alikes")
    other_species = models.ForeignKey(
        SpeciesPage,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("species in the catalogue"),
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("For a plant not in the catalogue, e.g. 'thổ tam thất (Gynura japonica)'."),
    )
    reason = models.TextField(_("why it matters"))
    source = optional_source()

    panels = [
        FieldPanel("other_species"),
        FieldPanel("name"),
        FieldPanel("reason"),
        FieldPanel("source"),
    ]

    def clean(self):
        if not self.other_species_id and not self.name.strip():
            raise ValidationError(
                {"name": _("Choose a species from the catalogue or type the plant's name.")}
            )

    @property
    def label(self):
        return self.name or (self.other_species.title if self.other_species else "")


class Distribution(Orderable):
    """A place the species grows, as the literature records it.

    Districts were abolished in July 2025 and Lào Cai merged with Yên Bái;
    places are stored as the current province and commune, with the former
    district (and former province) the literature names kept beside them.
    """

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="distribution")
    province = models.CharField(_("province"), max_length=20, choices=Province.choices)
    commune = models.CharField(_("commune"), max_length=200, blank=True)
    former_district = models.CharField(
        _("former district"),
        max_length=200,
        blank=True,
        help_text=_("As named in the literature before July 2025, e.g. 'Sa Pa'."),
    )
    place_note = models.CharField(
        _("place"),
        max_length=255,
        blank=True,
        help_text=_("A range, former province or country, e.g. 'Pu Si Lung range'."),
    )
    altitude_min = models.PositiveIntegerField(_("altitude from (m)"), null=True, blank=True)
    altitude_max = models.PositiveIntegerField(_("altitude to (m)"), null=True, blank=True)
    source = optional_source()

    panels = [
        FieldRowPanel([FieldPanel("province"), FieldPanel("commune")]),
        FieldRowPanel([FieldPanel("former_district"), FieldPanel("place_note")]),
        FieldRowPanel([FieldPanel("altitude_min"), FieldPanel("altitude_max")]),
        FieldPanel("source"),
    ]

    def clean(self):
        if (
            self.altitude_min is not None
            and self.altitude_max is not None
            and self.altitude_min > self.altitude_max
        ):
            raise ValidationError({"altitude_max": _("The upper altitude is below the lower one.")})


class SpeciesAssessment(Orderable):
    """A species' category under one scheme, with the year and the source that says so."""

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="assessments")
    category = models.ForeignKey(
        "species.ConservationCategory",
        on_delete=models.PROTECT,
        related_name="assessments",
        verbose_name=_("category"),
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    criteria = models.CharField(_("criteria"), max_length=60, blank=True, help_text="e.g. A2acd")
    note = models.CharField(
        _("note"),
        max_length=255,
        blank=True,
        help_text=_("A caveat, e.g. 'group not confirmed' or 'reported by a secondary source'."),
    )
    source = optional_source()

    panels = [
        FieldPanel("category"),
        FieldRowPanel([FieldPanel("year"), FieldPanel("criteria")]),
        FieldPanel("note"),
        FieldPanel("source"),
    ]

    def clean(self):
        message = validate_year(self.year)
        if message:
            raise ValidationError({"year": message})


class SpeciesImage(Orderable):
    """A gallery image; the page refuses an image without credit and licence."""

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="gallery_images")
    image = models.ForeignKey(
        "base.CreditedImage", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    def clean(self):
        if self.image_id and not self.image.is_credited:
            missing = [
                str(label)
                for label, value in (
                    (_("credit"), self.image.credit),
                    (_("licence"), self.image.licence),
                )
                if not value.strip()
            ]
            raise ValidationError(
                {
                    "image": _(
                        "The image '%(title)s' has no %(missing)s. Add it in the image library "
                        "before showing the image on a page."
                    )
                    % {"title": self.image.title, "missing": _(" and ").join(missing)}
                }
            )


class SpeciesSource(CitedSource):
    """A source cited by the species page, with what it supports."""

    page = ParentalKey(SpeciesPage, on_delete=models.CASCADE, related_name="sources")
