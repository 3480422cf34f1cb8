"""Pages read from the database are built without modelcluster's scan of their relations,
and pages built with their child objects still get them."""

from unittest import mock

import modelcluster.models

from species.models import SpeciesPage, VernacularName


def test_pages_read_from_the_database_skip_the_relation_scan(make_species):
    make_species(vi="Tam thất", vernacular_names=[{"name": "Sâm tam thất", "language": "vi"}])
    make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    scan = mock.Mock(wraps=modelcluster.models.get_all_child_relations)
    with mock.patch("modelcluster.models.get_all_child_relations", scan):
        pages = list(SpeciesPage.objects.order_by("title_vi"))
    assert [p.title for p in pages] == ["Bảy lá một hoa", "Tam thất"]
    assert scan.call_count == 0
    # What the scan would have set up still works on the pages read.
    assert [v.name for v in pages[1].vernacular_names.all()] == ["Sâm tam thất"]
    assert not pages[0].vernacular_names.exists()


def test_a_page_built_with_its_child_objects_keeps_them(db):
    page = SpeciesPage(
        title="Tam thất",
        vernacular_names=[VernacularName(name="Sâm tam thất", language="vi")],
    )
    assert [v.name for v in page.vernacular_names.all()] == ["Sâm tam thất"]
    assert page.title == "Tam thất"
    # Wagtail's defaults for a new page are set whichever way it is built.
    assert page.content_type.model_class() is SpeciesPage
    assert SpeciesPage(title="Quế").content_type.model_class() is SpeciesPage
