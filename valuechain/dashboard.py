"""The plans' targets set against what the records show today.

Every figure on the dashboard is computed here from the records, never typed: a
curator enters production figures, producers, products, growing areas and
certificates, and the dashboard follows. Three rules shape it:

- An indicator the records cannot give says "no figure yet" (``Current.value`` is
  None), never 0: the museum's records are not a full register, so an empty count
  means "not recorded", not "none exist". A count needs at least one contributing
  record; a share needs some area to share.
- Every current value says whether any record behind it is sample data, and lists
  the sources it was computed from, so the page, the charts and the CSV can say so.
- Only what visitors may see counts: live, public pages (species, producers,
  products), and records attached to them.

A target's place is its province; a target without a species is about all medicinal
plants. Pages and records are placed in a province by their commune (a producer's,
or a growing area's); one without a commune cannot be placed and is left out.

``DashboardViews`` at the end serves the page and its routes: the page's model cannot
import this module (it reads the models), so it finds them through a hook.
"""

import csv
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.db.models import F, Max
from django.http import Http404, HttpResponse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from base.filters import parse_id
from base.models import Province
from base.page_queries import private_q
from base.spreadsheets import neutralise_row
from species.models import SpeciesPage
from valuechain import charts
from valuechain.models import (
    AreaStatus,
    Certificate,
    GrowingArea,
    Indicator,
    MarketPrice,
    Plan,
    PlanTarget,
    ProducerKind,
    ProducerPage,
    ProductionFigure,
    ProductPage,
    Scheme,
    ValueChain,
)
from valuechain.models.statistics import DASHBOARD_VIEWS_HOOK


def figure_fields():
    """{indicator: the production figure it sums}."""
    return {
        Indicator.AREA: "area_planted_ha",
        Indicator.OUTPUT: "output_tonnes",
        Indicator.VALUE: "value_billion_vnd",
    }


QUALITY_SCHEMES = (Scheme.GACP_WHO, Scheme.ORGANIC, Scheme.GMP)
FOREST_SCHEMES = (Scheme.FSC, Scheme.PEFC)
HUNDRED = Decimal(100)


@dataclass
class Current:
    """Where an indicator stands today, as computed from the records."""

    value: Decimal | None = None  # None: the records give no figure yet
    year: int | None = None  # the year of the production figures summed, if any
    is_sample: bool = False  # a record behind the figure is sample data
    sources: list = field(default_factory=list)
    note: str = ""  # how the figure approximates what the plan counts

    @property
    def known(self):
        return self.value is not None


@dataclass
class TargetRow:
    """One target of a plan with how much of it is reached."""

    target: PlanTarget
    percent: Decimal | None


@dataclass
class IndicatorGroup:
    """The targets of one plan for one indicator, species and province (2030, 2035…),
    which share one current value and one chart."""

    key: int  # the first target's id: names the group's chart
    plan: str
    indicator: str
    species: SpeciesPage | None
    province: str
    current: Current
    rows: list

    @property
    def label(self):
        return Indicator(self.indicator).label

    @property
    def province_label(self):
        return Province(self.province).label if self.province in Province.values else ""

    @property
    def unit_is_percent(self):
        return self.indicator == Indicator.CODED_SHARE

    @property
    def chart_text(self):
        """The chart in words, for its ``alt``."""
        return charts.chart_text(self)

    @property
    def chart_height(self):
        return charts.target_chart_height(self)


@dataclass
class PlanSection:
    plan: str
    groups: list

    @property
    def label(self):
        return Plan(self.plan).label if self.plan in Plan.values else self.plan


def percent_of(current, target_value):
    """How much of ``target_value`` the current value reaches, in %, or None."""
    if current is None or not target_value or target_value <= 0:
        return None
    return (Decimal(current) * HUNDRED / Decimal(target_value)).quantize(Decimal("0.1"))


def _unique(texts):
    return list(dict.fromkeys(t.strip() for t in texts if t and t.strip()))


