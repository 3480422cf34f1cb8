"""A consumer scans a batch's QR label with a small phone: a curator prints the label from
the admin, a camera (zxing-cpp reading Chromium's rendering of the sheet) reads its code,
and the address opens the batch page at 360 px: the batch code, a recall said at the top,
and the chain from plot to package."""

import io
import json
import tempfile
from pathlib import Path

import pytest

from tests.browser.conftest import run_server
from tests.browser.test_species_on_a_phone import assert_fits
from tests.demo_site import copy_of_the_demo, manage

pytestmark = pytest.mark.browser

BATCH_CODE = "SLC-2025-R01"

# Run by `manage.py shell` in this module's own copy of the demo: a recalled sample batch
# with a growing area, steps and a product, whatever value-chain content the demo holds.
ADD_RECALLED_BATCH = """
import datetime, json
from decimal import Decimal
from base.models import Commune
from museum.models import HomePage
from species.models import SpeciesPage
from valuechain.models import (
    AreaStatus, BatchPage, BatchStep, GrowingArea, ProducerKind, ProducerPage,
    ProductIngredient, ProductPage, StepKind,
)
from valuechain.services import add_page, ensure_value_chain_indexes

home = HomePage.objects.first()
indexes = ensure_value_chain_indexes(home)
species = (
    SpeciesPage.objects.filter(genus="Panax", epithet="vietnamensis").first()
    or SpeciesPage.objects.first()
)
commune, _ = Commune.objects.get_or_create(
    province="lai-chau", name="Khun Há", defaults={"former_district": "Tam Đường"}
)
producer = add_page(
    indexes["producers"],
    ProducerPage(kind=ProducerKind.COOPERATIVE, commune=commune, is_sample=True),
    {"vi": "HTX mẫu (trình duyệt)", "en": "Sample cooperative (browser)"},
)
area = GrowingArea.objects.create(
    name="Browser test plot", species=species, producer=producer, commune=commune,
    area_ha=Decimal("1.5"), under_canopy=True, forest_type="production",
    status=AreaStatus.PLANNED, planting_year=2021, is_sample=True,
)
product = ProductPage(producer=producer, ocop_stars=3, ocop_year=2024, is_sample=True)
product.ingredients.add(ProductIngredient(species=species))
add_page(indexes["products"], product, {"vi": "Trà mẫu (trình duyệt)", "en": "Sample tea"})
batch = BatchPage(
    batch_code="@CODE@", product=product, species=species, growing_area=area,
    producer=producer, harvest_date=datetime.date(2025, 9, 12), is_sample=True,
    recalled=True, recall_reason="Sample recall: moisture above the limit.",
)
batch.steps.add(BatchStep(kind=StepKind.HARVEST, date=datetime.date(2025, 9, 12)))
batch.steps.add(
    BatchStep(kind=StepKind.PRIMARY, date=datetime.date(2025, 9, 14), facility=producer)
)
batch.steps.add(
    BatchStep(kind=StepKind.PACKAGING, date=datetime.date(2025, 9, 30), facility=producer)
)
add_page(indexes["batches"], batch, {"vi": "Lô @CODE@", "en": "Batch @CODE@"})
print(json.dumps({"pk": batch.pk}))
""".replace("@CODE@", BATCH_CODE)


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """This module's own copy of the demo, with a recalled batch; {url, pk}."""
    workdir = Path(tempfile.mkdtemp(prefix="museum-valuechain-"))
    env = copy_of_the_demo(tmp_path_factory, workdir)
    env["BROWSER_WORKDIR"] = str(workdir)
    done = manage(env, "shell", "-c", ADD_RECALLED_BATCH)
    pk = json.loads(done.stdout.strip().splitlines()[-1])["pk"]
    with run_server(env) as url:
        yield {"url": url, "pk": pk}


