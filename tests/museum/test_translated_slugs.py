"""A page may not share a slug with a sibling in any language, fallback included, and the
check asks the database instead of loading every sibling."""

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils.translation import override

from species.models import SpeciesPage
from tests.conftest import species_data


def _page(index, **slugs):
    page = SpeciesPage(genus="Paris", epithet="polyphylla", title="Trọng lâu", **slugs)
    page.depth, page.path = index.depth + 1, index._get_path(index.path, index.depth + 1, 999)
    return page


@pytest.fixture
def sibling(make_species):
    # slug_vi "tam-that", slug_en "notoginseng"; fr and zh_hans empty, so they show "tam-that"
    page = make_species(vi="Tam thất", en="Notoginseng")
    SpeciesPage.objects.filter(pk=page.pk).update(slug_fr="", slug_zh_hans="")
    page.refresh_from_db()
    assert (page.slug_vi, page.slug_en, page.slug_fr) == ("tam-that", "notoginseng", "")
    return page


def test_a_slug_used_by_a_sibling_in_the_same_language_is_refused(index, sibling):
    page = _page(index, slug_vi="trong-lau", slug_en="notoginseng")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert set(error.value.message_dict) == {"slug_en"}


def test_an_empty_slug_falls_back_to_vietnamese_on_both_sides(index, sibling):
    # The new page shows "tam-that" in French through the fallback, as the sibling does.
    page = _page(index, slug_vi="tam-that", slug_en="paris")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert {"slug_vi", "slug_fr", "slug_zh_hans"} <= set(error.value.message_dict)
    assert "slug_en" not in error.value.message_dict
    # A French slug equal to the sibling's *English* one is no clash: they differ in French.
    page = _page(index, slug_vi="trong-lau", slug_fr="notoginseng")
    page.clean()


def test_the_same_slug_under_another_parent_is_allowed(home, index, sibling):
    page = _page(home, slug_vi="tam-that")
    page.clean()


def test_the_check_costs_a_few_queries_however_many_siblings(index, make_species):
    for number in range(30):
        make_species(
            epithet="species" + "abcdefghijklmnopqrstuvwxyzabcd"[number], vi=f"Loài {number}"
        )
    page = _page(index, slug_vi="trong-lau")
    with CaptureQueriesContext(connection) as queries:
        page.clean()
    sibling_reads = [q for q in queries if "wagtailcore_page" in q["sql"]]
    # One query for the siblings' slugs that match (run once per model in the page's
    # class chain, as modeltranslation patches each), and the parent: no sibling page is
    # loaded, and the count does not grow with the 30 siblings. (Wagtail's own check of
    # the default slug is one existence query.)
    sibling_queries = [
        q["sql"]
        for q in sibling_reads
        if '"path" = ' not in q["sql"] and not q["sql"].endswith("LIMIT 1")
    ]
    assert 1 <= len(sibling_queries) <= 2
    for sql in sibling_queries:
        selected = sql.split(" FROM ")[0]
        assert "slug_vi" in selected and "title" not in selected, sql


def test_an_import_of_a_name_already_used_adds_the_scientific_name(index, sibling):
    from species.services import upsert_species

    page, _created = upsert_species(
        index, species_data(genus="Panax", epithet="stipuleanatus", vi="Tam thất")
    )
    assert page.slug_vi == "tam-that-panax-stipuleanatus"


@pytest.mark.parametrize("language", ["vi", "en", "fr", "zh_hans"])
def test_every_translated_slug_is_indexed_as_its_field_declares(db, language):
    # wagtail-modeltranslation adds these columns after the migrations, without their
    # index; routing asks for a child by one of them on every request.
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "wagtailcore_page")
    assert any(c["index"] and c["columns"] == [f"slug_{language}"] for c in constraints.values())


@pytest.mark.skipif(connection.vendor != "sqlite", reason="reads SQLite's query plan")
def test_routing_finds_a_child_by_its_slug_not_by_reading_the_parent_subtree(
    client, home, index, sibling
):
    # Under the home page the subtree is the whole catalogue: the plan must start from a
    # slug index, not from the tree path (which reads every page below the parent).
    with override("en"):
        url = sibling.get_url()
    assert url.endswith("/notoginseng/")
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    routing = [q["sql"] for q in queries if '"slug_en" = ' in q["sql"]]
    assert routing
    with connection.cursor() as cursor:
        for sql in routing:
            cursor.execute("EXPLAIN QUERY PLAN " + sql)
            plan = " ".join(row[-1] for row in cursor.fetchall())
            assert "wagtailcore_page_slug_" in plan, plan
