"""A change forgets the cached pages when it is made and again when it commits.

Between the two, another process still reads the old rows: what it renders and stores
then must not outlive the change (a restriction, a takedown)."""

from django.db import transaction

from base.page_cache import generation, invalidate, one_invalidation


def test_a_change_moves_the_generation_again_at_the_commit(db, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            before = generation()
            invalidate()
            during = generation()  # another process may store an old page under it
            assert during > before
            for _ in range(20):
                invalidate()  # more changes in the same transaction
            assert generation() == during + 20
    assert len(callbacks) == 1  # once per transaction, however many changes
    assert generation() == during + 21


def test_a_bulk_change_moves_it_once_now_and_once_at_the_commit(
    db, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        with transaction.atomic():
            before = generation()
            with one_invalidation():
                for _ in range(50):
                    invalidate()
            assert generation() == before + 1
    assert len(callbacks) == 1
    assert generation() == before + 2
