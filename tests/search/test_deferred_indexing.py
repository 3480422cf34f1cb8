"""Bulk writers defer additions to one pass after their commit; removals never wait."""

from search import service


def titles(text):
    return [hit.title for hit in service.search(text, language="vi").hits]


def test_additions_wait_for_the_commit_and_removals_do_not(
    make_species, django_capture_on_commit_callbacks
):
    kept = make_species(vi="Tam thất")
    assert titles("tam that") == ["Tam thất"]
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with service.deferred_indexing():
            added = make_species(genus="Coptis", epithet="chinensis", vi="Hoàng liên")
            assert titles("hoang lien") == []  # waits for the pass
            kept.unpublish()
            assert titles("tam that") == []  # a takedown is out of search at once
        # The pass runs when the surrounding transaction commits, not before.
        assert titles("hoang lien") == []
    assert len(callbacks) >= 1
    assert titles("hoang lien") == ["Hoàng liên"]
    assert titles("tam that") == []  # the pass reads the database as it is then
    assert added.live


def test_an_object_unpublished_before_the_pass_is_not_indexed(
    make_species, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with service.deferred_indexing():
            page = make_species(vi="Tam thất")
            page.unpublish()
    assert titles("tam that") == []


def test_nested_blocks_index_once_at_the_outer_end(
    make_species, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with service.deferred_indexing():
            with service.deferred_indexing():
                make_species(vi="Tam thất")
            assert titles("tam that") == []  # the inner end is not the pass
    assert titles("tam that") == ["Tam thất"]
