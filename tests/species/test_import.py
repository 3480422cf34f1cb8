"""manage.py import_species: good files import, bad files import nothing and say where."""

from io import BytesIO, StringIO
from zipfile import ZIP_DEFLATED, ZipFile

import pytest
from django.core.management import CommandError, call_command
from openpyxl import Workbook

from species.importer import MAX_ERRORS
from species.models import SpeciesPage

HEADER = "scientific_name,authority,family,name_vi,name_en,parts_used,assessments,provinces,vernacular_names,source"
GOOD_ROWS = [
    "Panax notoginseng,(Burkill) F.H.Chen,Araliaceae,Tam thất,Notoginseng,root; leaf,iucn:NE,lao-cai,Điền thất [vi],Đỗ Tất Lợi",
    "Coptis chinensis,Franch.,Ranunculaceae,Hoàng liên,Chinese goldthread,rhizome,sdvn-2007:listed,lao-cai,Phàng lình [hmn],",
    "Paris polyphylla,Sm.,Melanthiaceae,Bảy lá một hoa,,rhizome,iucn:VU; nd06-2019:listed,lao-cai,,",
]

pytestmark = pytest.mark.usefixtures("english")


def write_csv(tmp_path, rows, header=HEADER, name="species.csv"):
    path = tmp_path / name
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_species", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


class TestGoodFile:
    def test_imports_every_row_with_its_fields(self, index, tmp_path):
        out, err = run(write_csv(tmp_path, GOOD_ROWS))
        assert "3 new, 0 updated" in out
        assert "3/3" in err  # the progress bar reached the end
        page = SpeciesPage.objects.get(genus="Paris")
        assert page.live and page.title_vi == "Bảy lá một hoa"
        assert page.family.latin_name == "Melanthiaceae"
        assert {a.category.key for a in page.assessments.all()} == {"iucn:VU", "nd06-2019:listed"}
        notoginseng = SpeciesPage.objects.get(epithet="notoginseng")
        assert notoginseng.title_en == "Notoginseng"
        assert [p.code for p in notoginseng.parts_used.all()] == ["root", "leaf"]
        assert notoginseng.sources.get().source.title == "Đỗ Tất Lợi"
        assert SpeciesPage.objects.get(genus="Coptis").vernacular_names.get().language == "hmn"

    def test_running_twice_updates_instead_of_duplicating(self, index, tmp_path):
        run(write_csv(tmp_path, GOOD_ROWS))
        changed = GOOD_ROWS[:2] + [GOOD_ROWS[2].replace("iucn:VU", "iucn:EN")]
        out, _err = run(write_csv(tmp_path, changed))
        assert "0 new, 3 updated" in out
        assert SpeciesPage.objects.count() == 3
        paris = SpeciesPage.objects.get(genus="Paris")
        assert {a.category.key for a in paris.assessments.all()} == {"iucn:EN", "nd06-2019:listed"}
        assert paris.distribution.count() == 1  # provinces are not added twice

    def test_xlsx(self, index, tmp_path):
        book = Workbook()
        sheet = book.active
        sheet.append(HEADER.split(","))
        for row in GOOD_ROWS:
            sheet.append(row.split(","))
        path = tmp_path / "species.xlsx"
        book.save(path)
        out, _err = run(path)
        assert "3 new" in out


class TestBadFile:
    def test_nothing_imported_and_each_error_located(self, index, tmp_path):
        rows = [
            GOOD_ROWS[0],
            "Coptis teeta,Wall.,Ranunculaceae,Hoàng liên,,rhizome,iucn:XX,,,",
            "panax vietnamensis,,Araliaceae,Sâm Ngọc Linh,,,iucn:VU:2999,,,",
            "Paris polyphylla,Sm.,Melanthiaceae,,,bark; wood,,mars,,",
        ]
        with pytest.raises(CommandError) as exc:
            run(write_csv(tmp_path, rows))
        message = str(exc.value)
        assert message.startswith("Nothing was imported")
        assert "Row 3, column 'assessments': 'XX' is not a category of iucn" in message
        assert "Row 4, column 'scientific_name'" in message
        assert "Row 4, column 'assessments': The year 2999 is in the future" in message
        assert "Row 5, column 'name_vi': This column is required" in message
        assert "Row 5, column 'parts_used': Unknown code(s) wood" in message
        assert "Row 5, column 'provinces'" in message
        assert SpeciesPage.objects.count() == 0  # the good first row was not imported either

    def test_duplicate_rows_are_an_error(self, index, tmp_path):
        with pytest.raises(
            CommandError, match="Row 3, column 'scientific_name': the same species as row 2"
        ):
            run(write_csv(tmp_path, [GOOD_ROWS[0], GOOD_ROWS[0]]))

    @pytest.mark.parametrize(
        ("content", "expected"),
        [
            ("name,family\nx,y\n", "Missing required column(s): scientific_name, name_vi"),
            ("", "The file is empty"),
            (HEADER + ",colour\n", "Unknown column(s): colour"),
        ],
    )
    def test_file_level_errors(self, index, tmp_path, content, expected):
        path = tmp_path / "bad.csv"
        path.write_text(content, encoding="utf-8")
        with pytest.raises(CommandError, match=expected.replace("(", r"\(").replace(")", r"\)")):
            run(path)

    def test_wrong_file_type_and_missing_file(self, index, tmp_path):
        (tmp_path / "list.txt").write_text("hello")
        with pytest.raises(CommandError, match="Unsupported file type '.txt'"):
            run(tmp_path / "list.txt")
        with pytest.raises(CommandError, match="File not found"):
            run(tmp_path / "nope.csv")

    def test_non_utf8_csv(self, index, tmp_path):
        path = tmp_path / "latin1.csv"
        path.write_bytes((HEADER + "\nPanax vietnamensis,,Araliaceae,Sâm\n").encode("latin-1"))
        with pytest.raises(CommandError, match="not UTF-8"):
            run(path)


