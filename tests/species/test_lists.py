"""Protected lists follow the species' assessments without being edited."""

import csv
import io

from species.models import (
    ConservationCategory,
    ProtectedListAddition,
    ProtectedListPage,
    SpeciesAssessment,
)


def test_species_edited_to_ia_appears_in_the_list(client, decree_list, make_species):
    species = make_species()
    assert "Tam thất" not in client.get(decree_list.url).content.decode()

    # A curator adds an assessment on the species page and publishes it.
    species.assessments.add(
        SpeciesAssessment(
            category=ConservationCategory.objects.get(scheme__code="nd06-2019", code="IA")
        )
    )
    species.save_revision().publish()

    html = client.get(decree_list.url).content.decode()
    assert "Tam thất" in html
    assert "NĐ 06/2019 · 84/2021 IA" in html

    species.assessments = []
    species.save_revision().publish()
    assert "Tam thất" not in client.get(decree_list.url).content.decode()


def test_unpublished_species_leave_the_list(client, decree_list, make_species):
    species = make_species(assessments=[{"scheme": "nd06-2019", "category": "IIA"}])
    assert "Tam thất" in client.get(decree_list.url).content.decode()
    species.unpublish()
    assert "Tam thất" not in client.get(decree_list.url).content.decode()


def test_harvest_and_province_rule(index, make_species):
    page = ProtectedListPage(
        title="Lai Châu", slug="lc", harvest_rule="restricted", province="lai-chau"
    )
    index.add_child(instance=page)
    make_species(assessments=[{"scheme": "nd06-2019", "category": "IA"}], provinces=["lai-chau"])
    make_species(
        genus="Coptis",
        epithet="chinensis",
        vi="Hoàng liên",
        family="Ranunculaceae",
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
        provinces=["lao-cai"],
    )
    make_species(
        genus="Paris",
        epithet="polyphylla",
        vi="Bảy lá một hoa",
        family="Melanthiaceae",
        assessments=[{"scheme": "iucn", "category": "VU"}],
        provinces=["lai-chau"],
    )
    assert [s.title for s, _a, _n in page.entries()] == ["Tam thất"]


def test_a_rule_of_categories_and_a_ban_may_be_met_by_two_assessments(index, make_species):
    """Listed for a red-list category and under a ban: each may come from a different
    assessment of the species, and a species with only one of them is not listed."""
    page = ProtectedListPage(title="Red and banned", slug="red-banned", harvest_rule="banned")
    index.add_child(instance=page)
    page.categories.set(ConservationCategory.objects.filter(scheme__code="iucn", code="VU"))
    page.save()
    make_species(
        assessments=[
            {"scheme": "iucn", "category": "VU"},
            {"scheme": "nd06-2019", "category": "IA"},
        ]
    )
    make_species(
        genus="Paris",
        epithet="polyphylla",
        vi="Bảy lá một hoa",
        family="Melanthiaceae",
        assessments=[{"scheme": "iucn", "category": "VU"}],
    )
    make_species(
        genus="Coptis",
        epithet="chinensis",
        vi="Hoàng liên",
        family="Ranunculaceae",
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
    )
    assert [s.title for s, _a, _n in page.entries()] == ["Tam thất"]


def test_a_list_without_a_rule_holds_its_additions_alone(index, make_species):
    page = ProtectedListPage(title="By hand", slug="by-hand")
    index.add_child(instance=page)
    make_species(assessments=[{"scheme": "nd06-2019", "category": "IA"}])
    added = make_species(genus="Angelica", epithet="sinensis", vi="Đương quy", family="Apiaceae")
    ProtectedListAddition.objects.create(page=page, species=added, note="Named in a decree")
    assert [(s.title, n) for s, _a, n in page.entries()] == [("Đương quy", "Named in a decree")]


