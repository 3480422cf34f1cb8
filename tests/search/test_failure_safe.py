"""Search fails safe: a broken, missing or unwritable index never shows what it should
not, never answers 500, is logged once, and is repaired by `search_index rebuild`."""

import logging
import shutil
from io import StringIO

import pytest
from django.core.management import call_command

from search import service
from search.backends.base import SearchQuery, SearchUnavailable
from search.backends.elastic import ElasticBackend
from search.backends.embedded import EmbeddedBackend
from search.models import StaleSearchEntry
from tests.search.factories import CATALOGUE, doc


@pytest.fixture
def catalogue(search_backend, home):
    search_backend.index(CATALOGUE)
    service.outages.clear()
    yield
    service.outages.clear()


def corrupt(backend):
    backend.close()
    generation = backend.path / backend._current()
    (generation / "meta.json").write_bytes(b"this is not an index " * 500)


def test_a_corrupt_index_answers_being_repaired_and_logs_once(
    client, catalogue, search_backend, caplog
):
    corrupt(search_backend)
    with caplog.at_level(logging.ERROR, logger="search.service"):
        for _ in range(5):
            response = client.get("/en/search/?q=tam+that")
            assert response.status_code == 503
        suggest = client.get("/en/search/suggest/?q=tam")
    assert "Search is being repaired" in response.content.decode()
    assert response["Retry-After"]
    assert suggest.status_code == 503 and suggest.json()["suggestions"] == []
    errors = [r for r in caplog.records if r.name == "search.service"]
    assert len(errors) == 1 and "search_index rebuild" in errors[0].getMessage()


def test_rebuild_repairs_a_corrupt_index(client, catalogue, search_backend, db):
    corrupt(search_backend)
    out = StringIO()
    call_command("search_index", "status", stdout=out)
    assert "embedded: unavailable" in out.getvalue()
    call_command("search_index", "rebuild", stdout=StringIO(), stderr=StringIO())
    assert list(search_backend.path.glob("*.broken-*"))
    # The site has no searchable pages here: the rebuilt index is empty but answers.
    assert client.get("/en/search/?q=tam+that").status_code == 200


def test_an_index_deleted_under_a_running_server_is_not_silently_empty(
    client, catalogue, search_backend, make_species
):
    make_species(vi="Tam thất")
    assert client.get("/vi/search/?q=tam+that").status_code == 200
    shutil.rmtree(search_backend.path)
    # The worker notices the index is gone: "being repaired", not "0 results".
    # (The answer already given stays in the page cache: it was right and nothing changed.)
    response = client.get("/vi/search/?q=tam")
    assert response.status_code == 503
    call_command("search_index", "rebuild", stdout=StringIO(), stderr=StringIO())
    assert "Tam thất" in client.get("/vi/search/?q=tam+that").content.decode()


def test_a_failed_write_hides_the_item_until_the_index_is_repaired(
    catalogue, search_backend, monkeypatch, db, caplog
):
    """The index can be read but not written (locked, disk full, read-only)."""
    hit = CATALOGUE[0]
    assert [h.key for h in service.search("tam that").hits][0] == hit.key

    disk = {"full": True}
    delete = search_backend.delete

    def refuse(keys):
        if disk["full"]:
            raise SearchUnavailable("disk full")
        return delete(keys)

    monkeypatch.setattr(search_backend, "delete", refuse)
    service._safely(search_backend, "delete", [hit.key], [hit.key])
    assert StaleSearchEntry.objects.filter(key=hit.key).exists()
    # Still in the index, but never in an answer.
    assert hit.key in search_backend.keys()
    assert hit.key not in [h.key for h in service.search("tam that").hits]
    assert hit.key not in [s.key for s in service.suggest("tam")]
    # Once the index can be written again, the next search removes it for good.
    disk["full"] = False
    service.search("anything")
    assert hit.key not in search_backend.keys()
    assert not StaleSearchEntry.objects.exists()


def test_rebuilds_leave_one_index_on_disk_while_workers_read(tmp_path):
    path = tmp_path / "search-index"
    writer, reader = EmbeddedBackend(path), EmbeddedBackend(path)
    documents = [doc(f"d{i}", f"Cây thuốc {i}", body="lá rễ thân " * 200) for i in range(300)]
    writer.rebuild(documents)
    for _ in range(3):
        reader.search(SearchQuery(text="cay thuoc"))
        reader.suggest("cay", "vi", SearchQuery().scope)
        writer.rebuild(documents)
    assert len([p for p in path.iterdir() if p.is_dir()]) == 1
    assert reader.search(SearchQuery(text="cay thuoc 7")).hits[0].key == "d7"
    writer.close()
    reader.close()


def test_elasticsearch_down_is_logged_once_and_not_asked_every_query(
    db, catalogue, monkeypatch, caplog
):
    calls = []
    down = ElasticBackend("http://127.0.0.1:9")
    original = down.search

    def counted(*args):
        calls.append(1)
        return original(*args)

    monkeypatch.setattr(down, "search", counted)
    monkeypatch.setattr(service, "elastic_backend", lambda: down)
    with caplog.at_level(logging.WARNING, logger="search.service"):
        for _ in range(10):
            assert service.search("tam that").hits[0].title == "Tam thất"
    assert len(calls) == 1
    assert len([r for r in caplog.records if "Elasticsearch" in r.getMessage()]) == 1


def test_elasticsearch_write_errors_are_not_swallowed(db, monkeypatch):
    errors = [
        {"delete": {"_id": "gone", "status": 404, "result": "not_found"}},
        {"index": {"_id": "tam-that", "status": 429, "error": {"type": "es_rejected"}}},
    ]
    monkeypatch.setattr(
        "elasticsearch.helpers.bulk", lambda client, actions, **kw: (len(actions), errors[:1])
    )
    backend = ElasticBackend("http://127.0.0.1:9")
    backend.delete(["gone"])  # deleting what is not there is fine
    monkeypatch.setattr("elasticsearch.helpers.bulk", lambda client, actions, **kw: (0, errors))
    with pytest.raises(SearchUnavailable):
        backend.index([CATALOGUE[0]])