def public_species_ids():
    """Ids of the species pages visitors may see."""
    return set(public_species().values_list("pk", flat=True))


def public_species():
    """The species pages visitors may see, as a subquery for ``species__in``: the
    database filters, rather than a list of every species' id on each request (a species
    page's prices asked with 10,000 ids)."""
    return SpeciesPage.objects.live().exclude(private_q()).values("pk")


def _public_producers():
    return {
        p.pk: p
        for p in ProducerPage.objects.live()
        .public()
        .select_related("commune")
        .prefetch_related("species")
    }


def _province_of(producer):
    return producer.commune.province if producer is not None and producer.commune_id else None


class Records:
    """What the dashboard reads, loaded once per computation (the records are few: a
    province's producers, areas and certificates number in the hundreds)."""

    def __init__(self, today=None):
        self.today = today or timezone.localdate()
        self.species_ids = public_species_ids()
        self.producer_ids = set(ProducerPage.objects.live().public().values_list("pk", flat=True))
        self.producers = _public_producers()

    def producer(self, pk):
        return self.producers.get(pk)

    def areas(self):
        if not hasattr(self, "_areas"):
            self._areas = [
                a
                for a in GrowingArea.objects.select_related("commune")
                # An area of a draft or restricted producer is not the public's to count.
                if a.species_id in self.species_ids
                and a.commune_id
                and (a.producer_id is None or a.producer_id in self.producer_ids)
            ]
        return self._areas

    def products(self):
        if not hasattr(self, "_products"):
            self._products = list(
                ProductPage.objects.live()
                .public()
                .select_related("producer__commune")
                .prefetch_related("ingredients")
            )
        return self._products

    def valid_certificates(self, schemes):
        """Certificates of ``schemes`` valid today, whose holder and product are public."""
        certificates = Certificate.objects.filter(scheme__in=schemes).select_related(
            "growing_area__commune", "product__producer__commune", "holder__commune"
        )
        public_products = {p.pk for p in self.products()}
        return [
            c
            for c in certificates
            if not c.is_expired(self.today)
            and (c.valid_from is None or c.valid_from <= self.today)
            and (c.holder_id is None or c.holder_id in self.producers)
            and (c.product_id is None or c.product_id in public_products)
            and (c.growing_area_id is None or c.growing_area.species_id in self.species_ids)
        ]


def _counted(records, note=""):
    """A count of ``records`` (each with ``is_sample`` and ``source``), or no figure."""
    if not records:
        return Current(note=note)
    return Current(
        value=Decimal(len(records)),
        is_sample=any(r.is_sample for r in records),
        sources=_unique(getattr(r, "source", "") for r in records),
        note=note,
    )


def production_current(field_name, province, species=None, species_ids=None):
    """The latest year's figures of ``field_name`` for the province (and species), summed.

    A province-wide figure and its communes' figures count the same hectares: for each
    species, the province-wide figure is taken where given, else its communes' sum.
    """
    species_ids = public_species_ids() if species_ids is None else species_ids
    rows = ProductionFigure.objects.filter(
        province=province, species__in=species_ids, **{f"{field_name}__isnull": False}
    )
    if species is not None:
        rows = rows.filter(species=species)
    latest = rows.aggregate(latest=Max("year"))["latest"]
    if latest is None:
        return Current()
    by_species = defaultdict(list)
    for row in rows.filter(year=latest):
        by_species[row.species_id].append(row)
    used = []
    for figures in by_species.values():
        whole = [f for f in figures if f.commune_id is None]
        used += whole or figures
    return Current(
        value=sum((getattr(f, field_name) for f in used), Decimal(0)),
        year=latest,
        is_sample=any(f.is_sample for f in used),
        sources=_unique(f.source for f in used),
    )


