"""Protected lists as CSV: a species named like a formula reaches the spreadsheet as text."""

import csv
import io

from species.models import ConservationCategory, ProtectedListPage, WildHarvest


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


def test_the_csv_is_sent_in_chunks_and_costs_the_same_queries_however_many(
    client, index, make_species, monkeypatch
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from species.models import lists

    monkeypatch.setattr(lists, "CSV_CHUNK", 2)
    page = ProtectedListPage(title="Nghị định 84/2021", slug="nd84", slug_vi="nd84")
    page.categories = list(ConservationCategory.objects.filter(scheme__code="nd06-2019"))
    index.add_child(instance=page)
    page.save_revision().publish()

    def pieces_and_queries():
        with CaptureQueriesContext(connection) as queries:
            pieces = list(client.get(page.url + "csv/").streaming_content)
        return len(pieces), len(queries)

    for number in range(2):
        make_species(
            epithet=f"one{'ab'[number]}", assessments=[{"scheme": "nd06-2019", "category": "IA"}]
        )
    pieces, one_chunk = pieces_and_queries()
    assert pieces == 2  # the header, then one chunk of two rows
    for number in range(4):
        make_species(
            epithet=f"more{'abcd'[number]}", assessments=[{"scheme": "nd06-2019", "category": "IA"}]
        )
    # The rows are read by one sorted query as they are sent (a cursor): more chunks
    # cost no query more, and what they share (the categories, the list's rule, every
    # member's assessments) is read once for the file.
    assert pieces_and_queries() == (4, one_chunk)


def test_each_row_shows_the_title_address_and_rule_of_the_species_page_in_each_language(
    client, decree_list, make_species
):
    """The file is read as values, not as pages: its cells must still be what the page
    says, its fallback languages included (a species with no English slug or title)."""
    from django.utils.translation import override

    from species.models import SpeciesPage

    page = decree_list
    make_species(
        vi="Tam thất",
        en="Notoginseng",
        assessments=[
            {"scheme": "nd06-2019", "category": "IIA", "year": 2021},
            {"scheme": "iucn", "category": "EN"},
        ],
    )
    paris = make_species(
        genus="Paris",
        epithet="polyphylla",
        vi="Bảy lá một hoa",
        assessments=[{"scheme": "nd06-2019", "category": "IA", "year": 2019}],
    )
    # Vietnamese only: every other language falls back to its slug and title.
    SpeciesPage.objects.filter(pk=paris.pk).update(
        slug_en=None, slug_zh_hans=None, slug_fr="", title_en=None, title_fr=""
    )
    species = list(SpeciesPage.objects.live().order_by("pk"))
    for language in ("vi", "en", "zh-hans", "fr"):
        with override(language):
            response = client.get(page.get_url() + "csv/")
            expected = {
                s.get_full_url(): (
                    s.title,
                    s.scientific_name,
                    s.family.latin_name,
                    str(WildHarvest(s.wild_harvest).label) if s.wild_harvest else "",
                )
                for s in species
            }
        rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
        shown = {row[7]: (row[0], row[1], row[3], row[5]) for row in rows[1:]}
        assert shown == expected, language
        for row in rows[1:]:
            # Only the list's own schemes are named; the IUCN assessment is not.
            assert "IUCN" not in row[4]
            assert client.get(row[7]).status_code == 200  # the address opens the page
