"""The embedded index's per-term document sets: stored compactly, kept exact through
updates and deletes, and ranking large result sets by field."""

import pytest

from search import service
from search.backends import bitsets
from search.backends.base import SearchQuery
from tests.search.factories import doc


@pytest.mark.parametrize("docids", [[], [0], [3, 9, 200], list(range(0, 5000, 3)), [70_000]])
def test_sets_survive_storage_dense_or_sparse(docids):
    bits = bitsets.from_ids(docids)
    blob = bitsets.encode(bits)
    assert bitsets.decode(blob) == bits
    assert bitsets.ids(bits) == sorted(docids)


def test_rare_terms_are_stored_sparse_and_common_ones_dense():
    assert bitsets.encode(bitsets.from_ids([7, 60_000]))[:1] == bitsets.SPARSE
    assert bitsets.encode(bitsets.from_ids(range(0, 1000, 2)))[:1] == bitsets.DENSE


def test_first_in_order_reads_dense_and_sparse_sets_alike():
    order = list(range(9999, -1, -1))  # reverse order
    rank = {d: i for i, d in enumerate(order)}
    sparse = bitsets.from_ids([5, 50, 500])
    dense = bitsets.from_ids(range(10_000))
    assert bitsets.first(sparse, 2, order, rank) == [500, 50]
    assert bitsets.first(dense, 3, order, rank) == [9999, 9998, 9997]


def postings(backend, term):
    return {
        space: bitsets.ids(bitsets.decode(blob))
        for space, blob in backend.db.execute(
            "SELECT space, ids FROM postings WHERE term = ?", (term,)
        )
    }


def test_updates_and_deletes_keep_each_terms_documents_exact(db, search_backend):
    search_backend.index([doc("a", "Tam thất", body="cầm máu"), doc("b", "Quế", body="cầm máu")])
    assert [h.key for h in service.search("cam mau", "vi").hits] == ["b", "a"]

    search_backend.index([doc("a", "Tam thất", body="bổ máu")])  # "cầm" leaves a
    assert [h.key for h in service.search("cam", "vi").hits] == ["b"]
    assert [h.key for h in service.search("bo mau", "vi").hits] == ["a"]

    search_backend.delete(["b"])
    assert service.search("cam", "vi").total == 0
    assert postings(search_backend, "cam") == {}
    assert len(postings(search_backend, "mau")[0]) == 1


def test_a_rebuild_and_incremental_indexing_give_the_same_sets(db, search_backend):
    docs = [doc(f"d{i}", f"Cây {i}", body=f"lá {'rễ' if i % 2 else 'vỏ'}") for i in range(40)]
    search_backend.rebuild(docs)
    rebuilt = search_backend.db.execute("SELECT space, term, ids FROM postings ORDER BY 1, 2")
    rebuilt = [(s, t, bitsets.decode(b)) for s, t, b in rebuilt]
    search_backend.clear()
    for d in docs:
        search_backend.index([d])
    again = search_backend.db.execute("SELECT space, term, ids FROM postings ORDER BY 1, 2")
    assert [(s, t, bitsets.decode(b)) for s, t, b in again] == rebuilt


def test_many_matches_rank_exact_title_then_name_then_title_words_then_body(
    db, search_backend, monkeypatch
):
    monkeypatch.setattr("search.backends.embedded.BM25_LIMIT", 0)
    search_backend.index(
        [
            doc("body", "An", body="hoàng liên trong thân"),
            doc("words", "Rễ hoàng liên đắng"),
            doc("name", "Phàng lình", names=["hoàng liên"]),
            doc("prefix", "Hoàng liên gai"),
            doc("exact", "Hoàng liên"),
        ]
    )
    results = service.search("hoàng liên", "vi")
    assert [h.key for h in results.hits] == ["exact", "prefix", "name", "words", "body"]
    page2 = service.search("hoàng liên", "vi", page=2, per_page=2)
    assert [h.key for h in page2.hits] == ["name", "words"]


def test_an_index_written_in_an_older_layout_is_emptied_for_refilling(tmp_path):
    import sqlite3

    from search.backends.embedded import EmbeddedBackend, IndexNotBuilt

    path = tmp_path / "old.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, key TEXT)")
    conn.execute("INSERT INTO docs VALUES (1, 'stale')")
    conn.execute("PRAGMA user_version = 1")
    conn.commit()
    conn.close()
    backend = EmbeddedBackend(path)
    assert backend.count() == 0
    backend.index([doc("a", "Tam thất")])
    # One document is not the whole site: until a full update, the index says so.
    with pytest.raises(IndexNotBuilt):
        backend.search(SearchQuery(text="tam that"))
    backend.mark_built()
    assert [h.key for h in backend.search(SearchQuery(text="tam that")).hits] == ["a"]
    backend.close()