def current_value(indicator, province, species, records, counted_apart=()):
    """The current value of ``indicator`` for the province (and species, if given).

    ``counted_apart``: species whose figures an all-plants target leaves out, because the
    plan gives them a target of their own (Lào Cai's 8,500 ha of medicinal plants beside
    its 150,000 ha of cassia).
    """
    fields = figure_fields()
    if indicator in fields:
        apart = [s for s in counted_apart if s.pk in records.species_ids]
        current = production_current(
            fields[indicator],
            province,
            species,
            records.species_ids - {s.pk for s in apart},
        )
        if species is None and apart and current.value is not None:
            names = ", ".join(s.title for s in apart)
            current.note = gettext("Without %(species)s, which the plan gives its own target.") % {
                "species": names
            }
        return current
    species_id = species.pk if species is not None else None
    computing = computers().get(indicator)
    if computing is None:
        return Current()
    return computing(province, species_id, records)


def _ocop(province, species_id, records):
    products = [
        p
        for p in records.products()
        if (p.ocop_stars or 0) >= 3
        and _province_of(p.producer) == province
        and (species_id is None or any(i.species_id == species_id for i in p.ingredients.all()))
    ]
    return _counted(products)


def _value_chains(province, species_id, records):
    def placed(chain):
        lead = records.producer(chain.lead_id)
        if lead is not None and lead.commune_id:
            return lead.commune.province
        for member in chain.members.all():
            member = records.producer(member.pk)
            if member is not None and member.commune_id:
                return member.commune.province
        return None

    chains = ValueChain.objects.prefetch_related("members")
    if species_id is not None:
        chains = chains.filter(species_id=species_id)
    return _counted([c for c in chains if placed(c) == province])


def _certificate_place_and_species(certificate, records):
    """(province, species ids) of what a certificate covers: its area, product or holder."""
    if certificate.growing_area_id:
        area = certificate.growing_area
        return (area.commune.province if area.commune_id else None), {area.species_id}
    if certificate.product_id:
        product = certificate.product
        return _province_of(product.producer), {i.species_id for i in product.ingredients.all()}
    holder = records.producer(certificate.holder_id)
    if holder is not None:
        return _province_of(holder), {s.pk for s in holder.species.all()}
    return None, set()


def _certified(province, species_id, records):
    matching = []
    for certificate in records.valid_certificates(QUALITY_SCHEMES):
        place, species = _certificate_place_and_species(certificate, records)
        if place == province and (species_id is None or species_id in species):
            matching.append(certificate)
    return _counted(matching, note=_("Counts certificates valid today."))


def _facilities(kind, needs_code):
    def compute(province, species_id, records):
        producers = [
            p
            for p in records.producers.values()
            if p.kind == kind
            and (p.facility_code.strip() or not needs_code)
            and _province_of(p) == province
            and (species_id is None or any(s.pk == species_id for s in p.species.all()))
        ]
        return _counted(producers)

    return compute


def _areas(province, species_id, records):
    return [
        a
        for a in records.areas()
        if a.commune.province == province and (species_id is None or a.species_id == species_id)
    ]


def _canopy(province, species_id, records):
    areas = [
        a
        for a in _areas(province, species_id, records)
        if a.under_canopy and a.status != AreaStatus.REVOKED
    ]
    return _counted(
        areas,
        note=_("Counts growing areas under forest canopy, as an approximation of projects."),
    )


def _coded_share(province, species_id, records):
    areas = _areas(province, species_id, records)
    total = sum((a.area_ha for a in areas), Decimal(0))
    if not total:
        return Current()
    granted = sum((a.area_ha for a in areas if a.status == AreaStatus.GRANTED), Decimal(0))
    return Current(
        value=(granted * HUNDRED / total).quantize(Decimal("0.1")),
        is_sample=any(a.is_sample for a in areas),
        sources=_unique(a.source for a in areas),
        note=_("Area with a granted growing-area code, as a share of all recorded area."),
    )


