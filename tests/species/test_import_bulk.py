"""An import publishes each new species as a curator's publish would, indexes them for
search in one pass at the end, and leaves Wagtail's background work to the worker."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.test import Client
from wagtail.models import PageLogEntry, ReferenceIndex

from base.models import Source
from search import service
from search.models import StaleSearchEntry
from species.models import SpeciesPage
from tests.species.test_import import GOOD_ROWS, HEADER, run, write_csv

pytestmark = pytest.mark.usefixtures("english")


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Run the command as if its transaction committed (the test's own transaction never
    does): the search pass waits for the commit."""

    def run_committed(path, *args):
        with django_capture_on_commit_callbacks(execute=True):
            return run(path, *args)

    return run_committed


@pytest.fixture
def imported(index, tmp_path, committed):
    committed(write_csv(tmp_path, GOOD_ROWS))
    return SpeciesPage.objects.get(genus="Paris")


def test_a_new_species_is_published_as_the_admin_would(imported, curator):
    page = imported
    assert page.live and not page.has_unpublished_changes
    assert page.first_published_at and page.last_published_at
    assert page.live_revision_id == page.latest_revision_id
    assert page.draft_title == page.title
    actions = set(PageLogEntry.objects.filter(page=page).values_list("action", flat=True))
    assert "wagtail.publish" in actions
    # The revision holds the page as published: the editor opens it with its lists.
    revision = page.live_revision.as_object()
    assert revision.title_vi == "Bảy lá một hoa"
    assert {a.category.key for a in revision.assessments.all()} == {
        "iucn:VU",
        "nd06-2019:listed",
    }
    response = curator.get(f"/admin/pages/{page.pk}/edit/")
    assert response.status_code == 200
    assert "Bảy lá một hoa" in response.content.decode()
    # Visitors see it at its address.
    assert Client().get(page.url).status_code == 200


def test_every_species_is_searchable_when_the_command_ends(imported):
    for name in ("Paris polyphylla", "Coptis chinensis", "Panax notoginseng"):
        titles = [hit.title for hit in service.search(name, language="vi").hits]
        assert titles and titles[0] in {"Bảy lá một hoa", "Hoàng liên", "Tam thất"}, name


def test_a_failed_index_write_hides_the_imported_species_until_repaired(
    index, tmp_path, search_backend, monkeypatch, committed
):
    def broken(documents):
        raise service.SearchUnavailable("disk full")

    monkeypatch.setattr(search_backend, "index", broken)
    out, _err = committed(write_csv(tmp_path, GOOD_ROWS))
    # The import stands (the pages are in the database)…
    assert "3 new" in out and SpeciesPage.objects.live().count() == 3
    # …and each page is marked for repair instead of being half in the index.
    assert StaleSearchEntry.objects.count() == 3


def test_an_import_that_fails_indexes_nothing(index, tmp_path, monkeypatch, committed):
    from species import services

    original = services.fill_species

    def fail_on_third(index_page, page, data):
        if data["genus"] == "Paris":
            raise RuntimeError("the disk filled up")
        return original(index_page, page, data)

    monkeypatch.setattr(services, "fill_species", fail_on_third)
    with pytest.raises(RuntimeError):
        committed(write_csv(tmp_path, GOOD_ROWS))
    assert SpeciesPage.objects.count() == 0  # all or nothing
    assert service.search("Coptis", language="vi").total == 0


def test_a_batch_matches_what_one_publish_writes(index, tmp_path, committed, monkeypatch):
    """Species written in a batch carry the same fields, lists and revision as one
    written alone (the path load_demo and single updates take)."""
    from species import services
    from species.importer import Vocabulary, parse_row
    from species.models import Synonym

    monkeypatch.setattr(services, "BATCH", 2)  # three rows: a batch of two, then one
    committed(write_csv(tmp_path, GOOD_ROWS))
    batched = {p.genus: p for p in SpeciesPage.objects.all()}
    row = dict(zip(HEADER.split(","), GOOD_ROWS[2].split(","), strict=True))
    data, errors = parse_row(2, row, Vocabulary())
    assert not errors
    data["genus"] = "Trillium"  # the same species data under another name, written alone
    data["title"] = {"vi": "Bảy lá một hoa khác"}
    alone, _created = services.upsert_species(index, data)
    paris = batched["Paris"]

    def described(page):
        page = SpeciesPage.objects.get(pk=page.pk)
        return {
            "live": page.live,
            "family": page.family_id,
            "parts": sorted(p.code for p in page.parts_used.all()),
            "assessments": sorted(a.category.key for a in page.assessments.all()),
            "provinces": sorted(d.province for d in page.distribution.all()),
            "names": sorted((v.name, v.language) for v in page.vernacular_names.all()),
            "sources": sorted(s.source.title for s in page.sources.all()),
            "revision_lists": sorted(
                k for k, v in page.live_revision.content.items() if isinstance(v, list) and v
            ),
            "published": page.live_revision_id == page.latest_revision_id,
            "log": sorted(PageLogEntry.objects.filter(page=page).values_list("action", flat=True)),
        }

    assert described(paris) == described(alone)
    assert Synonym.objects.count() == 0  # no row given, none invented


def test_reference_index_waits_for_the_worker(index, tmp_path, settings):
    """With the database task backend (production), the import queues the reference
    index (one task per batch of pages); running what was queued records which sources
    each page cites. (The worker itself, db_worker, runs in CI's production stage: here
    it would close the test's database connection.)"""
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
    run(write_csv(tmp_path, GOOD_ROWS))
    page = SpeciesPage.objects.get(epithet="notoginseng")
    source = Source.objects.get(title="Đỗ Tất Lợi")
    assert not ReferenceIndex.get_references_to(source).exists()
    queued = list(
        DBTaskResult.objects.ready().filter(task_path="base.tasks.update_reference_index")
    )
    assert len(queued) == 1  # three pages, one batch
    out = StringIO()
    call_command("background_tasks", stdout=out)
    assert "0 failed" in out.getvalue() and not out.getvalue().startswith("0 waiting")
    for result in queued:
        result.task.call(*result.args_kwargs["args"], **result.args_kwargs["kwargs"])
    referrers = {r.object_id for r in ReferenceIndex.get_references_to(source)}
    assert str(page.pk) in referrers
