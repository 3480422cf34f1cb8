"""Importing a national list: species per second through ``import_species``, and the time
until the new species are found by the public search.

    .venv/bin/python bench/import_bench.py [COUNT]      # make bench-import; COUNT=2000

Builds the demo site in a temporary folder (production settings, SQLite, the embedded
search, background work queued in the database as in production), writes a CSV of COUNT generated species
(plausible Latin names, Vietnamese names with diacritics, families, synonyms,
vernacular names, parts, assessments and provinces), then times:

- ``import_species FILE`` from start to finish, including its one indexing pass;
- the background work it left (Wagtail's reference index, the admin's search
  index), drained by one ``db_worker`` run as the production worker would;
- the first public search that finds the last species of the file.

The generated names are not real species and never leave the temporary folder.
"""

import csv
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

GENERA = [
    "Panax", "Paris", "Cinnamomum", "Anoectochilus", "Amomum", "Dendrobium", "Fibraurea",
    "Stephania", "Coptis", "Polygonatum", "Smilax", "Dioscorea", "Curcuma", "Zingiber",
    "Alpinia", "Morinda", "Artemisia", "Gynostemma", "Codonopsis", "Ardisia",
]  # fmt: skip
FAMILIES = [
    "Araliaceae", "Melanthiaceae", "Lauraceae", "Orchidaceae", "Zingiberaceae",
    "Menispermaceae", "Ranunculaceae", "Asparagaceae", "Smilacaceae", "Dioscoreaceae",
    "Rubiaceae", "Asteraceae", "Cucurbitaceae", "Campanulaceae", "Primulaceae",
]  # fmt: skip
SYLLABLES = ["ba", "lo", "chi", "nen", "sia", "mu", "ta", "ri", "qua", "phi", "don", "gi"]
VI_WORDS = [
    "Sâm", "Tam thất", "Quế", "Lan", "Thảo", "Hoàng", "Bách", "Kê", "Huyết", "Đẳng",
    "núi", "rừng", "đỏ", "lá to", "Hà Nhì", "Phàng", "Xuyên", "Ngọc", "Đương", "Mộc",
]  # fmt: skip
PARTS = ["root", "rhizome", "bark", "leaf", "flower", "fruit", "seed", "whole-plant"]
ASSESSMENTS = ["iucn:VU:2021", "iucn:EN:2020", "sdvn-2007:EN", "nd06-2019:IIA", "cites:App. II"]
LANGS = ["hmn", "dao", "hni", "thai", "giay"]


def epithet(rng):
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))) + "ensis"


def rows(count, seed=2026):
    """COUNT distinct generated species rows, the same for a given seed."""
    rng = random.Random(seed)
    seen = set()
    while len(seen) < count:
        genus, name = rng.choice(GENERA), epithet(rng)
        if (genus, name) in seen:
            continue
        seen.add((genus, name))
        vi = f"{rng.choice(VI_WORDS)} {rng.choice(VI_WORDS).lower()} {name[:5]}"
        yield {
            "scientific_name": f"{genus} {name}",
            "family": rng.choice(FAMILIES),
            "name_vi": vi,
            "name_en": f"{genus} {name} (generated)",
            "authority": "Bench",
            "summary_vi": f"Loài sinh ra cho phép đo: {vi}.",
            "synonyms": f"{genus} {epithet(rng)} Bench",
            "vernacular_names": f"{rng.choice(VI_WORDS)} [{rng.choice(LANGS)}]",
            "parts_used": "; ".join(rng.sample(PARTS, 2)),
            "assessments": rng.choice(ASSESSMENTS),
            "provinces": rng.choice(["lai-chau", "lao-cai", "lai-chau; lao-cai"]),
            "source": "Generated for bench/import_bench.py",
        }


def main():
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    workdir = Path(tempfile.mkdtemp(prefix="museum-import-bench-"))
    # Production settings, as an operator imports: DEBUG off, background work queued in
    # the database for the worker (TASKS_BACKEND defaults to "database" there).
    env = dict(
        os.environ,
        DJANGO_SETTINGS_MODULE="museum.settings.production",
        SECRET_KEY="import-bench-" + "x" * 40,
        ALLOWED_HOSTS="localhost",
        PUBLIC_BASE_URL="http://localhost",
        ALLOW_LOCAL_PUBLIC_BASE_URL="1",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MUSEUM_VAR_DIR=str(workdir / "var"),
        MEDIA_ROOT=str(workdir / "media"),
        PROTECTED_MEDIA_ROOT=str(workdir / "protected-media"),
    )

    def manage(*args, **kwargs):
        return subprocess.run(
            [sys.executable, "manage.py", *args], cwd=ROOT, env=env, check=True, **kwargs
        )

    print(f"Building the demo in {workdir} ...", flush=True)
    manage("migrate", "--noinput", "--verbosity", "0")
    manage("load_demo", stdout=subprocess.DEVNULL)
    manage("db_worker", "--batch", "--verbosity", "0")

    sheet = workdir / "species.csv"
    generated = list(rows(count))
    with sheet.open("w", newline="", encoding="utf-8") as out:
        writer = csv.DictWriter(out, fieldnames=list(generated[0]))
        writer.writeheader()
        writer.writerows(generated)

    print(f"Importing {count} generated species ...", flush=True)
    start = time.perf_counter()
    manage("import_species", str(sheet), stderr=subprocess.DEVNULL)
    imported = time.perf_counter() - start

    os.environ.update(env)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from search import service

    last = generated[-1]["scientific_name"]
    hits = service.search(last, language="vi").hits
    searchable = time.perf_counter() - start
    found = generated[-1]["name_vi"] in [hit.title for hit in hits]

    start_worker = time.perf_counter()
    manage("db_worker", "--batch", "--verbosity", "0")
    drained = time.perf_counter() - start_worker

    print()
    print(f"species imported     {count}")
    print(f"import_species       {imported:8.1f} s   {count / imported:6.1f} species/s")
    print(f"searchable after     {searchable:8.1f} s   (last species found: {found})")
    print(f"background work      {drained:8.1f} s   (reference and admin index, one worker)")


if __name__ == "__main__":
    main()