def _certified_forest(province, species_id, records):
    covered, certificates = {}, []
    for certificate in records.valid_certificates(FOREST_SCHEMES):
        area = certificate.growing_area
        if area is None or not area.commune_id or area.commune.province != province:
            continue
        if species_id is not None and area.species_id != species_id:
            continue
        covered[area.pk] = area  # an area under two certificates counts once
        certificates.append(certificate)
    if not covered:
        return Current()
    areas = list(covered.values())
    return Current(
        value=sum((a.area_ha for a in areas), Decimal(0)),
        is_sample=any(r.is_sample for r in areas + certificates),
        sources=_unique([c.source for c in certificates] + [a.source for a in areas]),
        note=_("Growing areas covered by valid FSC or VFCS/PEFC certificates."),
    )


def computers():
    """{indicator: how it is computed} for those not summed from production figures.

    The harvest to GACP-WHO (tonnes a year) is not here: no record holds it yet.
    """
    return {
        Indicator.OCOP: _ocop,
        Indicator.VALUE_CHAINS: _value_chains,
        Indicator.CERTIFIED: _certified,
        Indicator.SEEDLING: _facilities(ProducerKind.SEEDLING_FACILITY, needs_code=True),
        Indicator.PROCESSING: _facilities(ProducerKind.PROCESSING_FACILITY, needs_code=False),
        Indicator.CANOPY: _canopy,
        Indicator.CODED_SHARE: _coded_share,
        Indicator.CERTIFIED_FOREST: _certified_forest,
    }


def dashboard(today=None):
    """The plans, each with its indicator groups and their current values."""
    records = Records(today)
    indicator_order = {value: rank for rank, value in enumerate(Indicator.values)}
    plan_order = {value: rank for rank, value in enumerate(Plan.values)}
    targets = PlanTarget.objects.select_related("species").order_by("plan", "indicator", "year")
    grouped = {}
    own_targets = defaultdict(dict)  # (plan, indicator) -> species with their own target
    for target in targets:
        if target.species_id is not None:
            own_targets[target.plan, target.indicator][target.species_id] = target.species
    for target in targets:
        if target.species_id is not None and target.species_id not in records.species_ids:
            continue  # a target about a species visitors cannot see
        key = (target.plan, target.indicator, target.species_id, target.province)
        grouped.setdefault(key, []).append(target)
    sections = {}
    for (plan, indicator, _species_id, province), group_targets in grouped.items():
        species = group_targets[0].species
        apart = own_targets[plan, indicator].values() if species is None else ()
        current = current_value(indicator, province, species, records, apart)
        rows = [TargetRow(t, percent_of(current.value, t.value)) for t in group_targets]
        group = IndicatorGroup(
            key=group_targets[0].pk,
            plan=plan,
            indicator=indicator,
            species=species,
            province=province,
            current=current,
            rows=rows,
        )
        sections.setdefault(plan, []).append(group)
    result = []
    for plan in sorted(sections, key=lambda p: plan_order.get(p, len(plan_order))):
        groups = sorted(
            sections[plan],
            key=lambda g: (
                indicator_order.get(g.indicator, len(indicator_order)),
                g.species.title if g.species else "",
                g.key,
            ),
        )
        result.append(PlanSection(plan, groups))
    return result


def find_group(sections, key):
    """The indicator group whose chart is named ``key``, or None."""
    for section in sections:
        for group in section.groups:
            if group.key == key:
                return group
    return None


def production_figures():
    """Every production figure of a public species, for the dashboard's table and CSV."""
    return list(
        ProductionFigure.objects.filter(species__in=public_species())
        .select_related("species", "commune")
        .order_by(
            "species__title",
            "province",
            # The province-wide figure first, on every database (NULLs sort apart).
            F("commune__name").asc(nulls_first=True),
            "-year",
        )
    )


# Within a species: by part (a price of no named part after the named ones), form, newest.
_PRICE_ORDER = (F("part__sort_order").asc(nulls_last=True), "part__code", "form", "-date")


