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
