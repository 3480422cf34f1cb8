"""A small value chain: one species, commune, producer, growing area, product and batch."""

import datetime
from decimal import Decimal

import pytest

from base.models import Commune
from valuechain.models import (
    AreaStatus,
    BatchPage,
    BatchStep,
    GrowingArea,
    ProducerKind,
    ProducerPage,
    ProductIngredient,
    ProductPage,
    StepKind,
)
from valuechain.services import add_page, ensure_value_chain_indexes


@pytest.fixture
def commune(db):
    return Commune.objects.create(
        name="Khun Há",
        province="lai-chau",
        code="03430",
        former_district="Tam Đường",
        latitude=Decimal("22.2581"),
        longitude=Decimal("103.583"),
    )


@pytest.fixture
def chain(home, make_species, commune):
    """{name: object} of a whole chain, every page published and every record a sample."""
    indexes = ensure_value_chain_indexes(home)
    species = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm Lai Châu")
    producer = add_page(
        indexes["producers"],
        ProducerPage(kind=ProducerKind.COOPERATIVE, commune=commune, is_sample=True),
        {"vi": "HTX Sâm Khun Há", "en": "Khun Há Ginseng Cooperative"},
    )
    area = GrowingArea.objects.create(
        code="VN-12-105-03430-001-24",
        name="Khun Há plot 1",
        species=species,
        producer=producer,
        commune=commune,
        area_ha=Decimal("2.5"),
        under_canopy=True,
        forest_type="protection",
        status=AreaStatus.GRANTED,
        planting_year=2020,
        is_sample=True,
    )
    product = ProductPage(producer=producer, ocop_stars=4, ocop_year=2024, is_sample=True)
    product.ingredients.add(ProductIngredient(species=species))
    add_page(indexes["products"], product, {"vi": "Rượu sâm Khun Há", "en": "Khun Há ginseng wine"})
    batch = BatchPage(
        batch_code="SLC-2025-001",
        product=product,
        species=species,
        growing_area=area,
        producer=producer,
        harvest_date=datetime.date(2025, 10, 2),
        quantity_kg=Decimal("40"),
        is_sample=True,
    )
    batch.steps.add(BatchStep(kind=StepKind.HARVEST, date=datetime.date(2025, 10, 2)))
    batch.steps.add(
        BatchStep(kind=StepKind.PACKAGING, date=datetime.date(2025, 10, 20), facility=producer)
    )
    add_page(indexes["batches"], batch, {"vi": "Lô SLC-2025-001", "en": "Batch SLC-2025-001"})
    return {
        **indexes,
        "species": species,
        "commune": commune,
        "producer": producer,
        "area": area,
        "product": product,
        "batch": batch,
    }
