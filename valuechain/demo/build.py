"""Build the value chain's demo content: the facts, then (unless told not to) the sample
set. Safe to run again: every record is found by its key and updated."""

from decimal import Decimal

from django.db.models import Q

from base.admin_units import find_commune
from base.content import set_translated
from base.models import Commune
from species.models import PartUsed
from species.services import ascii_slug, find_species
from valuechain.models import (
    BatchLabTest,
    BatchPage,
    BatchStep,
    Certificate,
    GeographicalIndication,
    GrowingArea,
    MarketPrice,
    PlanTarget,
    ProducerPage,
    ProductIngredient,
    ProductionFigure,
    ProductPage,
    ValueChain,
)
from valuechain.services import add_page, ensure_value_chain_indexes

from . import facts
from . import samples as s


def build_value_chain(home, samples=True, stream=None):
    """Create or update the value chain's demo under ``home`` (species must exist).

    ``samples=False`` leaves the sample set out, and removes what an earlier build of it
    left behind. Returns the index pages, {name: page}."""
    indexes = ensure_value_chain_indexes(home)
    built = _Builder(indexes, stream)
    built.facts()
    if samples:
        built.samples()
    else:
        remove_samples()
    return indexes


def _say(stream, text):
    if stream is not None:
        stream.write(f"{text}\n")


def _species(key, stream=None):
    page = find_species(*key)
    if page is None:
        _say(stream, f"  value chain: no species page for {' '.join(key).strip()}; skipped")
    return page


def _child(parent, model, title):
    """The page of ``model`` under ``parent`` whose Vietnamese slug comes from ``title``."""
    return model.objects.child_of(parent).filter(slug_vi=ascii_slug(title["vi"])).first()


def _save_page(parent, page, title):
    """Publish ``page``: added under ``parent`` when new, its fields saved when not."""
    if page.pk is None:
        return add_page(parent, page, title)
    set_translated(page, "title", title)
    page.save()
    page.save_revision().publish()
    return page


