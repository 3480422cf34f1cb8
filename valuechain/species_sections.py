"""What a species page shows of the value chain.

The species app sits below this one and cannot import it: its page gathers sections
from the ``species_page_sections`` hook (each hook gets the page and the request and
returns HTML or None), and this module registers the value chain's section there.
The section shows the species' geographical indications, its latest production
figures per province, its latest market prices, the products made from it and how
many of its growing areas hold a code; it is left out when the species has none.
"""

from django.db.models import Count, Q
from django.template.loader import render_to_string
from wagtail import hooks

from base.page_queries import LINK_FIELDS, from_own_table, private_q
from valuechain import dashboard
from valuechain.models import (
    AreaStatus,
    DashboardPage,
    GeographicalIndication,
    GrowingArea,
    ProducerPage,
    ProductionFigure,
    ProductPage,
)

HOOK = "species_page_sections"
TEMPLATE = "valuechain/includes/species_value_chain.html"


def latest_figures(species):
    """Per province, the latest year's figures of ``species``: the province-wide figure
    where there is one, else its communes' figures."""
    by_province = {}
    for figure in ProductionFigure.objects.filter(species=species).select_related("commune"):
        by_province.setdefault(figure.province, []).append(figure)
    rows = []
    for province in sorted(by_province):
        figures = by_province[province]
        latest = max(f.year for f in figures)
        figures = [f for f in figures if f.year == latest]
        whole = [f for f in figures if f.commune_id is None]
        rows += whole or sorted(figures, key=lambda f: f.commune.name)
    return rows


def value_chain_context(species):
    """What the section shows of ``species``, or None when there is nothing to show."""
    if species.pk is None:
        return None  # a new species previewed in the admin: nothing can refer to it yet
    indications = list(GeographicalIndication.objects.filter(species=species))
    figures = latest_figures(species)
    prices = list(dashboard.latest_prices(dashboard.prices_of(species)))
    # Wagtail's ``public()`` reads every view restriction at each call: once for all.
    private = private_q()
    products = list(
        ProductPage.objects.live()
        .exclude(private)
        .filter(ingredients__species=species)
        .distinct()
        .order_by("title")
        # What the section shows of a product (not a row of every text in every language).
        .only(*LINK_FIELDS, "is_sample", "ocop_stars")
    )
    # Areas of a draft or restricted producer are not the public's to count.
    coded = GrowingArea.objects.filter(species=species, status=AreaStatus.GRANTED).filter(
        Q(producer=None) | Q(producer__in=ProducerPage.objects.live().exclude(private).values("pk"))
    )
    counts = coded.aggregate(coded=Count("pk"), samples=Count("pk", filter=Q(is_sample=True)))
    coded_count, coded_has_sample = counts["coded"], bool(counts["samples"])
    if not (indications or figures or prices or products or coded_count):
        return None
    return {
        "species": species,
        "indications": indications,
        "figures": figures,
        "prices": prices,
        "products": products,
        "coded_count": coded_count,
        "has_sample": coded_has_sample or any(r.is_sample for r in [*figures, *prices, *products]),
        "coded_has_sample": coded_has_sample,
        "dashboard": from_own_table(DashboardPage.objects.live().exclude(private))
        .only(*LINK_FIELDS)
        .first(),
    }


def species_value_chain_section(page, request):
    """The species page's value-chain section as HTML, or None."""
    context = value_chain_context(page)
    if context is None:
        return None
    return render_to_string(TEMPLATE, context, request=request)


_registered = []


def register_species_sections():
    """Register the value chain's sections of the species page (once per process)."""
    if not _registered:
        hooks.register(HOOK, species_value_chain_section)
        _registered.append(species_value_chain_section)