def public_prices(species_id=None):
    """Market prices of public species (or of one), by species, part and form, newest first
    (``prices_of`` for the species page's own)."""
    species = public_species()
    if species_id is not None:
        # Else SQLite lists every public species (10,000 ids) to keep this one's prices.
        species = species.filter(pk=species_id)
    prices = MarketPrice.objects.filter(species__in=species).select_related("part", "species")
    return list(prices.order_by("species__title", "species_id", *_PRICE_ORDER))


def prices_of(species):
    """The market prices of ``species``, in ``public_prices``' order, for the species'
    own page: the page is being shown, so whether the public may see the species is
    already answered, and its row (a hundred columns) is not read again for each price."""
    return list(
        MarketPrice.objects.filter(species=species).select_related("part").order_by(*_PRICE_ORDER)
    )


def latest_prices(prices):
    """For each species, part and form: the prices of its latest day (one per market)."""
    latest = {}
    for price in prices:
        key = (price.species_id, price.part_id, price.form)
        day = latest.setdefault(key, price.date)
        if price.date == day:
            yield price


@dataclass
class SpeciesPrices:
    """One species' prices, for its trend chart and table."""

    species: SpeciesPage
    prices: list

    @property
    def is_sample(self):
        return any(p.is_sample for p in self.prices)

    @property
    def chart_text(self):
        return charts.price_text(self.species, self.prices)

    @property
    def chart_height(self):
        return charts.price_chart_height(self.prices)


def prices_by_species(prices):
    """[SpeciesPrices] in the order given."""
    grouped = {}
    for price in prices:
        grouped.setdefault(price.species_id, SpeciesPrices(price.species, [])).prices.append(price)
    return list(grouped.values())


# -- CSV ---------------------------------------------------------------------------------
# Column headings are catalogue strings, written in the language of the page the file is
# downloaded from (a Vietnamese dashboard's file had English headings). The msgid is the
# column's stable key, which English keeps, so scripts written against it still work.
# Translators: a heading of a CSV download; translate it as a short heading
# ("target_year": "Target year"), not as a code.
INDICATOR_COLUMNS = [
    pgettext_lazy("CSV column", "plan"),
    pgettext_lazy("CSV column", "indicator"),
    pgettext_lazy("CSV column", "species"),
    pgettext_lazy("CSV column", "province"),
    pgettext_lazy("CSV column", "target_year"),
    pgettext_lazy("CSV column", "target"),
    pgettext_lazy("CSV column", "at_least"),
    pgettext_lazy("CSV column", "baseline"),
    pgettext_lazy("CSV column", "baseline_year"),
    pgettext_lazy("CSV column", "current"),
    pgettext_lazy("CSV column", "current_year"),
    pgettext_lazy("CSV column", "percent_reached"),
    pgettext_lazy("CSV column", "sample"),
    pgettext_lazy("CSV column", "current_sources"),
    pgettext_lazy("CSV column", "note"),
    pgettext_lazy("CSV column", "plan_wording"),
    pgettext_lazy("CSV column", "plan_source"),
]
FIGURE_COLUMNS = [
    pgettext_lazy("CSV column", "species"),
    pgettext_lazy("CSV column", "scientific_name"),
    pgettext_lazy("CSV column", "province"),
    pgettext_lazy("CSV column", "commune"),
    pgettext_lazy("CSV column", "year"),
    pgettext_lazy("CSV column", "area_planted_ha"),
    pgettext_lazy("CSV column", "area_harvested_ha"),
    pgettext_lazy("CSV column", "output_t"),
    pgettext_lazy("CSV column", "value_billion_vnd"),
    pgettext_lazy("CSV column", "source"),
    pgettext_lazy("CSV column", "sample"),
]
PRICE_COLUMNS = [
    pgettext_lazy("CSV column", "species"),
    pgettext_lazy("CSV column", "scientific_name"),
    pgettext_lazy("CSV column", "part"),
    pgettext_lazy("CSV column", "form"),
    pgettext_lazy("CSV column", "market"),
    pgettext_lazy("CSV column", "date"),
    pgettext_lazy("CSV column", "price_vnd_per_kg"),
    pgettext_lazy("CSV column", "source"),
    pgettext_lazy("CSV column", "sample"),
]


