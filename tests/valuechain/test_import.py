"""manage.py import_valuechain: each kind imports, a bad row imports nothing and says where."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from valuechain.models import BatchPage, GrowingArea, MarketPrice, ProducerPage, ProductionFigure

pytestmark = pytest.mark.usefixtures("english")

PRICES = [
    "species,part,form,market,date,price_vnd_per_kg,source,is_sample",
    "Panax vietnamensis,root,fresh,Chợ Tam Đường,2025-10-02,185000,Survey,yes",
    'Sâm Lai Châu,root,dried,Chợ Tam Đường,02/10/2025,"1.250.000",Survey,yes',
]


def write(tmp_path, lines, name="sheet.csv"):
    path = tmp_path / name
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def run(kind, path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_valuechain", kind, str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_prices_import_with_species_by_either_name(chain, tmp_path):
    out, err = run("prices", write(tmp_path, PRICES))
    assert "2 new, 0 updated" in out
    assert "2/2" in err  # the progress bar reached the end
    dried = MarketPrice.objects.get(form="dried")
    assert dried.species == chain["species"] and dried.price_vnd_per_kg == 1_250_000
    assert str(dried.date) == "2025-10-02" and dried.part.code == "root" and dried.is_sample


def test_a_second_import_updates_instead_of_duplicating(chain, tmp_path):
    run("prices", write(tmp_path, PRICES))
    changed = [PRICES[0], PRICES[1].replace("185000", "190000"), PRICES[2]]
    out, _err = run("prices", write(tmp_path, changed))
    assert "0 new, 1 updated, 1 unchanged" in out
    assert MarketPrice.objects.count() == 2
    assert MarketPrice.objects.get(form="fresh").price_vnd_per_kg == 190000


def test_prices_from_xlsx(chain, tmp_path):
    book = Workbook()
    import datetime

    book.active.append(PRICES[0].split(","))
    book.active.append(
        [
            "Panax vietnamensis",
            "root",
            "fresh",
            "Chợ Tam Đường",
            datetime.date(2025, 10, 2),
            185000,
            "Survey",
            "no",
        ]
    )
    book.active.append(
        [
            "Sâm Lai Châu",
            "leaf",
            "dried",
            "Chợ Tam Đường",
            datetime.datetime(2025, 10, 3),
            90000.0,
            "Survey",
            "no",
        ]
    )
    path = tmp_path / "prices.xlsx"
    book.save(path)
    out, _err = run("prices", path)
    assert "2 new" in out
    assert MarketPrice.objects.get(part__code="leaf").price_vnd_per_kg == 90000
    assert str(MarketPrice.objects.get(part__code="leaf").date) == "2025-10-03"


def test_a_bad_row_in_the_middle_imports_nothing(chain, tmp_path):
    rows = [
        PRICES[0],
        PRICES[1],
        "Panax vietnamensis,root,frozen,Chợ Tam Đường,2025-13-02,abc,Survey,yes",
        PRICES[2],
    ]
    with pytest.raises(CommandError) as exc:
        run("prices", write(tmp_path, rows))
    message = str(exc.value)
    assert message.startswith("Nothing was imported")
    assert "Row 3, column 'form': 'frozen' is not one of: fresh, dried, processed." in message
    assert "Row 3, column 'date': '2025-13-02' is not a date" in message
    assert "Row 3, column 'price_vnd_per_kg': 'abc' is not a whole number." in message
    assert "Row 2," not in message and "Row 4," not in message
    assert not MarketPrice.objects.exists()


def test_dry_run_writes_nothing(chain, tmp_path):
    out, _err = run("prices", write(tmp_path, PRICES), "--dry-run")
    assert "2 new" in out and "nothing written" in out
    assert not MarketPrice.objects.exists()


def test_growing_areas_by_code_with_or_without_dashes(chain, tmp_path):
    header = "code,name,species,producer,commune,province,area_ha,under_canopy,status"
    rows = [
        header,
        'VN 12 105 03430 002 25,Khun Há plot 2,Panax vietnamensis,HTX Sâm Khun Há,Khun Há,Lai Châu,"1,5",yes,granted',
        "VN1210503430001 24,Khun Há plot 1,Sâm Lai Châu,HTX Sâm Khun Há,Khun Há,lai-chau,3,yes,granted",
    ]
    out, _err = run("growing-areas", write(tmp_path, rows))
    assert "1 new, 1 updated" in out
    new = GrowingArea.objects.get(code="VN-12-105-03430-002-25")
    assert str(new.area_ha) == "1.50" and new.commune == chain["commune"]
    assert GrowingArea.objects.get(pk=chain["area"].pk).area_ha == 3


def test_a_malformed_growing_area_code_says_the_expected_shape(chain, tmp_path):
    rows = [
        "code,name,species,commune,province,area_ha",
        "VN-15-105-03430-002-25,Plot,Panax vietnamensis,Khun Há,Lai Châu,1",
        "12-34,Plot 3,Panax vietnamensis,Khun Há,Lai Châu,1",
    ]
    with pytest.raises(CommandError) as exc:
        run("growing-areas", write(tmp_path, rows))
    message = str(exc.value)
    assert "Row 2, column 'code': The code's province part is 15" in message
    assert "Row 3, column 'code': “12-34” is not a growing-area code" in message


def test_producers_are_pages_under_the_producer_index(chain, tmp_path):
    rows = [
        "title,title_en,kind,commune,province,species,is_sample",
        "HTX Dược liệu Sìn Hồ,Sìn Hồ Herbs Cooperative,cooperative,Khun Há,Lai Châu,Sâm Lai Châu,yes",
        "HTX Sâm Khun Há,Khun Há Ginseng Cooperative,cooperative,Khun Há,Lai Châu,Panax vietnamensis,yes",
    ]
    out, _err = run("producers", write(tmp_path, rows))
    assert "1 new, 1 updated, 0 unchanged" in out  # the existing one gains its species
    assert list(chain["producer"].__class__.objects.get(pk=chain["producer"].pk).species.all()) == [
        chain["species"]
    ]
    out, _err = run("producers", write(tmp_path, rows))
    assert "0 new, 0 updated, 2 unchanged" in out
    page = ProducerPage.objects.get(title_vi="HTX Dược liệu Sìn Hồ")
    assert page.live and page.get_parent().pk == chain["producers"].pk
    assert page.title_en == "Sìn Hồ Herbs Cooperative"
    assert list(page.species.all()) == [chain["species"]]
    assert ProducerPage.objects.count() == 2


def test_production_figures(chain, tmp_path):
    rows = [
        "species,province,commune,year,area_planted_ha,output_tonnes,source,is_sample",
        'Panax vietnamensis,Lai Châu,,2024,120,"2,5",Survey,yes',
        "Panax vietnamensis,Lai Châu,Khun Há,2024,20,,Survey,yes",
    ]
    out, _err = run("production", write(tmp_path, rows))
    assert "2 new" in out
    whole = ProductionFigure.objects.get(commune=None)
    assert whole.area_planted_ha == 120 and str(whole.output_tonnes) == "2.50"
    out, _err = run("production", write(tmp_path, rows))
    assert "0 new, 0 updated, 2 unchanged" in out


def test_batches_with_one_row_a_step(chain, tmp_path):
    rows = [
        "batch_code,species,growing_area,producer,harvest_date,quantity_kg,is_sample,step_kind,step_date,step_facility",
        "slc 2025 002,Panax vietnamensis,VN12105034300012 4,HTX Sâm Khun Há,2025-10-05,12,yes,harvest,2025-10-05,",
        "SLC-2025-002,,,,,,,primary,2025-10-07,HTX Sâm Khun Há",
        "SLC-2025-001,,,,,,,shipping,2025-11-01,",
    ]
    out, _err = run("batches", write(tmp_path, rows))
    assert "1 new, 1 updated" in out
    batch = BatchPage.objects.get(batch_code="SLC-2025-002")
    assert batch.live and batch.growing_area == chain["area"]
    assert batch.title_en == "Batch SLC-2025-002" and batch.url_path.endswith("/slc2025002/")
    assert [(s.kind, s.facility) for s in batch.steps.all()] == [
        ("harvest", None),
        ("primary", chain["producer"]),
    ]
    old = BatchPage.objects.get(pk=chain["batch"].pk)
    assert [s.kind for s in old.steps.all()] == ["shipping"]  # the sheet's steps replace
    out, _err = run("batches", write(tmp_path, rows))
    assert "0 new, 0 updated, 2 unchanged" in out
    assert BatchPage.objects.count() == 2


def test_a_later_row_of_a_batch_may_not_contradict_the_first(chain, tmp_path):
    rows = [
        "batch_code,quantity_kg,step_kind,step_date",
        "SLC-2025-009,12,harvest,2025-10-05",
        "SLC-2025-009,13,packaging,2025-10-09",
    ]
    with pytest.raises(CommandError, match="Row 3, column 'quantity_kg': '13' differs from row 2"):
        run("batches", write(tmp_path, rows))
    assert not BatchPage.objects.filter(batch_code="SLC-2025-009").exists()


class TestHostileFiles:
    def test_an_oversized_file_is_refused(self, chain, tmp_path, settings):
        settings.IMPORT_MAX_BYTES = 100
        with pytest.raises(CommandError, match="the limit is 100"):
            run("prices", write(tmp_path, PRICES))

    @pytest.mark.parametrize(
        ("content", "expected"),
        [
            (b"", "The file is empty"),
            (b"\x89PNG\r\n\x1a\n\x00\x00binary", "not text|not UTF-8"),
            (b"colour,size\nred,big\n", "Missing required column"),
            (
                b"species,form,market,date,price_vnd_per_kg,source,colour\n",
                "Unknown column",
            ),
            (PRICES[0].encode() + b"\n", "no rows"),
        ],
    )
    def test_a_message_not_a_crash(self, chain, tmp_path, content, expected):
        path = tmp_path / "bad.csv"
        path.write_bytes(content)
        with pytest.raises(CommandError, match=expected):
            run("prices", path)

    def test_a_file_that_is_not_a_spreadsheet(self, chain, tmp_path):
        path = tmp_path / "prices.xlsx"
        path.write_bytes(b"not a zip at all")
        with pytest.raises(CommandError, match="cannot be opened"):
            run("prices", path)

    def test_formula_cells_are_refused(self, chain, tmp_path):
        rows = [PRICES[0], "Panax vietnamensis,root,fresh,=HYPERLINK(1),2025-10-02,1,Survey,yes"]
        with pytest.raises(CommandError, match="Row 2, column 'market': '=HYPERLINK"):
            run("prices", write(tmp_path, rows))
