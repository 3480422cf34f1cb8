"""Protected and banned-harvest lists, defined by a rule over the species' assessments."""

import csv
import io
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import models
from django.db.models import prefetch_related_objects
from django.http import StreamingHttpResponse
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modeltranslation.utils import build_localized_fieldname, get_language, resolution_order
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base.filters import GetFilterForm, IdField
from base.models import Province
from base.page_queries import shown
from species.badges import badge_with_name
from species.spreadsheets import neutralise_row

from .conservation import ConservationCategory, WildHarvest
from .pages import (
    Distribution,
    SpeciesAssessment,
    SpeciesPage,
    scientific_name_of,
    strictest_wild_harvest,
)

# Species read at a time for the CSV: memory stays flat however long the list.
CSV_CHUNK = 500


def in_list_order(species):
    """``species`` in a list's order: the Vietnamese order of the language shown, by its
    stored sort key (``name_sort_key``), so the database sorts and pages."""
    return species.order_by(build_localized_fieldname("name_sort_key", get_language()), "pk")


class ProtectedListPage(RoutablePageMixin, Page):
    """A list of species that follows from a rule, so it never goes out of step.

    The rule is evaluated on every view: a change saved on a species'
    assessments shows in every list at once. Manual additions cover species a
    legal text names but whose assessment is not yet recorded. The page shows the
    list a hundred species at a time; its CSV holds the whole list.
    """

    per_page = 100

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

    def rule_conditions(self, field="pk"):
        """What the rule asks of a species, as conditions on its id (``field``) (each kept apart, as
        Django's chained filters over assessments are: "assessed in one of the categories"
        and "under a ban" may be met by two different assessments); None for an empty
        rule, which selects no species.

        Each asks the narrow assessment or distribution table: joined to the species and
        page rows, a list of 1,500 read 3,000 rows of every text in every language."""
        category_ids = self.listed_category_ids
        if not (category_ids or self.harvest_rule or self.province):
            return None
        assessed = SpeciesAssessment.objects.values("page_id")
        ids = []
        if category_ids:
            ids.append(assessed.filter(category__in=list(category_ids)))
        if self.harvest_rule == self.HarvestRule.BANNED:
            ids.append(assessed.filter(category__wild_harvest=WildHarvest.BANNED))
        elif self.harvest_rule == self.HarvestRule.RESTRICTED:
            ids.append(
                assessed.filter(
                    category__wild_harvest__in=[WildHarvest.BANNED, WildHarvest.RESTRICTED]
                )
            )
        if self.province:
            ids.append(Distribution.objects.filter(province=self.province).values("page_id"))
        condition = models.Q()
        for subquery in ids:
            condition &= models.Q(**{f"{field}__in": subquery})
        return condition

    def listed_q(self, notes, field="pk"):
        """The species on the list by its rule or added by hand (``notes``), live or not,
        as a condition on their id (``field``)."""
        added = models.Q(**{f"{field}__in": list(notes)})
        by_rule = self.rule_conditions(field)
        return added if by_rule is None else by_rule | added

    def _notes(self):
        """{species id: reason} of the manual additions."""
        return {a.species_id: a.note for a in self.additions.all() if a.species_id is not None}

    def members(self, notes=None):
        """The species on the list (by the rule or added by hand), live, in the Vietnamese
        order of the language shown: one query the database sorts and pages."""
        notes = self._notes() if notes is None else notes
        return in_list_order(
            SpeciesPage.objects.live().filter(self.listed_q(notes)).select_related("family")
        )

    def member_ids(self, notes=None):
        """The ids of ``members()`` in their order: the database sorts the ids alone, once,
        to count and page the list; a page of it is then read by id."""
        # Not rewritten by wagtail-modeltranslation: its values iterator builds a dict
        # and fills every translated field for each row, a third of the cost of the
        # ids of a list of 1,500 (the filters and the order are already in the query).
        return list(self.members(notes).rewrite(False).values_list("pk", flat=True))

    def entries(self, species=None, notes=None):
        """(species, matching assessments, manual note) for each of ``species`` (a page
        of ``members()``; the whole list when not given), in that order: the API's
        list, which shows the species as it shows them elsewhere. The page and the CSV
        read theirs as values (``_ListRows``)."""
        notes = self._notes() if notes is None else notes
        species = list(self.members(notes) if species is None else species)
        # One query for all their assessments, whatever the number of species. Their
        # categories, a few dozen rows, are read once and shared: joined to each
        # assessment they were built again for every row (with scheme and source), most
        # of a page's time at 10,000 species.
        categories = self.categories_by_id
        prefetch_related_objects(
            species,
            models.Prefetch(
                "assessments",
                queryset=SpeciesPage.assessments_in_order().select_related(None),
                to_attr="prefetched_assessments",
            ),
        )
        for page in species:
            for assessment in page.prefetched_assessments:
                if assessment.category_id in categories:  # else one added since: read it
                    assessment.category = categories[assessment.category_id]
        category_ids = self.listed_category_ids
        return [
            (
                page,
                [
                    a
                    for a in page.assessment_list
                    if not category_ids or a.category_id in category_ids
                ],
                notes.get(page.pk, ""),
            )
            for page in species
        ]

    # Read once for a page object, whoever asks (the rows of the page, of the CSV, of
    # the API's list).
    @cached_property
    def categories_by_id(self):
        """{id: category} of every category, with its scheme, for the rows' badges."""
        return ConservationCategory.objects.select_related("scheme").in_bulk()

    @cached_property
    def listed_category_ids(self):
        """The ids of the categories the list names: its rule and its rows' badges both
        read them, once for a page object."""
        return set(self.categories.values_list("pk", flat=True))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        form = ListPageForm(request.GET or None)
        notes = self._notes()
        # Counted and paged from the ids: a COUNT and a sorted page of whole rows each read
        # the whole list (8 and 12 ms for a list of 1,500 at 10,000 species).
        ids = self.member_ids(notes)
        page = Paginator(ids, self.per_page).get_page(form.cleaned().get("page"))
        # The page's rows are read as values, as the CSV's are: built as species pages
        # with their assessments, they were a third of the page's time.
        shown_ids = list(page.object_list)
        rows = _ListRows(request, self.categories_by_id, self.listed_category_ids)
        rows.read_assessments(models.Q(page_id__in=shown_ids))
        shown = in_list_order(SpeciesPage.objects.live().filter(pk__in=shown_ids))
        context.update(
            rows=list(rows.rows(shown, notes)),
            entries_page=page,
            page_form=form,
        )
        return context

    @path("csv/", name="csv")
    def csv_view(self, request):
        """The whole list as a spreadsheet, with the assessments and the legal basis of each
        row; written as it is read, a chunk of species at a time."""
        response = StreamingHttpResponse(
            self._csv_lines(request, get_language()), content_type="text/csv; charset=utf-8"
        )
        filename = slugify(self.slug) or "list"
        response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
        return response

    def _csv_lines(self, request, language):
        # Read by the server after the view has returned: the language is set again.
        with override(language):
            yield from self._csv_rows(request)

    def _csv_rows(self, request):
        buffer = io.StringIO()
        writer = csv.writer(buffer)

        def written():
            text = buffer.getvalue()
            buffer.seek(0)
            buffer.truncate()
            return text

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
        # The BOM lets spreadsheet programs read the Vietnamese as UTF-8.
        yield "\ufeff" + written()
        notes = self._notes()
        rows = _ListRows(request, self.categories_by_id, self.listed_category_ids, full_urls=True)
        # Every member's assessments in one query, asked by the list's own condition on
        # the assessments' table (a few small numbers per species): asked by id, chunk by
        # chunk, the ids alone cost more to send than the rows to read.
        rows.read_assessments(self.listed_q(notes, "page_id"))
        # One sorted query, read through a cursor a chunk at a time as the file is sent
        # (the process never holds the whole list): the ids read first and each chunk
        # then asked by id sorted the list once and read its rows twice (15 of 70 ms for
        # a list of 1,500 at 10,000 species).
        rules = {}  # each wild-harvest rule's label, translated once
        lines = []
        for row in rows.rows(self.members(notes), notes, stream=True):
            if row.wild_harvest not in rules:
                rules[row.wild_harvest] = (
                    str(WildHarvest(row.wild_harvest).label) if row.wild_harvest else ""
                )
            line = [
                row.title,
                row.scientific_name,
                row.authority,
                row.family,
                "; ".join(badge + (f" ({year})" if year else "") for badge, year in row.badges),
                rules[row.wild_harvest],
                row.note,
                row.url,
            ]
            lines.append(neutralise_row(line))
            if len(lines) == CSV_CHUNK:
                # A chunk is sent as one piece: line by line, the server wrote (and
                # encoded) 1,500 pieces of a hundred bytes.
                writer.writerows(lines)
                lines = []
                yield written()
        if lines:
            writer.writerows(lines)
            yield written()