def _blank(value):
    return "" if value is None else value


def _sample_cell(is_sample):
    return gettext("sample data, not real") if is_sample else ""


def csv_response(filename, columns, rows):
    """``rows`` as a CSV download; text cells that look like formulas are neutralised."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # so spreadsheet programs read UTF-8
    writer = csv.writer(response)
    writer.writerow([str(column) for column in columns])  # in the request's language
    for row in rows:
        writer.writerow(neutralise_row([_blank(cell) for cell in row]))
    return response


def indicator_rows(sections):
    """A CSV row for every target: the target, the current value and where it stands."""
    for section in sections:
        for group in section.groups:
            current = group.current
            for row in group.rows:
                target = row.target
                yield [
                    section.label,
                    group.label,
                    group.species.title if group.species else "",
                    group.province_label,
                    target.year,
                    target.value,
                    "yes" if target.at_least else "no",
                    target.baseline_value,
                    target.baseline_year,
                    current.value if current.known else gettext("no figure yet"),
                    current.year,
                    row.percent,
                    _sample_cell(current.is_sample),
                    " | ".join(current.sources),
                    str(current.note),
                    target.wording,
                    target.source,
                ]


def figure_rows(figures):
    for f in figures:
        yield [
            f.species.title,
            f.species.scientific_name,
            f.get_province_display(),
            f.commune.name if f.commune_id else "",
            f.year,
            f.area_planted_ha,
            f.area_harvested_ha,
            f.output_tonnes,
            f.value_billion_vnd,
            f.source,
            _sample_cell(f.is_sample),
        ]


def price_rows(prices):
    for p in prices:
        yield [
            p.species.title,
            p.species.scientific_name,
            str(p.part) if p.part_id else "",
            p.get_form_display(),
            p.market,
            p.date.isoformat(),
            p.price_vnd_per_kg,
            p.source,
            _sample_cell(p.is_sample),
        ]


# -- the dashboard page's views ----------------------------------------------------------
class DashboardViews:
    """What ``DashboardPage`` shows at its address and its routes (CSV, charts)."""

    def context(self):
        plans = dashboard()
        production = production_figures()
        prices = public_prices()
        return {
            "plans": plans,
            "figures": production,
            "latest_prices": list(latest_prices(prices)),
            "price_species": prices_by_species(prices),
            "figures_have_sample": any(f.is_sample for f in production),
            "prices_have_sample": any(p.is_sample for p in prices),
        }

    def indicators_csv(self):
        rows = indicator_rows(dashboard())
        return csv_response("indicators.csv", INDICATOR_COLUMNS, rows)

    def figures_csv(self):
        rows = figure_rows(production_figures())
        return csv_response("production-figures.csv", FIGURE_COLUMNS, rows)

    def prices_csv(self):
        return csv_response("market-prices.csv", PRICE_COLUMNS, price_rows(public_prices()))

    def target_chart(self, key):
        group = find_group(dashboard(), parse_id(key))
        if group is None:
            raise Http404
        return charts.svg_response(charts.target_chart(group), f"chart-{group.key}.svg")

    def price_chart(self, species_id):
        species_id = parse_id(species_id)
        prices = public_prices(species_id=species_id) if species_id else []
        if not prices:
            raise Http404
        svg = charts.price_chart(prices[0].species, prices)
        return charts.svg_response(svg, f"prices-{species_id}.svg")


# The page's model cannot import this module (it reads the models): it finds its views
# through this hook (``DashboardPage.views``).
hooks.register(DASHBOARD_VIEWS_HOOK, DashboardViews)
