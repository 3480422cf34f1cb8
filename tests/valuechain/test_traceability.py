"""Traceability: the batch page a QR scan opens, the batch-code lookup and the GS1 Digital
Link resolver; a recall or an expired certificate said first; an unpublished or private
batch reached by no path."""

import datetime
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import PageViewRestriction

from museum.models import ShortCode
from valuechain.models import BatchLabTest, BatchStep, Certificate, ProducerPage, Scope, StepKind
from valuechain.services import add_page


@pytest.fixture(autouse=True)
def in_english(english):
    """Pages are asked for in English (``page.url`` is then /en/…): the tests read msgids."""


def main(response):
    assert response.status_code == 200
    return response.content.decode().split('<main id="main">', 1)[1].split("</main>", 1)[0]


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def full_batch(chain):
    """The chain's batch with a processing step by a facility, out of date order, and a lab
    test with its report."""
    batch = chain["batch"]
    facility = add_page(
        chain["producers"],
        ProducerPage(kind="processing", facility_code="CB-12-03", is_sample=True),
        {"vi": "Xưởng sơ chế Bình Lư"},
    )
    batch.steps.add(
        BatchStep(kind=StepKind.PRIMARY, date=datetime.date(2025, 10, 5), facility=facility)
    )
    report = get_document_model().objects.create(
        title="Kết quả kiểm nghiệm", file=ContentFile(b"%PDF-1.4 test", name="kiem-nghiem.pdf")
    )
    batch.lab_tests.add(
        BatchLabTest(
            name="Saponin content",
            laboratory="Viện Dược liệu",
            date=datetime.date(2025, 10, 12),
            result="within limits",
            document=report,
        )
    )
    publish(batch)
    return {**chain, "facility": facility, "report": report}