@dataclass
class ListRow:
    """One species of a list as its page and its CSV show it."""

    title: str
    scientific_name: str
    authority: str
    family: str
    url: str
    badges: list  # [(badge with name, year)] of its assessments in the list's categories
    wild_harvest: str  # its strictest wild-harvest rule ("" for none)
    note: str


class _ListRows:
    """What a list's page and CSV show of each species, read as values.

    A species page is a row of over a hundred translated columns; building one for each
    row (with its family and assessments) was most of the time of both: about 0.2 ms a
    line of the file, a third of a page of 100. Its title and address are the ones the
    species' page shows in the active language: the first of the fallback languages that
    has one, as wagtail-modeltranslation does, and the address is its parent's followed
    by that slug (a species lives only under a species index,
    ``SpeciesPage.parent_page_types``); whole (with the host) for the file.
    """

    def __init__(self, request, categories, listed, full_urls=False):
        self.request = request
        # {id: category}: the list's own, and any added since it was read (copied, so
        # that one found here does not change the page's).
        self.categories = dict(categories)
        self.listed = listed  # the categories whose assessments are shown (all if empty)
        self.full_urls = full_urls
        self.assessed = {}
        self.parent_urls = {}
        self.badges = {}  # a category's badge, written once for the whole list
        languages = resolution_order(get_language())
        self.titles = [build_localized_fieldname("title", lang) for lang in languages]
        self.slugs = [build_localized_fieldname("slug", lang) for lang in languages]
        self.names = SpeciesPage.SCIENTIFIC_NAME_FIELDS

    def rows(self, members, notes, stream=False):
        """A ``ListRow`` for each of ``members`` (a queryset of species, in its order),
        with the assessments read before (``read_assessments``); with ``stream``, read
        from the database a chunk at a time as they are asked for (the whole list of a
        CSV; a page's hundred rows are read at once)."""
        columns = ["pk", "path", "authority", "family__latin_name"]
        columns += [*self.names, *self.titles, *self.slugs]
        values = (
            members.select_related(None)
            .rewrite(False)  # the columns are named: no per-row translation work
            .values_list(*columns)
        )
        if stream:
            values = values.iterator(chunk_size=CSV_CHUNK)
        names = slice(4, 4 + len(self.names))
        titles = slice(names.stop, names.stop + len(self.titles))
        slugs = slice(titles.stop, None)
        for row in values:
            pk = row[0]
            badges, rule = self.assessed.get(pk, ([], ""))
            yield ListRow(
                title=shown(row[titles]),
                scientific_name=scientific_name_of(*row[names]),
                authority=row[2],
                family=row[3],
                url=self._url(row[1], shown(row[slugs])),
                badges=badges,
                wild_harvest=rule,
                note=notes.get(pk, ""),
            )

    def read_assessments(self, listed):
        """Keep, for each species ``listed`` (a condition on assessments), the badges of
        its assessments (those of the listed categories, in the order its page lists
        them) and its strictest wild-harvest rule."""
        by_species = {}
        rows = (
            SpeciesPage.assessments_in_order()
            .select_related(None)
            .filter(listed)
            .rewrite(False)
            .values_list("page_id", "category_id", "year")
        )
        for page_id, category_id, year in rows:
            if category_id not in self.categories:  # one added since the list was read
                self.categories[category_id] = ConservationCategory.objects.select_related(
                    "scheme"
                ).get(pk=category_id)
            by_species.setdefault(page_id, []).append((category_id, year))
        categories = self.categories
        for page_id, assessments in by_species.items():
            self.assessed[page_id] = (
                [
                    (self._badge(category_id), year)
                    for category_id, year in assessments
                    if not self.listed or category_id in self.listed
                ],
                strictest_wild_harvest(categories[category_id] for category_id, _y in assessments),
            )

    def _badge(self, category_id):
        """``badge_with_name`` of a category, written once for the list: its translated
        name and scheme are not read again for each row."""
        if category_id not in self.badges:
            self.badges[category_id] = badge_with_name(self.categories[category_id])
        return self.badges[category_id]

    def _url(self, path, slug):
        """The species' address: its parent's and its slug (none outside every site)."""
        parent = self._parent_url(path)
        return f"{parent}{slug}/" if parent else ""

    def _parent_url(self, path):
        parent = path[: -SpeciesPage.steplen]
        if parent not in self.parent_urls:
            page = Page.objects.get(path=parent)
            url = page.get_full_url(self.request) if self.full_urls else page.get_url(self.request)
            self.parent_urls[parent] = url
        return self.parent_urls[parent]


class ListPageForm(GetFilterForm):
    """The list page's query string: the page of the list."""

    page = IdField(required=False)


class ProtectedListAddition(Orderable):
    """A species put on a list by hand, with the reason."""

    page = ParentalKey(ProtectedListPage, on_delete=models.CASCADE, related_name="additions")
    species = models.ForeignKey(
        SpeciesPage, on_delete=models.CASCADE, related_name="+", verbose_name=_("species")
    )
    note = models.CharField(_("reason"), max_length=255, blank=True)

    panels = [FieldPanel("species"), FieldPanel("note")]
