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