class _Builder:
    def __init__(self, indexes, stream):
        self.indexes = indexes
        self.stream = stream

    # -- facts ------------------------------------------------------------------------
    def facts(self):
        for data in facts.TARGETS:
            species = None
            if data["species"]:
                species = _species(data["species"], self.stream)
                if species is None:
                    continue  # a species target without its species would read as "all plants"
            PlanTarget.objects.update_or_create(
                plan=data["plan"],
                indicator=data["indicator"],
                species=species,
                year=data["year"],
                defaults={
                    "province": data["province"],
                    "value": Decimal(data["value"]),
                    "at_least": data["at_least"],
                    "wording": data["wording"],
                    "source": data["source"],
                },
            )
        for data in facts.GEOGRAPHICAL_INDICATIONS:
            gi, _created = GeographicalIndication.objects.update_or_create(
                number=data["number"],
                name=data["name"],
                defaults={
                    key: data[key] for key in ("product_name", "decision", "date", "area", "source")
                },
            )
            gi.species.set([p for p in (_species(k, self.stream) for k in data["species"]) if p])
            gi.save()
        for data in facts.GACP_RECOGNITIONS:
            certificate = Certificate.objects.filter(
                scheme="gacp-who", holder_name=data["holder_name"], is_sample=False
            ).first() or Certificate(
                scheme="gacp-who", holder_name=data["holder_name"], is_sample=False
            )
            certificate.scope = "facility"
            certificate.scope_note = data["scope_note"]
            certificate.issuer = facts.GACP_ISSUER
            certificate.source = facts.GACP_SOURCE
            certificate.full_clean()
            certificate.save()
        traphaco = self._producer(facts.TRAPHACO, is_sample=False)
        for data in facts.OCOP_PRODUCTS:
            species = _species(data["species"], self.stream)
            if species is None:
                continue
            page = _child(self.indexes["products"], ProductPage, data["title"]) or ProductPage()
            page.producer = traphaco
            page.is_sample = False
            page.source = data["source"]
            set_translated(page, "description", data["description"])
            page.ingredients = [ProductIngredient(species=species)]
            _save_page(self.indexes["products"], page, data["title"])

    def _producer(self, data, is_sample, commune=None):
        page = _child(self.indexes["producers"], ProducerPage, data["title"]) or ProducerPage()
        page.kind = data["kind"]
        page.facility_code = data.get("facility_code", "")
        page.commune = commune
        page.is_sample = is_sample
        page.source = data.get("source", s.SOURCE if is_sample else "")
        set_translated(page, "description", data["description"])
        page.species = [p for p in (_species(k, self.stream) for k in data["species"]) if p]
        return _save_page(self.indexes["producers"], page, data["title"])

    # -- the sample set ---------------------------------------------------------------
    def samples(self):
        sam = _species(facts.SAM, self.stream)
        que = _species(facts.QUE, self.stream)
        if sam is None or que is None:
            return  # the sample chain is about these two
        parts = {p.code: p for p in PartUsed.objects.filter(code__in=["leaf", "root", "bark"])}
        communes = {key: _commune(*value) for key, value in s.COMMUNES.items()}
        producers = {
            key: self._producer(data, is_sample=True, commune=communes[data["commune"]])
            for key, data in s.PRODUCERS.items()
        }
        areas = {}
        for data in s.AREAS:
            area = _sample_area(data["code"], data["name"]) or GrowingArea()
            area.code = data["code"]
            area.name = data["name"]
            area.species = find_species(*data["species"])
            area.producer = producers.get(data["producer"])
            area.commune = communes[data["commune"]]
            area.area_ha = Decimal(data["area_ha"])
            area.under_canopy = data["under_canopy"]
            area.forest_type = data["forest_type"]
            area.status = data["status"]
            area.planting_year = data["planting_year"]
            area.source = s.SOURCE
            area.is_sample = True
            area.full_clean()
            area.save()
            areas[data["code"] or data["name"]] = area
        product = self._sample_product(producers, sam, parts)
        for data in s.CERTIFICATES:
            certificate = Certificate.objects.filter(
                number=data["number"], is_sample=True
            ).first() or Certificate(number=data["number"], is_sample=True)
            certificate.scheme = data["scheme"]
            certificate.holder = producers[data["holder"]]
            certificate.scope = data["scope"]
            certificate.growing_area = areas.get(data.get("area"))
            certificate.product = product if data["scope"] == "product" else None
            certificate.issuer = s.ISSUER
            certificate.scope_note = s.NOTE_EN
            certificate.valid_from = data["valid_from"]
            certificate.valid_until = data["valid_until"]
            certificate.source = s.SOURCE
            certificate.full_clean()
            certificate.save()
        chain = ValueChain.objects.filter(name=s.CHAIN["name"], is_sample=True).first()
        chain = chain or ValueChain(name=s.CHAIN["name"], is_sample=True)
        chain.species = sam
        chain.lead = producers[s.CHAIN["lead"]]
        chain.description = s.CHAIN["description"]
        chain.source = s.SOURCE
        chain.members = [producers[key] for key in s.CHAIN["members"]]
        chain.full_clean()
        chain.save()
        for data in s.BATCHES:
            self._sample_batch(data, producers, areas, product, parts)
        self._sample_figures()
        self._sample_prices(parts)

    def _sample_product(self, producers, species, parts):
        data = s.PRODUCT
        page = _child(self.indexes["products"], ProductPage, data["title"]) or ProductPage()
        page.producer = producers[data["producer"]]
        page.ocop_stars = data["ocop_stars"]
        page.ocop_year = data["ocop_year"]
        page.is_sample = True
        page.source = s.SOURCE
        set_translated(page, "description", data["description"])
        set_translated(page, "where_to_buy", data["where_to_buy"])
        page.ingredients = [ProductIngredient(species=species, part=parts.get(data["part"]))]
        return _save_page(self.indexes["products"], page, data["title"])

    def _sample_batch(self, data, producers, areas, product, parts):
        page = BatchPage.objects.filter(batch_code=data["batch_code"]).first()
        page = page or BatchPage(batch_code=data["batch_code"])
        page.is_sample = True
        page.product = product if data["product"] else None
        page.species = find_species(*data["species"])
        page.part = parts.get(data["part"])
        page.growing_area = areas[data["area"]]
        page.producer = producers[data["producer"]]
        page.harvest_date = data["harvest_date"]
        page.quantity_kg = Decimal(data["quantity_kg"])
        set_translated(page, "cultivation_protocol", data["protocol"])
        page.recalled = "recall_reason" in data
        set_translated(page, "recall_reason", data.get("recall_reason", {}))
        steps = []
        for item in data["steps"]:
            step = BatchStep(kind=item["kind"], date=item["date"])
            step.facility = producers[item["facility"]]
            set_translated(step, "note", item["note"])
            steps.append(step)
        page.steps = steps
        page.lab_tests = [BatchLabTest(laboratory=s.LAB, **test) for test in data["lab_tests"]]
        _save_page(self.indexes["batches"], page, data["title"])

    def _sample_figures(self):
        for key, province, rows in s.FIGURES:
            species = find_species(*key)
            for year, planted, harvested, output, value in rows:
                lookup = {"species": species, "province": province, "commune": None, "year": year}
                if ProductionFigure.objects.filter(**lookup, is_sample=False).exists():
                    continue  # a real figure for that year: the sample gives way
                ProductionFigure.objects.update_or_create(
                    **lookup,
                    is_sample=True,
                    defaults={
                        "area_planted_ha": Decimal(planted),
                        "area_harvested_ha": Decimal(harvested),
                        "output_tonnes": Decimal(output),
                        "value_billion_vnd": Decimal(value),
                        "source": s.SOURCE,
                    },
                )

    def _sample_prices(self, parts):
        for key, part, form, market, base in s.PRICES:
            species = find_species(*key)
            for date, price in s.monthly_prices(base):
                MarketPrice.objects.update_or_create(
                    species=species,
                    part=parts.get(part),
                    form=form,
                    market=market,
                    date=date,
                    defaults={
                        "price_vnd_per_kg": int(price),
                        "source": s.SOURCE,
                        "is_sample": True,
                    },
                )