class TestBatchPage:
    def test_the_timeline_runs_from_plot_to_package(self, client, full_batch):
        text = main(client.get(full_batch["batch"].url))
        timeline = text.split('id="timeline"', 1)[1]
        assert "SLC-2025-001" in text
        order = [
            "VN-12-105-03430-001-24",  # the growing area's code
            "under forest canopy (protection forest)",
            "Khun Há, Lai Châu (former Tam Đường district)",
            "2020",  # planted
            'datetime="2025-10-02"',  # harvest
            'datetime="2025-10-05"',  # primary processing, entered after packaging
            "Xưởng sơ chế Bình Lư",
            'datetime="2025-10-12"',  # lab test
            'datetime="2025-10-20"',  # packaging
            'class="timeline-product"',
            "Khun Há ginseng wine",
            'class="timeline-producer"',
            "Khun Há Ginseng Cooperative",
        ]
        position = 0
        for marker in order:  # each after the one before
            found = timeline.find(marker, position)
            assert found > -1, f"{marker!r} is missing after {timeline[:position][-200:]!r}"
            position = found + len(marker)
        assert f'href="{full_batch["report"].url}"' in timeline
        assert "CB-12-03" in timeline
        assert f'href="{full_batch["facility"].url}"' in timeline
        assert timeline.count("Harvest") == 1  # the harvest step stands for the harvest date

    def test_says_it_is_sample_data_before_the_timeline(self, client, chain):
        text = main(client.get(chain["batch"].url))
        assert -1 < text.index("Sample data, not real.") < text.index('id="timeline"')

    def test_the_plot_of_an_unpoached_species_shows_its_point(self, client, chain):
        area = chain["area"]
        area.latitude, area.longitude = 22.2613, 103.5812
        area.save()
        assert "22.2613, 103.5812" in main(client.get(chain["batch"].url))

    def test_a_sensitive_species_plot_shows_no_point(self, client, chain, monkeypatch):
        area = chain["area"]
        area.latitude, area.longitude = 22.2613, 103.5812
        area.save()
        monkeypatch.setattr(
            type(chain["species"]), "location_is_sensitive", property(lambda self: True)
        )
        text = main(client.get(chain["batch"].url))
        assert "2613" not in text and "Khun Há, Lai Châu" in text

    def test_links_and_names_only_pages_the_public_may_open(self, client, chain):
        species_url = chain["species"].url
        text = main(client.get(chain["batch"].url))
        assert f'href="{species_url}"' in text and "Khun Há Ginseng Cooperative" in text
        chain["species"].unpublish()
        chain["product"].unpublish()
        # The packaging facility (the producer) behind a login: not even its name shows.
        PageViewRestriction.objects.create(
            page=chain["producer"], restriction_type=PageViewRestriction.LOGIN
        )
        text = main(client.get(chain["batch"].url))
        assert f'href="{species_url}"' not in text
        assert "Khun Há ginseng wine" not in text
        assert "Khun Há Ginseng Cooperative" not in text

    def test_a_batch_in_good_standing_has_no_warning(self, client, chain):
        text = main(client.get(chain["batch"].url))
        assert 'role="alert"' not in text
        assert "recalled" not in text.lower() and "expired" not in text

    def test_a_recalled_batch_says_so_first_with_the_reason(self, client, chain):
        batch = chain["batch"]
        batch.recalled = True
        batch.recall_reason = "Pesticide residue above the limit."
        publish(batch)
        text = main(client.get(batch.url))
        banner = text.index("This batch has been recalled.")
        assert banner < text.index("<h1>") < text.index('id="timeline"')
        assert banner < text.index("Pesticide residue above the limit.") < text.index("<h1>")
        assert re.search(r'<div class="notice notice-danger recall" role="alert">', text)

    @pytest.mark.parametrize("holder", ["area", "product", "producer"])
    def test_an_expired_certificate_of_area_product_or_producer_is_said_first(
        self, client, chain, holder
    ):
        scope = {"area": Scope.AREA, "product": Scope.PRODUCT, "producer": Scope.FACILITY}
        Certificate.objects.create(
            scheme="gacp-who",
            number="GACP-77",
            holder=chain["producer"],
            scope=scope[holder],
            growing_area=chain["area"] if holder == "area" else None,
            product=chain["product"] if holder == "product" else None,
            valid_until=datetime.date(2025, 3, 31),
        )
        text = main(client.get(chain["batch"].url))
        banner = text.index("A certificate of this batch has expired.")
        assert banner < text.index('id="timeline"')
        warning = text[banner : text.index("</div>", banner)]
        assert "GACP-77" in warning and "expired on" in warning
        assert 'datetime="2025-03-31"' in warning

    def test_a_certificate_still_valid_raises_no_banner(self, client, chain):
        Certificate.objects.create(
            scheme="gacp-who",
            holder=chain["producer"],
            scope=Scope.AREA,
            growing_area=chain["area"],
            valid_until=datetime.date.today() + datetime.timedelta(days=1),
        )
        assert "has expired" not in main(client.get(chain["batch"].url))

    def test_shows_its_short_address_for_the_label(self, client, chain):
        code = ShortCode.objects.get(page=chain["batch"]).code
        assert f'href="/q/{code}"' in main(client.get(chain["batch"].url))


class TestCodeLookup:
    @pytest.mark.parametrize(
        "typed", ["SLC-2025-001", "slc2025001", "  slc 2025 001 ", "SLC.2025.001", "slc—2025—001"]
    )
    def test_a_code_typed_any_way_leads_to_its_batch(self, client, chain, typed):
        response = client.get(chain["batches"].url, {"code": typed})
        assert response.status_code == 302
        assert response["Location"] == chain["batch"].url

    def test_an_unknown_code_shows_the_form_again_with_a_message(self, client, chain):
        text = main(client.get(chain["batches"].url, {"code": "SLC-2025-999"}))
        assert "No batch has the code “SLC-2025-999”" in text
        assert 'aria-invalid="true"' in text and 'value="SLC-2025-999"' in text

    @pytest.mark.parametrize(
        "query",
        [
            "code=",
            "code=---",
            "code=%00",
            "code=" + "A" * 5000,
            "code=<script>alert(1)</script>",
            "code=%ff%fe",
            "code=1&code=2",
            "page=" + "9" * 5000,
            "page=²",
        ],
    )
    def test_a_hostile_code_gets_the_form_not_an_error(self, client, chain, query):
        text = main(client.get(f"{chain['batches'].url}?{query}"))
        assert 'name="code"' in text
        assert "<script>alert" not in text

    def test_the_index_lists_the_batches(self, client, chain):
        text = main(client.get(chain["batches"].url))
        assert f'href="{chain["batch"].url}">SLC-2025-001</a>' in text