def test_manual_additions_and_vietnamese_order(decree_list, make_species):
    make_species(
        genus="Polygonatum",
        epithet="kingianum",
        vi="Hoàng tinh hoa đỏ",
        family="Asparagaceae",
        assessments=[{"scheme": "nd06-2019", "category": "IIA"}],
    )
    extra = make_species(genus="Angelica", epithet="sinensis", vi="Đương quy", family="Apiaceae")
    make_species(
        genus="Eleutherococcus",
        epithet="trifoliatus",
        vi="Đinh lăng thử",
        family="Araliaceae",
        assessments=[{"scheme": "nd06-2019", "category": "IA"}],
    )
    ProtectedListAddition.objects.create(
        page=decree_list, species=extra, note="Named in the decree text"
    )
    titles = [s.title for s, _a, _n in decree_list.entries()]
    assert titles == ["Đinh lăng thử", "Đương quy", "Hoàng tinh hoa đỏ"]


def test_csv_download(client, decree_list, make_species):
    make_species(assessments=[{"scheme": "nd06-2019", "category": "IA", "year": 2021}])
    response = client.get(decree_list.url + "csv/")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Tên", "Tên khoa học"]
    assert rows[1][0] == "Tam thất"
    assert rows[1][1] == "Panax notoginseng"
    assert "IA (2021)" in rows[1][4]
    assert rows[1][7].startswith("http://") and rows[1][7].endswith("/vi/loai/tam-that/")


def test_list_page_is_printable(client, decree_list):
    html = client.get(decree_list.url).content.decode()
    assert 'media="print"' in html and "csv/" in html


def test_a_list_costs_the_same_queries_however_many_species_it_holds(db, make_species, client):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from species.models import ConservationCategory, SpeciesAssessment

    vu = ConservationCategory.objects.get(scheme__code="iucn", code="VU")

    def add(n, start):
        for i in range(start, start + n):
            page = make_species(genus="Paris", epithet=f"sp{chr(97 + i)}", vi=f"Loài {i}")
            SpeciesAssessment.objects.create(page=page, category=vu, year=2020)

    from species.models import ProtectedListPage

    add(2, 0)
    index = make_species().get_parent()
    lst = ProtectedListPage(title="IUCN VU", slug="iucn-vu")
    index.add_child(instance=lst)
    lst.categories.set([vu])
    lst.save_revision().publish()

    def queries():
        with CaptureQueriesContext(connection) as ctx:
            assert client.get(lst.url).status_code == 200
        return len(ctx.captured_queries)

    few = queries()
    add(6, 2)
    assert queries() == few


def test_a_long_list_is_shown_a_page_at_a_time_and_its_csv_holds_all(
    client, monkeypatch, decree_list, make_species
):
    names = ["Đương quy", "Ba kích", "Hoàng tinh", "Tam thất", "Bách bộ"]
    for i, name in enumerate(names):
        make_species(
            genus="Paris",
            epithet=f"sp{chr(97 + i)}",
            vi=name,
            assessments=[{"scheme": "nd06-2019", "category": "IA", "year": 2021}],
        )
    monkeypatch.setattr(ProtectedListPage, "per_page", 2)
    in_order = ["Ba kích", "Bách bộ", "Đương quy", "Hoàng tinh", "Tam thất"]

    def rows(query=""):
        html = client.get(decree_list.url + query).content.decode()
        return [name for name in in_order if f">{name}</a>" in html], html

    first, html = rows()
    assert first == in_order[:2]
    assert "5 loài" in html and "Trang 1 / 3" in html and 'rel="next"' in html
    assert rows("?page=3")[0] == in_order[4:]
    assert rows("?page=abc")[0] == in_order[:2]  # a bad page number is the first page
    assert rows("?page=99")[0] == in_order[4:]  # past the end: the last page

    response = client.get(decree_list.url + "csv/")
    assert response.streaming  # written as it is read, not built whole in memory
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    assert [row[0] for row in csv.reader(io.StringIO(text))][1:] == in_order