def label_codes(browser, site, artifacts):
    """The addresses in the QR codes of the batch's printed label, as a camera reads them."""
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    context = browser.new_context(viewport={"width": 1000, "height": 1400}, device_scale_factor=2)
    page = context.new_page()
    page.goto(f"{site['url']}/admin/login/")
    page.fill("#id_username", "curator")
    page.fill("#id_password", "curator-demo")
    page.click("button[type=submit]")
    page.wait_for_load_state("load")
    # The label of one page, as its "QR label" action in the page explorer asks for it.
    sheet = context.request.get(f"{site['url']}/admin/museum/qr-labels/?page={site['pk']}")
    assert sheet.ok and sheet.headers["content-type"].startswith("image/svg+xml")
    svg = sheet.text()
    assert BATCH_CODE in svg  # the label names the batch
    page.set_content(f"<body style='margin:0;background:#fff'>{svg.split('?>', 1)[1]}</body>")
    page.locator("svg").first.evaluate(
        "s => { s.style.width = '1000px'; s.style.height = 'auto'; }"
    )
    png = page.screenshot(full_page=True)
    (artifacts / "valuechain-batch-label.png").write_bytes(png)
    context.close()
    return [r.text for r in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def test_scanning_a_recalled_batchs_label_opens_its_page_on_a_phone(
    browser, site, phone, artifacts
):
    codes = label_codes(browser, site, artifacts)
    assert len(codes) == 1, codes
    assert codes[0].startswith(f"{site['url']}/q/"), codes

    response = phone.goto(codes[0])
    assert response.status == 200
    assert "/truy-xuat/" in phone.url or "/traceability/" in phone.url, phone.url

    recall = phone.locator(".recall[role=alert]")
    timeline = phone.locator("section.timeline")
    code = phone.locator(".batch-code")
    for what in (recall, timeline, code):
        assert what.is_visible()
    assert code.inner_text() == BATCH_CODE
    assert "moisture above the limit" in recall.inner_text()
    # The recall is the first thing on the screen: above the batch code and the timeline.
    assert recall.bounding_box()["y"] < code.bounding_box()["y"] < timeline.bounding_box()["y"]
    assert recall.bounding_box()["y"] < 740
    steps = timeline.locator("li")
    assert steps.count() >= 5  # area, planting, harvest, processing, packaging…
    assert "2021" in timeline.inner_text()
    assert_fits(phone, "the batch page")
    phone.screenshot(path=artifacts / "valuechain-batch-360.png", full_page=True)


def test_the_dashboards_charts_show_on_a_phone_under_the_sites_policy(
    demo_server, phone, artifacts
):
    """Chromium at 360 px draws every chart of the demo's dashboard (no broken image)
    and reports no refusal of the site's policy."""
    messages = []
    phone.on("console", lambda m: messages.append(m.text))
    response = phone.goto(demo_server + "/vi/san-xuat/")
    assert "style-src 'self'" in response.headers["content-security-policy"]
    images = phone.locator("figure.chart img")
    assert images.count() >= 4
    for i in range(images.count()):
        image = images.nth(i)
        image.scroll_into_view_if_needed()
        # Lazy images load once near the screen; one that fails never gets a width.
        phone.wait_for_function(
            "img => img.complete && img.naturalWidth > 0", arg=image.element_handle()
        )
        assert image.evaluate("img => img.getBoundingClientRect().width") <= 360
    phone.locator("figure.chart").first.screenshot(path=artifacts / "dashboard-chart-360.png")
    phone.screenshot(path=artifacts / "dashboard-360.png", full_page=True)
    # Opened on its own, a chart is styled by its own policy's hash: the bar of sample
    # data is orange, not pygal's default black.
    phone.goto(demo_server + images.first.get_attribute("src"))
    fills = phone.evaluate(
        "[...document.querySelectorAll('rect.rect')].map(r => getComputedStyle(r).fill)"
    )
    assert "rgb(178, 92, 0)" in fills
    refused = [m for m in messages if "Content Security Policy" in m or "Refused" in m]
    assert refused == []
