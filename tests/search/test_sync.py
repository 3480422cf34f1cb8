"""The index follows publishing, unpublishing, moving and deleting; the command rebuilds it."""

import shutil
from io import StringIO

import pytest
from django.core.management import call_command

from search import service
from search.backends.base import SearchQuery
from search.backends.embedded import IndexNotBuilt
from species.models import SpeciesIndexPage


def found(text, language="vi"):
    return [h.title for h in service.search(text, language).hits]


def test_publish_indexes_every_language(make_species):
    make_species(
        vi="Tam thất", en="Notoginseng", summary={"vi": "Cây cầm máu.", "en": "A haemostatic herb."}
    )
    assert found("tam that") == ["Tam thất"]
    assert found("notoginseng", "en") == ["Notoginseng"]
    hit = service.search("haemostatic", "en").hits[0]
    assert hit.url == "/en/species/notoginseng/" and "<mark>haemostatic</mark>" in hit.snippet


def test_untranslated_fields_fall_back_without_none(make_species):
    make_species(vi="Tam thất", en=None)
    assert found("tam that", "fr") == ["Tam thất"]
    assert found("none", "fr") == [] and found("none", "en") == []


def test_edit_and_republish_updates(make_species):
    page = make_species(vi="Tam thất")
    page.title_vi = "Tam thất bắc"
    page.save_revision().publish()
    assert found("tam that bac") == ["Tam thất bắc"]
    assert service.embedded_backend().count() == 1


def test_unpublish_and_delete_remove(make_species):
    page = make_species(vi="Tam thất")
    page.unpublish()
    assert found("tam that") == []
    page.save_revision().publish()
    assert found("tam that") == ["Tam thất"]
    page.delete()
    assert found("tam that") == []


def test_move_updates_urls(make_species, home):
    page = make_species(vi="Tam thất")
    other = SpeciesIndexPage(
        title="Cây thuốc", title_vi="Cây thuốc", slug="cay-thuoc", slug_vi="cay-thuoc"
    )
    home.add_child(instance=other)
    other.save_revision().publish()
    page.move(other, pos="last-child")
    assert service.search("tam that", "vi").hits[0].url == "/vi/cay-thuoc/tam-that/"


def test_rebuild_update_and_status(make_species, search_backend):
    make_species(vi="Tam thất")
    make_species(genus="Coptis", epithet="chinensis", vi="Hoàng liên", family="Ranunculaceae")
    search_backend.clear()
    search_backend.index([])
    out, err = StringIO(), StringIO()
    call_command("search_index", "rebuild", stdout=out, stderr=err)
    assert "embedded: 2 documents indexed" in out.getvalue()
    assert "2/2" in err.getvalue()
    assert found("hoang lien") == ["Hoàng liên"]
    from tests.search.factories import doc

    search_backend.index([doc("ghost", "Bóng ma")])
    out = StringIO()
    call_command("search_index", "update", stdout=out, stderr=StringIO())
    assert "removed 1 stale documents" in out.getvalue()
    out = StringIO()
    call_command("search_index", "status", stdout=out)
    assert "searchable items in the database: 2" in out.getvalue()
    assert "embedded: 2 documents indexed" in out.getvalue()


def test_an_index_of_an_earlier_version_is_replaced_with_a_message(make_species, search_backend):
    make_species(vi="Tam thất")
    shutil.rmtree(search_backend.path)
    legacy = search_backend.path.parent / "search.sqlite3"
    legacy.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    with pytest.raises(IndexNotBuilt, match="earlier version"):
        search_backend.search(SearchQuery(text="tam that"))
    out = StringIO()
    call_command("search_index", "update", stdout=out, stderr=StringIO())
    assert "removed the index of an earlier version" in out.getvalue()
    assert not legacy.exists()
    assert found("tam that") == ["Tam thất"]
