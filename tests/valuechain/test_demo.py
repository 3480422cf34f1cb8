"""The value chain's demo: the plans' targets and the GIs as the fact sheet gives them, and a
sample set that says it is one and can be left out."""

from datetime import date
from decimal import Decimal
from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.test import TestCase

from species.demo.species import SPECIES
from species.services import find_species, upsert_species
from tests.conftest import build_home, build_index
from valuechain.demo.build import build_value_chain
from valuechain.models import (
    BatchPage,
    Certificate,
    GeographicalIndication,
    GrowingArea,
    MarketPrice,
    PlanTarget,
    ProducerPage,
    ProductionFigure,
    ProductPage,
    ValueChain,
    validate_growing_area_code,
)

SAMPLE_SOURCE = "Sample data for the demo, not real"
SAMPLED = (ProducerPage, GrowingArea, Certificate, ProductPage, BatchPage, ValueChain)
FIGURES = (ProductionFigure, MarketPrice)
ALL = (*SAMPLED, *FIGURES, PlanTarget, GeographicalIndication)
# Only the species the value chain's demo points at: the whole catalogue takes far longer.
NEEDED = {
    ("Panax", "vietnamensis", "fuscidiscus"),
    ("Cinnamomum", "cassia", ""),
    ("Lanxangia", "tsaoko", ""),
    ("Cynara", "scolymus", ""),
}

# The README's table of the plans' targets, as (plan, indicator, species, year): (value,
# "at least"). "~" is not "at least"; "≥" and ">" are.
SAM, QUE = "Panax vietnamensis var. fuscidiscus", "Cinnamomum cassia"
TABLE = {
    ("tam-duong-2024", "seedling-facilities", SAM, 2030): (2, True),
    ("tam-duong-2024", "area-ha", SAM, 2030): (700, False),
    ("tam-duong-2024", "coded-share", SAM, 2030): (100, False),
    ("tam-duong-2024", "certified-harvest-t", SAM, 2030): (6, False),
    ("tam-duong-2024", "processing-facilities", SAM, 2030): (1, False),
    ("tam-duong-2024", "area-ha", SAM, 2035): (1000, False),
    ("lao-cai-2026", "area-ha", None, 2030): (8500, True),
    ("lao-cai-2026", "output-t", None, 2030): (40000, False),
    ("lao-cai-2026", "value-bn-vnd", None, 2030): (2000, True),
    ("lao-cai-2026", "area-ha", QUE, 2030): (150000, False),
    ("lao-cai-2026", "output-t", QUE, 2030): (50000, False),
    ("lao-cai-2026", "value-bn-vnd", QUE, 2030): (18000, True),
    ("lao-cai-2026", "certified-forest-ha", QUE, 2030): (50000, True),
    ("lao-cai-2026", "processing-facilities", None, 2030): (6, True),
    ("lao-cai-2026", "ocop-3-stars", None, 2030): (100, True),
    ("lao-cai-2026", "value-chains", None, 2030): (10, True),
    ("lao-cai-2026", "certified", None, 2030): (5, False),
    ("lao-cai-2026", "canopy-projects", None, 2030): (10, True),
    ("lao-cai-2026", "area-ha", None, 2050): (10000, True),
}


def build_species(index):
    for data in SPECIES:
        key = (data["genus"], data.get("epithet", ""), data.get("infraspecific_name", ""))
        if key in NEEDED:
            upsert_species(index, data)


def counts():
    return {model.__name__: model.objects.count() for model in ALL}


def samples_left():
    return {
        model.__name__: model.objects.filter(is_sample=True).count()
        for model in (*SAMPLED, *FIGURES)
    }


class ValueChainDemoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        # Built once for the class; each test rolls back to this state.
        cls.home = build_home()
        build_species(build_index(cls.home))
        build_value_chain(cls.home, stream=StringIO())

    def test_every_record_without_a_factual_source_is_sample(self):
        for model in SAMPLED + FIGURES:
            for record in model.objects.all():
                source = getattr(record, "source", "")
                if source == SAMPLE_SOURCE or model is BatchPage:
                    self.assertTrue(record.is_sample, record)
                else:
                    self.assertFalse(record.is_sample, record)
                    self.assertTrue(source, f"{record} has no source")
        real = {
            source
            for model in SAMPLED
            if model is not BatchPage
            for source in model.objects.filter(is_sample=False).values_list("source", flat=True)
        }
        self.assertEqual(
            real,
            {
                'nongnghiep.vn (Lào Cai "4 loại cây dược liệu")',
                "vietnam.vn (MARD 5-star OCOP decision, Khmer-language mirror)",
            },
        )
        for page in (*ProducerPage.objects.all(), *ProductPage.objects.all()):
            if page.is_sample:
                self.assertIn("mẫu", page.title_vi)
                self.assertIn("sample", page.title_en.lower())
            self.assertTrue(page.title_vi and page.title_en, page)

    def test_the_targets_are_the_facts_table(self):
        found = {
            (t.plan, t.indicator, t.species.scientific_name if t.species else None, t.year): (
                t.value,
                t.at_least,
            )
            for t in PlanTarget.objects.select_related("species")
        }
        self.assertEqual(found, {k: (Decimal(v), a) for k, (v, a) in TABLE.items()})
        tam_duong = PlanTarget.objects.get(plan="tam-duong-2024", indicator="area-ha", year=2030)
        self.assertIn("khoảng 700 ha", tam_duong.wording)
        ocop = PlanTarget.objects.get(indicator="ocop-3-stars")
        self.assertIn("ít nhất 100 sản phẩm dược liệu OCOP", ocop.wording)
        for t in PlanTarget.objects.all():
            self.assertLessEqual(len(t.wording), 255)
            self.assertIn("plan", t.source)
            # Neither plan states a baseline figure.
            self.assertIsNone(t.baseline_value)

    def test_the_gis_are_the_facts_and_none_is_claimed_for_sam_lai_chau(self):
        sam = find_species("Panax", "vietnamensis", "fuscidiscus")
        self.assertFalse(GeographicalIndication.objects.filter(species=sam).exists())
        self.assertFalse(GeographicalIndication.objects.filter(product_name__icontains="sâm"))
        van_yen = GeographicalIndication.objects.get(number="00018")
        self.assertEqual(
            (van_yen.name, van_yen.decision, van_yen.date),
            ("Văn Yên", "01/QĐ-SHTT", date(2010, 1, 7)),
        )
        self.assertEqual([s.scientific_name for s in van_yen.species.all()], [QUE])
        vi_xuyen = GeographicalIndication.objects.get(number="00084")
        self.assertEqual((vi_xuyen.decision, vi_xuyen.source), ("3159/QĐ-SHTT", "noip.gov.vn"))
        self.assertEqual(vi_xuyen.species.get().genus, "Lanxangia")

    def test_real_recognitions_leave_unknown_fields_empty(self):
        gacp = Certificate.objects.filter(is_sample=False)
        self.assertIn("Đương quy Bắc Hà (Lào Cai)", {c.holder_name for c in gacp})
        for certificate in gacp:
            self.assertEqual(certificate.scheme, "gacp-who")
            self.assertEqual((certificate.number, certificate.valid_from), ("", None))
        tea = ProductPage.objects.get(title_en="Traphaco Sapa artichoke tea")
        self.assertFalse(tea.is_sample)
        self.assertIsNone(tea.ocop_stars)  # the fact sheet gives no year for its 5 stars
        self.assertIn("5-star OCOP", tea.description_en)

    def test_the_sample_set_shows_the_whole_chain(self):
        certificates = Certificate.objects.filter(is_sample=True)
        self.assertEqual(sorted(c.expired for c in certificates), [False, True])
        product = ProductPage.objects.get(is_sample=True)
        self.assertEqual((product.ocop_stars, product.ocop_year), (4, 2024))
        batches = BatchPage.objects.live().filter(is_sample=True)
        self.assertEqual(batches.count(), 2)
        for batch in batches:
            kinds = [step.kind for step in batch.steps.all()]
            self.assertEqual((kinds[0], kinds[-1]), ("seedling", "packaging"))
            self.assertTrue(batch.lab_tests.exists())
        recalled = batches.get(recalled=True)
        self.assertIn("identity test", recalled.recall_reason_en)
        for area in GrowingArea.objects.exclude(code=""):
            validate_growing_area_code(area.code, area.commune.province)
        self.assertEqual(
            set(
                ProducerPage.objects.filter(is_sample=True).values_list("commune__code", flat=True)
            ),
            {"03430", "03405"},  # Khun Há and Tả Lèng, as vietnam-provinces codes them
        )
        chain = ValueChain.objects.get()
        self.assertEqual(chain.members.count(), 2)
        for species, province in ((SAM, "lai-chau"), (QUE, "lao-cai")):
            genus = species.split()[0]
            years = ProductionFigure.objects.filter(species__genus=genus, province=province)
            self.assertEqual(sorted(f.year for f in years), [2022, 2023, 2024, 2025])
            prices = MarketPrice.objects.filter(species__genus=genus, date__year=2025)
            self.assertEqual(prices.values("market").distinct().count(), 2)
            self.assertEqual(prices.count(), 24)

    def test_building_again_makes_no_duplicates(self):
        before = counts()
        build_value_chain(self.home, stream=StringIO())
        self.assertEqual(counts(), before)

    def test_without_samples_every_sample_record_is_left_out(self):
        build_value_chain(self.home, samples=False, stream=StringIO())
        self.assertEqual(set(samples_left().values()), {0})
        self.assertEqual(PlanTarget.objects.count(), len(TABLE))
        self.assertTrue(ProductPage.objects.filter(title_en="Traphaco Sapa artichoke tea"))

    def test_load_demo_no_samples_builds_the_facts_without_the_sample_set(self):
        command = "museum.management.commands.load_demo"
        # The other builders are another module's business (and take a minute).
        with (
            mock.patch(f"{command}.build_catalogue"),
            mock.patch(f"{command}.build_knowledge"),
            mock.patch(f"{command}.build_museum"),
        ):
            call_command(
                "load_demo", "--no-samples", "--no-accounts", stdout=StringIO(), stderr=StringIO()
            )
        self.assertEqual(set(samples_left().values()), {0})
        self.assertEqual(PlanTarget.objects.count(), len(TABLE))
