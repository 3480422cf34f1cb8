"""Several server processes on one embedded index: writers take turns and lose nothing,
readers see every commit on their next query, and a rebuild swaps the whole index in
at once while searches go on."""

import json
import subprocess
import sys

from search.backends.base import SearchQuery
from search.backends.embedded import EmbeddedBackend
from tests.search.factories import doc
from tests.search.other_process import ROOT, OtherProcess

WRITERS, EACH = 3, 25


def test_concurrent_publishes_and_searches_from_several_processes(tmp_path):
    path = tmp_path / "search-index"
    EmbeddedBackend(path).mark_built()
    reader = OtherProcess(path)
    writers = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.search.busy_process", str(path), f"w{n}", str(EACH)],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            text=True,
        )
        for n in range(WRITERS)
    ]
    # While they write, another worker keeps searching: it never fails, and what it
    # finds only grows (no commit is seen and then lost).
    totals = []
    while any(w.poll() is None for w in writers):
        answer = reader.ask("search", "quelvarin", {})
        assert "unavailable" not in answer, answer
        totals.append(answer["total"])
    reports = [json.loads(w.communicate(timeout=120)[0]) for w in writers]
    reader_final = reader.ask("search", "quelvarin", {})["total"]
    reader.close()

    assert all(w.returncode == 0 for w in writers)
    for report in reports:
        assert report["errors"] == [] and report["missed"] == []
        assert len(report["written"]) == EACH
    assert totals == sorted(totals) and len(totals) > 1
    everything = {key for report in reports for key in report["written"]}
    assert EmbeddedBackend(path).keys() == everything
    assert reader_final == WRITERS * EACH


def test_a_rebuild_swaps_the_index_in_while_another_process_searches(tmp_path):
    path = tmp_path / "search-index"
    builder = EmbeddedBackend(path)
    old = [doc(f"old-{i}", f"Quelvarin cũ {i}") for i in range(200)]
    new = [doc(f"new-{i}", f"Quelvarin mới {i}") for i in range(300)]
    builder.rebuild(old)
    reader = OtherProcess(path)
    seen = []
    for documents in (new, old, new):
        rebuild = subprocess.Popen(
            [sys.executable, "-c", REBUILD, str(path), str(len(documents))],
            cwd=ROOT,
        )
        while rebuild.poll() is None:
            answer = reader.ask("search", "quelvarin", {})
            assert "unavailable" not in answer, answer
            seen.append(answer["total"])
        assert rebuild.returncode == 0
    reader.close()
    # Every answer came from one whole index, the old or the new, never a mix or none.
    assert set(seen) <= {200, 300}
    assert builder.search(SearchQuery(text="quelvarin moi")).total == 300
    assert len([p for p in path.iterdir() if p.is_dir()]) == 1


REBUILD = """
import os, sys
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "museum.settings.test")
import django
django.setup()
from search.backends.embedded import EmbeddedBackend
from tests.search.factories import doc
count = int(sys.argv[2])
label = "mới" if count == 300 else "cũ"
prefix = "new" if count == 300 else "old"
EmbeddedBackend(sys.argv[1]).rebuild(
    doc(f"{prefix}-{i}", f"Quelvarin {label} {i}") for i in range(count)
)
"""
