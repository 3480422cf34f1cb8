"""The catalogue at national scale: `make bench-scale` (issue 17).

    .venv/bin/python bench/scale_bench.py [--species 10000] [--remedies 2000] [--repeat 20]
        [--workdir DIR]

Builds the demo site in a temporary folder of its own (SQLite database, var, media,
protected media and search index), measures its public pages (the "23 species"
column), then grows the catalogue in the same database to ``--species`` generated
species (Vietnamese common names with diacritics, Latin names, the demo's families,
parts used, vernacular names, and about 30 % on the demo's protected lists) through
``species.services.upsert_many``, plus ``--remedies`` generated remedies whose
ingredients are generated species, rebuilds the search index, and measures the same
pages again (the "scale" column).

Each page is requested in-process with Django's test client as an anonymous visitor,
through every middleware: two warm-up requests, then ``--repeat`` requests, the page
cache emptied before each (as a publish empties it). The table gives p50/p95 in
milliseconds, the queries of one request at each scale (flat is the target: a count
that grows with the catalogue is O(n) work), the response size at scale, and the
target (p50 ≤ 50 ms, ≤ 25 ms for the species page). "warm after a publish" publishes
one species, then times the first anonymous request of each visitor page with the
page cache on: what the first visitor after an edit waits for.

The report ends with a yardstick of the machine (a plain Python loop), since every
millisecond above scales with it. Pages are measured with DEBUG off, as production serves them (DEBUG adds template
debugging and the query log); the rest is the development settings (SQLite, the
embedded search, file-based caches). The process freezes what is alive once, before the
first page it measures, as a server process freezes the loaded site when it starts
(``museum/wsgi.py``): what building or migrating left alive is no part of a server, and
what pages load afterwards (templates, caches) is not frozen in a server either.

Growing 10,000 species takes a while: ``--workdir DIR`` keeps the run's folder in DIR,
and a later run with the same DIR migrates it, reuses its catalogue (growing it only if
``--species`` or ``--remedies`` ask for more) and reports the demo column that the first run measured
(saved in DIR/demo.json), so a change can be measured at scale in minutes.

Progress goes to stderr, the report (markdown) to stdout. The exit code is 0 even
when a target is missed: the run is a report; look for "TARGETS MISSED".
"""

import argparse
import atexit
import contextlib
import cProfile
import io
import itertools
import json
import os
import pstats
import random
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

import throwaway_site