def test_messages_follow_the_active_language(index, tmp_path):
    from django.utils import translation

    path = write_csv(tmp_path, ["Coptis teeta,Wall.,Ranunculaceae,Hoàng liên,,rhizome,iucn:XX,,,"])
    with translation.override("vi"), pytest.raises(CommandError) as exc:
        run(path)
    assert "Dòng 2, cột 'assessments': 'XX' không phải một bậc của iucn" in str(exc.value)


def species_rows(count):
    """``count`` valid rows, each a different species."""
    return [f"Panax x{'a' * (i + 1)},,Araliaceae,Sâm {i},,,,,," for i in range(count)]


def write_xlsx(tmp_path, rows, padding=0):
    """An XLSX of ``rows``; ``padding`` bytes of blank space make its sheet a zip bomb."""
    book = Workbook()
    for row in [HEADER, *rows]:
        book.active.append(row.split(","))
    buffer = BytesIO()
    book.save(buffer)
    path = tmp_path / "species.xlsx"
    with ZipFile(buffer) as source, ZipFile(path, "w", ZIP_DEFLATED) as bomb:
        for member in source.infolist():
            data = source.read(member)
            if member.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"</sheetData>", b" " * padding + b"</sheetData>")
            bomb.writestr(member.filename, data)
    return path


class TestLimits:
    def test_a_file_over_the_size_limit_is_not_read(self, index, tmp_path, settings):
        settings.IMPORT_MAX_BYTES = 200
        with pytest.raises(CommandError, match="the limit is 200"):
            run(write_csv(tmp_path, GOOD_ROWS))
        assert not SpeciesPage.objects.exists()

    def test_an_xlsx_that_unpacks_to_far_more_is_refused_before_it_is_read(
        self, index, tmp_path, settings
    ):
        settings.IMPORT_MAX_BYTES = 50_000  # so at most 500 KB unpacked
        path = write_xlsx(tmp_path, GOOD_ROWS, padding=900_000)
        assert path.stat().st_size < 50_000
        with pytest.raises(CommandError, match="would unpack to"):
            run(path)
        assert not SpeciesPage.objects.exists()

    def test_an_xlsx_member_compressed_a_thousand_times_is_refused(self, index, tmp_path):
        path = write_xlsx(tmp_path, GOOD_ROWS, padding=5_000_000)
        with pytest.raises(CommandError, match="would unpack to"):
            run(path)
        assert not SpeciesPage.objects.exists()

    @pytest.mark.parametrize("kind", ["csv", "xlsx"])
    def test_rows_beyond_the_limit_stop_the_import(self, index, tmp_path, settings, kind):
        settings.IMPORT_MAX_ROWS = 5
        rows = species_rows(6)
        path = write_csv(tmp_path, rows) if kind == "csv" else write_xlsx(tmp_path, rows)
        with pytest.raises(CommandError, match="more than 5 rows"):
            run(path)
        assert not SpeciesPage.objects.exists()
        out, _err = run(write_csv(tmp_path, rows[:5]))
        assert "5 new" in out

    def test_checking_stops_after_a_hundred_errors(self, index, tmp_path):
        rows = [f"panax x{'a' * (i + 1)},,Araliaceae,Sâm,,,,,," for i in range(150)]
        with pytest.raises(CommandError) as exc:
            run(write_csv(tmp_path, rows))
        message = str(exc.value)
        assert message.startswith("Nothing was imported")
        assert message.count("Row ") == MAX_ERRORS
        assert "Row 101, column 'scientific_name'" in message
        assert "Row 102," not in message
        assert f"Checking stopped after {MAX_ERRORS} errors" in message


class TestFormulaCells:
    def test_a_cell_a_spreadsheet_would_run_is_refused(self, index, tmp_path):
        rows = [
            GOOD_ROWS[0],
            'Coptis chinensis,Franch.,Ranunculaceae,"=HYPERLINK(""http://evil"")",'
            "@SUM(A1),rhizome,,,,",
            "Paris polyphylla,Sm.,Melanthiaceae,Bảy lá một hoa,+1,rhizome,,,,-",
        ]
        with pytest.raises(CommandError) as exc:
            run(write_csv(tmp_path, rows))
        message = str(exc.value)
        assert "Row 3, column 'name_vi': '=HYPERLINK(\"http://evil\")' starts with '='" in message
        assert "Row 3, column 'name_en': '@SUM(A1)' starts with '@'" in message
        assert "Row 4, column 'name_en'" in message and "Row 4, column 'source'" in message
        assert "Row 2," not in message
        assert not SpeciesPage.objects.exists()