def _commune(province, name, former_district):
    """The commune, created if missing, with its official code when vietnam-provinces has it."""
    commune, _created = Commune.objects.get_or_create(
        province=province, name=name, defaults={"former_district": former_district}
    )
    if not commune.code:
        commune.code = _official_code(province, name)
        if commune.code:
            commune.save(update_fields=["code"])
    return commune


def _official_code(province, name):
    """The commune's official code from the maintained package, or "" when it has none."""
    unit = find_commune(name, province)
    return unit.code if unit else ""


def _sample_area(code, name):
    query = Q(code=code) if code else Q(code="", name=name)
    return GrowingArea.objects.filter(query, is_sample=True).first()


def remove_samples():
    """Delete what the demo's sample set made (and only that): for ``--no-samples``."""
    for code in (b["batch_code"] for b in s.BATCHES):
        for page in BatchPage.objects.filter(batch_code=code, is_sample=True):
            page.delete()
    sample_pages = [
        (ProductPage, s.PRODUCT["title"]),
        *((ProducerPage, data["title"]) for data in s.PRODUCERS.values()),
    ]
    for model, title in sample_pages:
        for page in model.objects.filter(slug_vi=ascii_slug(title["vi"]), is_sample=True):
            page.delete()
    Certificate.objects.filter(
        number__in=[c["number"] for c in s.CERTIFICATES], is_sample=True
    ).delete()
    ValueChain.objects.filter(name=s.CHAIN["name"], is_sample=True).delete()
    for data in s.AREAS:
        area = _sample_area(data["code"], data["name"])
        if area is not None:
            area.delete()
    ProductionFigure.objects.filter(is_sample=True, source=s.SOURCE).delete()
    MarketPrice.objects.filter(
        is_sample=True, source=s.SOURCE, market__in=[row[3] for row in s.PRICES]
    ).delete()