def arguments():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument(
        "--species", type=int, default=10_000, help="species in the grown catalogue"
    )
    parser.add_argument("--remedies", type=int, default=2_000, help="generated remedies to add")
    parser.add_argument("--repeat", type=int, default=20, help="measured requests per page")
    parser.add_argument(
        "--profile", action="store_true", help="cProfile each page that misses its target"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument(
        "--workdir",
        type=Path,
        help="keep the run in DIR, and reuse the catalogue a run left there",
    )
    return parser.parse_args()


# Parsed before Django reads its settings, which name the run's folder.
ARGS = arguments()
# Everything of the run in one folder of its own (throwaway_site.set_up would not name
# the protected media).
WORKDIR = ARGS.workdir or Path(tempfile.mkdtemp(prefix="museum-scale-bench-"))
WORKDIR.mkdir(parents=True, exist_ok=True)
REUSED = (WORKDIR / "demo.json").exists()


def _remove_workdir():
    shutil.rmtree(WORKDIR, ignore_errors=True)


if not ARGS.workdir:
    atexit.register(_remove_workdir)  # also after a failure; --keep keeps it
os.environ.update(
    DJANGO_SETTINGS_MODULE="museum.settings.dev",
    DATABASE_URL=f"sqlite:///{WORKDIR / 'db.sqlite3'}",
    MUSEUM_VAR_DIR=str(WORKDIR / "var"),
    MEDIA_ROOT=str(WORKDIR / "media"),
    PROTECTED_MEDIA_ROOT=str(WORKDIR / "pmedia"),
)
sys.path.insert(0, str(throwaway_site.ROOT))
import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402
from django.utils import timezone  # noqa: E402
from wagtail.models import Site  # noqa: E402
from wagtail.signals import page_published  # noqa: E402

from base.content import set_translated  # noqa: E402
from base.process_start import freeze_loaded_site  # noqa: E402
from knowledge.models import Condition, RemedyIndexPage, RemedyIngredient, RemedyPage  # noqa: E402
from search import signals as search_signals  # noqa: E402
from species.models import Family, PartUsed, SpeciesIndexPage, SpeciesPage  # noqa: E402
from species.services import add_live, finish_published, upsert_many  # noqa: E402

# -- What is measured ----------------------------------------------------------------

SPECIES_PAGE = "one species page (Sâm Lai Châu)"
# A sitemap section is written once per publish generation and kept: measured both
# written (the cache emptied, as after a publish) and kept (what a crawler is served).
KEPT_SITEMAP = "sitemap-vi.xml, kept"
PAGES = [
    ("species index, page 1", "/vi/loai/"),
    (SPECIES_PAGE, "/vi/loai/sam-lai-chau/"),
    ("protected list (Decree 06/84)", "/vi/loai/nghi-dinh-84-2021/"),
    ("its CSV", "/vi/loai/nghi-dinh-84-2021/csv/"),
    ("sitemap.xml", "/sitemap.xml"),
    ("sitemap-vi.xml", "/sitemap-vi.xml"),
    (KEPT_SITEMAP, "/sitemap-vi.xml"),
    ('search "cay"', "/vi/search/?q=cay"),
    ('suggestions "sam"', "/vi/search/suggest/?q=sam"),
    ("API species list", "/api/v1/species/"),
    ("API remedy list", "/api/v1/knowledge/?kind=remedy"),
    ("map", "/vi/ban-do/"),
    ("home", "/vi/"),
    ("remedies index", "/vi/bai-thuoc/"),
]
# What a visitor browses to (not the machine-read files): timed after a publish.
VISITOR_PATH = [
    "/vi/",
    "/vi/loai/",
    "/vi/loai/sam-lai-chau/",
    "/vi/loai/nghi-dinh-84-2021/",
    "/vi/ban-do/",
    "/vi/bai-thuoc/",
    "/vi/search/?q=cay",
]
TARGET_MS = 50
SPECIES_TARGET_MS = 25

# -- Generated names -----------------------------------------------------------------

# Vietnamese syllables of medicinal plant names: a head word, then qualifiers.
HEADS = "cây sâm lá rễ hoa dây cỏ củ quả nấm lan tầm".split()
MIDDLES = (
    "thất quế đương quy hoàng liên ba kích đỗ trọng ngũ gia bì thiên môn bách hợp "
    "giảo cổ lam xuyên khung tiền hồ kim ngân tục đoạn thảo quyết minh ích mẫu "
    "hà thủ ô huyết đằng bạch truật sa nhân thảo quả kê huyết vũ diệp"
).split()
QUALIFIERS = (
    "đỏ trắng đen vàng tím núi rừng suối bản mường đá lông gai dại nhỏ lớn "
    "hoang lai châu lào cai sa pa tây bắc dao mông"
).split()
# Latin names from letter syllables: the genus capitalised, the epithet lowercase.
LATIN_SYLLABLES = "pa na co ti la ri me lo su ve do ca mi ro te pho ly go cy ste an".split()
GENUS_ENDINGS = ["x", "a", "is", "um", "us", "ia", "on", "ella"]
EPITHET_ENDINGS = ["ensis", "ica", "ata", "oides", "iana", "ifolia", "osa", "ina", "ii"]
# On the demo's protected lists (Decree 06/84 groups, IUCN threatened) or not.
PROTECTED = [
    ("nd06-2019", "IA"),
    ("nd06-2019", "IIA"),
    ("nd06-2019", "listed"),
    ("iucn", "CR"),
    ("iucn", "EN"),
    ("iucn", "VU"),
]
PROTECTED_SHARE = 0.3
PROVINCES = ["lai-chau", "lao-cai"]
GENERATED_REMEDY = "bai-thuoc-sinh-"  # the slug of each generated remedy, then its number
BATCH = 200


def vietnamese_names(rng):
    """Unique common names: 'Sâm thất đỏ', 'Lá ba kích núi', then four syllables."""
    seen = set()
    middles = list(dict.fromkeys(MIDDLES))
    three = list(itertools.product(HEADS, middles, QUALIFIERS))
    rng.shuffle(three)  # not a catalogue of "Cây …" first
    shapes = itertools.chain(three, itertools.product(HEADS, middles, middles, QUALIFIERS))
    for parts in shapes:
        if len(set(parts)) < len(parts):
            continue
        name = " ".join(parts).capitalize()
        if name not in seen:
            seen.add(name)
            yield name


def latin_names(rng):
    """Unique (genus, epithet) pairs of letters only, none of the demo's: a clash would
    update a demo species instead of adding one."""
    seen = set(SpeciesPage.objects.values_list("genus", "epithet"))
    while True:
        genus = ("".join(rng.sample(LATIN_SYLLABLES, 2)) + rng.choice(GENUS_ENDINGS)).capitalize()
        epithet = "".join(rng.sample(LATIN_SYLLABLES, rng.choice([1, 2]))) + rng.choice(
            EPITHET_ENDINGS
        )
        if (genus, epithet) not in seen:
            seen.add((genus, epithet))
            yield genus, epithet


def species_rows(rng, count):
    """``count`` rows as ``upsert_species`` takes them (see tests/conftest.py)."""
    families = list(Family.objects.values_list("latin_name", flat=True))
    parts = list(PartUsed.objects.values_list("code", flat=True))
    names, latin = vietnamese_names(rng), latin_names(rng)
    for _i in range(count):
        vi = next(names)
        genus, epithet = next(latin)
        assessments = [{"scheme": "iucn", "category": "NE"}]
        if rng.random() < PROTECTED_SHARE:
            scheme, category = rng.choice(PROTECTED)
            assessments.append({"scheme": scheme, "category": category, "year": 2021})
        yield {
            "genus": genus,
            "epithet": epithet,
            "authority": rng.choice(["L.", "Wall.", "Franch.", "(Burkill) F.H.Chen", "Gagnep."]),
            "family": {"latin_name": rng.choice(families)},
            "title": {"vi": vi, "en": f"{genus} {epithet}"},
            "summary": {"vi": f"{vi} là cây thuốc mọc ở vùng núi cao, dùng {rng.choice(parts)}."},
            "parts_used": rng.sample(parts, min(len(parts), rng.choice([1, 2, 3]))),
            "vernacular_names": [
                {"name": f"{vi} {rng.choice(QUALIFIERS)}", "language": "vi"},
                {"name": f"{genus} {epithet}", "language": "en"},
            ],
            "assessments": assessments,
            "provinces": rng.sample(PROVINCES, rng.choice([1, 2])),
        }


# -- Growing the catalogue ----------------------------------------------------------


def stderr(message):
    print(message, file=sys.stderr, flush=True)


def grow_species(rng, count):
    """Add ``count`` species in batches through ``upsert_many``; returns seconds."""
    index = SpeciesIndexPage.objects.get()
    rows = species_rows(rng, count)
    start = time.perf_counter()
    done = 0
    while done < count:
        batch = list(itertools.islice(rows, min(BATCH, count - done)))
        upsert_many(index, batch)
        done += len(batch)
        elapsed = time.perf_counter() - start
        stderr(f"  species {done:>6}/{count}  {done / elapsed:6.1f} species/s")
    return time.perf_counter() - start


def grow_remedies(rng, count, made=0):
    """Add ``count`` public remedies under the demo's remedy index, each with two or
    three ingredients among the generated species; returns seconds.

    Each page is added live by ``add_live`` and finished in batches by
    ``finish_published``, as ``upsert_many`` does for species. Numbered after the
    ``made`` ones already there."""
    index = RemedyIndexPage.objects.get()
    species = list(SpeciesPage.objects.values_list("pk", "title"))
    parts = list(PartUsed.objects.all())
    conditions = list(Condition.objects.all())
    start = time.perf_counter()
    for first in range(0, count, BATCH):
        # One transaction a batch: SQLite would commit each page's insert to disk.
        with transaction.atomic():
            staged = []
            for i in range(first, min(count, first + BATCH)):
                page, related = remedy(rng, made + i + 1, species, parts, conditions)
                add_live(index, page)
                staged.append((page, related))
            finish_published(staged)
        done = min(count, first + BATCH)
        stderr(
            f"  remedies {done:>6}/{count}  {done / (time.perf_counter() - start):6.1f} remedies/s"
        )
    return time.perf_counter() - start


def remedy(rng, number, species, parts, conditions):
    """A public remedy page, not yet saved, and its related rows."""
    chosen = rng.sample(species, 3)
    page = RemedyPage(access_level="public")
    set_translated(page, "title", {"vi": f"Bài thuốc {chosen[0][1].lower()} số {number}"})
    set_translated(page, "slug", {"vi": f"{GENERATED_REMEDY}{number}"})
    set_translated(
        page, "summary", {"vi": f"Sắc {chosen[0][1].lower()} với {chosen[1][1].lower()}."}
    )
    set_translated(page, "cautions", {"vi": "Hỏi thầy thuốc trước khi dùng."})
    ingredients = [
        RemedyIngredient(species_id=pk, part=rng.choice(parts), sort_order=n)
        for n, (pk, _title) in enumerate(chosen[: rng.choice([2, 3])])
    ]
    return page, {"ingredients": ingredients, "conditions": rng.sample(conditions, 1)}


def without_search_on_publish():
    """Stop indexing each page as it is published: the index is rebuilt once after."""
    page_published.disconnect(dispatch_uid="search-published")


def with_search_on_publish():
    page_published.connect(search_signals._reindex, dispatch_uid="search-published")


# -- Measuring -----------------------------------------------------------------------


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def machine_yardstick():
    """Seconds this machine takes to add up 10,000,000 integers in a Python loop: the
    same code on another machine scales roughly by this, to compare reports."""
    start = time.perf_counter()
    total = 0
    for i in range(10_000_000):
        total += i
    return time.perf_counter() - start


def peak_memory_mb():
    """Peak resident memory of this process (ru_maxrss is in kB on Linux)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def read(response):
    """The whole body of a response, streamed or not."""
    return b"".join(response.streaming_content) if response.streaming else response.content


def measure(client, path, repeat, keep=False):
    """{p50, p95, queries, bytes, status} of ``path`` rendered, the page cache empty
    (or, with ``keep``, with what the view keeps in the shared cache)."""
    pages = caches["pages"]
    clear = (lambda: None) if keep else pages.clear
    # The page cache off, so each request renders; a kept answer needs the cache on.
    with override_settings(PAGE_CACHE_SECONDS=settings.PAGE_CACHE_SECONDS if keep else 0):
        for _ in range(2):
            clear()
            client.get(path)
        times, first_bytes = [], []
        for _ in range(repeat):
            clear()
            start = time.perf_counter()
            response = client.get(path)
            if response.streaming:  # a streamed answer (the CSV) costs as it is read
                chunks = iter(response.streaming_content)
                next(chunks, None)
                first_bytes.append((time.perf_counter() - start) * 1000)
                for _chunk in chunks:
                    pass
            times.append((time.perf_counter() - start) * 1000)
        clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
            body = read(response)
    return {
        "p50": statistics.median(times),
        "p95": percentile(times, 0.95),
        "first_byte": statistics.median(first_bytes) if first_bytes else None,
        "queries": len(queries.captured_queries),
        "bytes": len(body),
        "status": response.status_code,
    }


def measure_all(client, repeat, label):
    results = {}
    for name, path in PAGES:
        stderr(f"  {label}: {name} ({path})")
        results[name] = measure(client, path, repeat, keep=name == KEPT_SITEMAP)
    return results


def warm_after_publish(client):
    """Publish one species, then the first anonymous request of each visitor page, the
    page cache on: [(path, ms, X-Page-Cache)]."""
    for path in VISITOR_PATH:  # fill the cache, as visitors would have
        client.get(path)
    page = SpeciesPage.objects.live().order_by("pk").last()
    page.summary_vi = f"{page.summary_vi} (sửa {timezone.now():%H:%M:%S})"
    page.save_revision().publish()
    out = []
    for path in VISITOR_PATH:
        start = time.perf_counter()
        response = client.get(path)
        out.append(((time.perf_counter() - start) * 1000, path, response.get("X-Page-Cache", "")))
    return out


HOT_SPOTS = (
    r"^(?!.*(middleware|page_cache|django/test/|core/handlers|utils/deprecation|whitenoise))"
    r".*(work/main/(species|knowledge|base|search|museum)/|wagtail|modeltranslation|treebeard)"
)


def profile(client, path, top=16):
    """The hot spots of one rendered request, for a page that misses its target."""
    caches["pages"].clear()
    profiler = cProfile.Profile()
    with override_settings(PAGE_CACHE_SECONDS=0):
        profiler.enable()
        client.get(path)
        profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    # Below the middleware and the page cache, which wrap every request alike.
    stats.sort_stats("cumulative").print_stats(HOT_SPOTS, top)
    stats.sort_stats("tottime").print_stats(top // 2)
    return out.getvalue()


# -- Report --------------------------------------------------------------------------


def report(args, demo, scale, n_species, memory, builds, warm, demo_warm):
    scale_label = f"{n_species:,} species"
    print(f"## Catalogue at scale: 23-species demo vs {scale_label}\n")
    print(
        f"| page | demo p50/p95 ms | {scale_label} p50/p95 ms | queries demo/scale "
        "| KB (scale) | target p50 | met? |"
    )
    print("|---|---|---|---|---|---|---|")
    missed = []
    for name, path in PAGES:
        # A reused folder's demo column comes from the run that built it, which may not
        # have measured a page added to the bench since.
        d, s = demo.get(name), scale[name]
        target = SPECIES_TARGET_MS if name == SPECIES_PAGE else TARGET_MS
        more_queries = d is not None and s["queries"] > d["queries"]
        ok = s["status"] == 200 and s["p50"] <= target and not more_queries
        why = []
        if s["status"] != 200:
            why.append(f"HTTP {s['status']}")
        if s["p50"] > target:
            why.append(f"{s['p50']:.0f} ms")
        if more_queries:
            why.append(f"queries {d['queries']}→{s['queries']}")
        if not ok:
            missed.append(f"{name} ({', '.join(why)})")
        status = "" if s["status"] == 200 else f" (HTTP {s['status']})"
        if s.get("first_byte") is not None:
            status += f" (first byte {s['first_byte']:.0f})"
        demo_ms = f"{d['p50']:.0f} / {d['p95']:.0f}" if d else "–"
        demo_queries = d["queries"] if d else "–"
        print(
            f"| {name} `{path}` | {demo_ms} "
            f"| {s['p50']:.0f} / {s['p95']:.0f}{status} | {demo_queries} / {s['queries']} "
            f"| {s['bytes'] / 1024:.0f} | ≤ {target} ms | {'yes' if ok else 'NO'} |"
        )
    print(
        f"\nPeak memory (ru_maxrss): after the demo {memory[0]:.0f} MB, "
        f"after {scale_label} {memory[1]:.0f} MB."
    )
    # The figures of the run that built the catalogue (a reused one keeps them).
    added = builds.get("species_added", n_species - builds["demo_species"])
    grown = (
        f"{added:,} species {builds['species']:.0f} s ({added / builds['species']:.1f} species/s)"
        if added and builds["species"]
        else "no species grown"
    )
    print(
        f"Build: demo {builds['demo']:.0f} s; {grown}; {builds['remedies_added']:,} remedies "
        f"{builds['remedies']:.0f} s; search index rebuild {builds['index']:.0f} s"
        + (" (the run that built this catalogue)." if REUSED else ".")
    )
    print("\n### Warm after a publish (first anonymous request, page cache on)\n")
    print("| page | demo ms | scale ms | cache |")
    print("|---|---|---|---|")
    for (dms, path, _dc), (sms, _p, sc) in zip(demo_warm, warm, strict=True):
        print(f"| `{path}` | {dms:.0f} | {sms:.0f} | {sc or '-'} |")
    total_demo, total = sum(w[0] for w in demo_warm), sum(w[0] for w in warm)
    print(f"| **whole visitor path** | **{total_demo:.0f}** | **{total:.0f}** | |")
    print(
        f"\n({args.repeat} rendered requests per page after 2 warm-ups, anonymous, "
        "museum.settings.dev with DEBUG off"
        + (f"; the demo column from the run that built {WORKDIR}" if REUSED else "")
        + f". This machine adds up 10,000,000 integers in a Python loop in "
        f"{machine_yardstick():.2f} s: milliseconds scale roughly with that.)"
    )
    if missed:
        print("\nTARGETS MISSED: " + "; ".join(missed))
    else:
        print("\nAll targets met.")
    return missed


def main():
    args = ARGS
    builds = {"species": 0.0, "remedies": 0.0, "index": 0.0, "remedies_added": 0}
    demo_file = WORKDIR / "demo.json"
    if not REUSED and (WORKDIR / "db.sqlite3").exists():
        # A first run stopped before it measured the demo: its database is no demo.
        sys.exit(f"{WORKDIR} holds a database but no demo.json: remove it, or name another")

    start = time.perf_counter()
    # Migrations print what they synchronise; stdout is for the report alone.
    with contextlib.redirect_stdout(sys.stderr):
        if REUSED:
            stderr(f"reusing the catalogue in {WORKDIR}…")
            call_command("migrate", "--noinput", verbosity=0)
        else:
            throwaway_site.build_demo(WORKDIR)
            stderr("indexing the demo for search…")
            call_command("search_index", "rebuild", verbosity=0)
    client = Client(HTTP_HOST=Site.objects.get(is_default_site=True).hostname)

    def save():
        saved = {"demo": demo, "warm": demo_warm, "builds": builds, "memory": memory[0]}
        demo_file.write_text(json.dumps(saved))

    if REUSED:
        saved = json.loads(demo_file.read_text())
        demo, demo_warm, builds = saved["demo"], saved["warm"], saved["builds"]
        memory = [saved["memory"]]
    else:
        builds["demo"] = time.perf_counter() - start
        builds["demo_species"] = SpeciesPage.objects.count()
        stderr(f"measuring the demo ({builds['demo_species']} species)…")
        freeze_loaded_site()  # see the module's docstring
        with override_settings(DEBUG=False):
            demo = measure_all(client, args.repeat, "demo")
            demo_warm = warm_after_publish(client)
        memory = [peak_memory_mb()]
        save()  # before growing: a run stopped while growing is reused from here

    # Growing a reused catalogue draws new names, not the first run's again.
    rng = random.Random(17 + SpeciesPage.objects.count())
    grow = max(0, args.species - SpeciesPage.objects.count())
    # Generated remedies already there (a first run may have stopped while adding them).
    made = RemedyPage.objects.filter(slug_vi__startswith=GENERATED_REMEDY).count()
    remedies = max(0, args.remedies - made)
    if grow or remedies:
        grown = {}
        stderr(f"growing the catalogue by {grow} species…")
        without_search_on_publish()
        try:
            grown["species"] = grow_species(rng, grow) if grow else 0.0
            stderr(f"adding {remedies} remedies…")
            grown["remedies"] = grow_remedies(rng, remedies, made) if remedies else 0.0
        finally:
            with_search_on_publish()
        stderr("rebuilding the search index…")
        start = time.perf_counter()
        with contextlib.redirect_stdout(sys.stderr):
            call_command("search_index", "rebuild", verbosity=0)
        grown["index"] = time.perf_counter() - start
        if REUSED:  # the build figures stay the first run's
            stderr(f"grown by {grow} species in {grown['species']:.0f} s")
        else:
            builds.update(grown, remedies_added=remedies, species_added=grow)
            save()
    n_species = SpeciesPage.objects.count()

    stderr(f"measuring at {n_species} species…")
    if REUSED:
        freeze_loaded_site()  # the first column this run measures
    with override_settings(DEBUG=False):
        scale = measure_all(client, args.repeat, "scale")
        warm = warm_after_publish(client)
    memory.append(peak_memory_mb())

    missed = report(args, demo, scale, n_species, memory, builds, warm, demo_warm)
    if args.profile:
        with override_settings(DEBUG=False):
            for name, path in PAGES:
                if any(m.startswith(name + " (") for m in missed):
                    print(f"\n### Profile: {name} `{path}`\n\n```\n{profile(client, path)}```")
    if args.keep and not args.workdir:
        atexit.unregister(_remove_workdir)
        stderr(f"kept {WORKDIR}")


if __name__ == "__main__":
    main()
