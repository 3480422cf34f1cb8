"""Protected lists as CSV: a species named like a formula reaches the spreadsheet as text."""

import csv
import io

from species.models import ConservationCategory, ProtectedListPage


def test_a_species_title_that_is_a_formula_is_exported_as_text(client, index, make_species):
    page = ProtectedListPage(title="Nghị định 84/2021", slug="nd84", slug_vi="nd84")
    page.categories = list(ConservationCategory.objects.filter(scheme__code="nd06-2019"))
    index.add_child(instance=page)
    page.save_revision().publish()
    make_species(
        vi='=HYPERLINK("http://evil")',
        authority="-cmd",
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
    )
    response = client.get(page.url + "csv/")
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    assert rows[1][0] == '\'=HYPERLINK("http://evil")'
    assert rows[1][2] == "'-cmd"
    assert rows[1][1] == "Panax notoginseng"


def test_a_list_longer_than_a_chunk_is_exported_whole_in_vietnamese_order(
    client, index, make_species, monkeypatch
):
    from species.models import lists

    monkeypatch.setattr(lists, "CSV_CHUNK", 2)
    page = ProtectedListPage(title="Nghị định 84/2021", slug="nd84", slug_vi="nd84")
    page.categories = list(ConservationCategory.objects.filter(scheme__code="nd06-2019"))
    index.add_child(instance=page)
    page.save_revision().publish()
    names = ["Ô rô", "Ba kích", "Đẳng sâm", "Á", "Bạch truật"]
    for number, name in enumerate(names):
        make_species(
            epithet=f"species{'abcde'[number]}",
            vi=name,
            assessments=[{"scheme": "nd06-2019", "category": "IIA"}],
        )
    response = client.get(page.url + "csv/")
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    # Vietnamese order: A before B, Đ after D, Ô after O; the accents do not reorder them.
    assert [row[0] for row in rows[1:]] == ["Á", "Ba kích", "Bạch truật", "Đẳng sâm", "Ô rô"]
    # Each row names its badge (scheme and class), read for the file once, not per chunk.
    assert {row[4] for row in rows[1:]} == {rows[1][4]}
    assert "IIA" in rows[1][4]


def test_each_chunk_of_the_csv_costs_the_same_queries(client, index, make_species, monkeypatch):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from species.models import lists

    monkeypatch.setattr(lists, "CSV_CHUNK", 2)
    page = ProtectedListPage(title="Nghị định 84/2021", slug="nd84", slug_vi="nd84")
    page.categories = list(ConservationCategory.objects.filter(scheme__code="nd06-2019"))
    index.add_child(instance=page)
    page.save_revision().publish()

    def queries_of_the_file():
        with CaptureQueriesContext(connection) as queries:
            b"".join(client.get(page.url + "csv/"))
        return len(queries)

    for number in range(2):
        make_species(
            epithet=f"one{'ab'[number]}", assessments=[{"scheme": "nd06-2019", "category": "IA"}]
        )
    one_chunk = queries_of_the_file()
    for number in range(4):
        make_species(
            epithet=f"more{'abcd'[number]}", assessments=[{"scheme": "nd06-2019", "category": "IA"}]
        )
    # Two chunks more: the species and their assessments of each; what every chunk
    # shares (the categories, the list's rule) is read once for the file.
    assert queries_of_the_file() == one_chunk + 2 * 2