class TestDigitalLink:
    @pytest.fixture
    def gtin_batch(self, chain):
        batch = chain["batch"]
        batch.gtin = "8930000000017"
        return publish(batch)

    @pytest.mark.parametrize(
        "path",
        [
            "/01/08930000000017/10/SLC-2025-001",  # GS1's 14 digits
            "/01/8930000000017/10/SLC-2025-001",
            "/01/08930000000017/10/slc2025001",
            "/01/08930000000017/10/SLC%202025%20001/",
        ],
    )
    def test_a_gs1_digital_link_leads_to_its_batch(self, client, chain, gtin_batch, path):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 302
        assert response["Location"] == chain["batch"].url

    def test_the_batch_page_shows_its_digital_link_which_leads_back(self, client, gtin_batch):
        text = main(client.get(gtin_batch.url))
        link = re.search(r'<a href="(/01/[^"]+)">', text).group(1)
        assert link == "/01/08930000000017/10/SLC-2025-001"
        assert client.get(link, HTTP_ACCEPT_LANGUAGE="en")["Location"] == gtin_batch.url

    def test_the_product_gtin_serves_a_batch_without_its_own(self, client, chain):
        product = chain["product"]
        product.gtin = "12345670"
        publish(product)
        response = client.get("/01/00000012345670/10/SLC-2025-001", HTTP_ACCEPT_LANGUAGE="vi")
        assert response.status_code == 302
        assert response["Location"].startswith("/vi/")

    @pytest.mark.parametrize(
        "path",
        [
            "/01/08930000000024/10/SLC-2025-001",  # another GTIN
            "/01/08930000000017/10/SLC-2025-002",  # another lot
            "/01/08930000000017/10/",
            "/01/0893000000001/10/SLC-2025-001",  # 13 digits, but not this GTIN
            "/01/893000000001/10/SLC-2025-001",
            "/01/abc/10/SLC-2025-001",
            "/01/٨٩٣٠٠٠٠٠٠٠٠٠١٧/10/SLC-2025-001",
            "/01/" + "9" * 5000 + "/10/SLC-2025-001",
            "/01/08930000000017/10/" + "A" * 21,
            "/01/08930000000017/10/%00",
            "/01/08930000000017",
            "/01/08930000000017/21/SLC-2025-001",
            "/01/",
        ],
    )
    def test_a_malformed_or_unknown_link_is_a_404(self, client, chain, gtin_batch, path):
        # Outside the language prefix Django's LocaleMiddleware sends a 404 on to /vi/…
        # first (as for /q/<code>), where it is a 404 again: never the batch.
        assert client.get(path, follow=True).status_code == 404


class TestUnreachable:
    """An unpublished or private batch is reached by no path."""

    @pytest.fixture(params=["unpublished", "private"])
    def hidden(self, request, chain):
        batch = chain["batch"]
        batch.gtin = "8930000000017"
        publish(batch)
        url = batch.url
        code = ShortCode.objects.get(page=batch).code
        if request.param == "unpublished":
            batch.unpublish()
        else:
            PageViewRestriction.objects.create(
                page=batch, restriction_type="password", password="mat-khau"
            )
        return {"url": url, "code": code}

    def test_by_every_path(self, client, chain, hidden):
        page = client.get(hidden["url"])
        assert page.status_code == 404 or "SLC-2025-001" not in page.content.decode()
        lookup = client.get(chain["batches"].url, {"code": "SLC-2025-001"})
        assert lookup.status_code == 200 and "No batch has the code" in lookup.content.decode()
        gs1 = client.get("/01/08930000000017/10/SLC-2025-001", follow=True)
        assert gs1.status_code == 404
        assert ">SLC-2025-001</a>" not in main(client.get(chain["batches"].url))
        assert "SLC-2025-001" not in main(client.get(chain["product"].url))

    def test_an_unpublished_batch_is_a_404_even_by_its_short_address(self, client, chain):
        batch = chain["batch"]
        code = ShortCode.objects.get(page=batch).code
        batch.unpublish()
        assert client.get(batch.url).status_code == 404
        assert client.get(f"/q/{code}", follow=True).status_code == 404
