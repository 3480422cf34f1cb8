"""`manage.py backup` and `restore` bring back everything, the audit log included.

The commands run in subprocesses, as an operator runs them, against a demo site
of their own (a file database, its own media folders): pytest's test database is
in memory (or a PostgreSQL test database) where neither command can reach it.
The SQLite site is a copy of the run's one demo build (``tests/demo_site.py``); the
PostgreSQL one is built in its own database. Either is set up once for the module;
the tests that must change nothing run before the round trip, which wipes the site
and restores it.

The PostgreSQL variant runs when DATABASE_URL points at PostgreSQL (CI's second
pass), in a database of its own on that server; the SQLite variant runs in the
SQLite pass only, since it does not depend on DATABASE_URL.
"""

import hashlib
import io
import json
import os
import shutil
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

from tests.demo_site import copy_of_the_demo, site_env

ROOT = Path(__file__).resolve().parents[2]
# Its own database per pytest-xdist worker: dropping it (WITH FORCE) must never cut
# another worker's connections.
PG_DATABASE = f"museum_backup_test_{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
# The demo site is built and backed up once for the module: its tests share a worker.
pytestmark = pytest.mark.xdist_group("backup")

# Writes the audit log (a takedown, a snippet edit) and adds a file to every area.
SETUP = """
import datetime
from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.log_actions import log
from knowledge.models import Community, ConsentRecord, KnowledgeItem, KnowledgeMedia
from knowledge.withdrawal import withdraw

steward = get_user_model().objects.get(username="steward")
public = KnowledgeItem.objects.live().filter(access_level="public").order_by("pk")
taken, kept = public[0], public[1]
withdraw(taken, user=steward, reason="Taken down at the community's request (backup test).")
KnowledgeMedia.objects.create(
    item=kept, kind="document", title="Bản ghi lời kể", credit="Backup test", licence="CC BY 4.0",
    file=ContentFile("Lời kể của người Dao về cây quế.\\n".encode(), name="loi-ke.txt"),
)
ConsentRecord.objects.create(
    item=kept, given_by="Backup test community", date=datetime.date(2025, 1, 15),
    document=ContentFile(b"%PDF-1.4\\n% consent form (backup test)\\n", name="consent.pdf"),
)
get_document_model().objects.create(
    title="Worksheet", file=ContentFile(b"Worksheet for the backup test\\n", name="worksheet.txt")
)
log(instance=Community.objects.order_by("pk").first(), action="wagtail.edit", user=steward)
"""

# Everything a restore must bring back, as one JSON line.
SNAPSHOT = """
import hashlib, json
from pathlib import Path
from django.conf import settings
from django.contrib.auth import get_user_model
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry
from knowledge.models import ConsentRecord, KnowledgeItem, KnowledgeMedia
from search.service import search

def sha(field):
    if not field:
        return None
    with field.open("rb") as f:
        return hashlib.sha256(f.read()).hexdigest()

def files(root):
    root = Path(root)
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}

def log(model, *fields):
    entries = model.objects.order_by("-timestamp", "-pk")
    return {"count": entries.count(),
            "last": [[e.pk, e.action, e.user_id, e.data, e.timestamp.isoformat()]
                     + [str(getattr(e, f)) for f in fields] for e in entries[:5]]}

print(json.dumps({
    "pages": [[p.pk, p.title, p.url_path, p.live, p.latest_revision_id]
              for p in Page.objects.order_by("pk")],
    "images": [[i.pk, i.title, i.file.name, sha(i.file)]
               for i in get_image_model().objects.order_by("pk")],
    "documents": [[d.pk, d.title, d.file.name, sha(d.file)]
                  for d in get_document_model().objects.order_by("pk")],
    "users": [[u.username, u.password, sorted(g.name for g in u.groups.all())]
              for u in get_user_model().objects.order_by("username")],
    "access": {str(i.pk): [i.access_level, i.live] for i in KnowledgeItem.objects.order_by("pk")},
    "consents": [[c.pk, c.item_id, c.given_by, str(c.date), str(c.expires), c.covers_display,
                  c.document.name, sha(c.document)] for c in ConsentRecord.objects.order_by("pk")],
    "knowledge_media": [[m.pk, m.item_id, m.file.name, sha(m.file)]
                        for m in KnowledgeMedia.objects.order_by("pk")],
    "page_log": log(PageLogEntry, "page_id"),
    "model_log": log(ModelLogEntry, "object_id", "content_type_id"),
    "protected_files": files(settings.PROTECTED_MEDIA_ROOT),
    "search": {q: search(q).total for q in ("tam that", "sam lai chau", "que")},
}))
"""


def _postgres_url():
    url = os.environ.get("DATABASE_URL", "")
    return url if urlsplit(url).scheme in {"postgres", "postgresql", "pgsql"} else None


def _sha(path):
    return hashlib.sha256(Path(path).read_bytes()).hexdigest()


class DemoSite:
    """A demo site in its own folder, driven through manage.py."""

    def __init__(self, workdir, database_url, vendor):
        self.workdir = workdir
        self.vendor = vendor
        self.media = workdir / "media"
        self.protected = workdir / "protected-media"
        self.var = workdir / "var"
        self.env = site_env(workdir, database_url)

    def manage(self, *args, check=True):
        done = subprocess.run(
            [sys.executable, str(ROOT / "manage.py"), *args],
            env=self.env,
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=900,
        )
        if check:
            assert done.returncode == 0, (
                f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}"
            )
        return done

    def shell(self, code):
        return self.manage("shell", "--verbosity", "0", "-c", code).stdout

    def snapshot(self):
        return json.loads(self.shell(SNAPSHOT).strip().splitlines()[-1])

    def files(self):
        """Every file under the media folders, hidden staging folders included."""
        return sorted(
            str(p.relative_to(self.workdir))
            for root in (self.media, self.protected)
            for p in root.rglob("*")
            if p.is_file()
        )


def _reset_postgres_database(admin_url, create=True):
    """Drop the test's own database on the server of ``admin_url``, and make it anew."""
    import psycopg  # the optional PostgreSQL driver: needed by this variant only

    with psycopg.connect(admin_url, autocommit=True) as conn:
        conn.execute(f"DROP DATABASE IF EXISTS {PG_DATABASE} WITH (FORCE)")
        if create:
            conn.execute(f"CREATE DATABASE {PG_DATABASE}")


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def site(request, tmp_path_factory):
    """A demo site with a takedown, protected files and a document, backed up once."""
    admin_url = _postgres_url()
    if request.param == "sqlite":
        if admin_url:
            pytest.skip("the SQLite round trip runs in the suite's SQLite pass")
        workdir = tmp_path_factory.mktemp("backup-sqlite")
        database_url = f"sqlite:///{workdir / 'db.sqlite3'}"
    else:
        if not admin_url:
            pytest.skip(
                "DATABASE_URL is not PostgreSQL: the pg_dump/pg_restore round trip is skipped"
            )
        missing = [p for p in ("pg_dump", "pg_restore", "psql") if shutil.which(p) is None]
        if missing:
            pytest.skip(f"{', '.join(missing)} not installed (Debian: postgresql-client)")
        workdir = tmp_path_factory.mktemp("backup-postgresql")
        database_url = urlunsplit(urlsplit(admin_url)._replace(path=f"/{PG_DATABASE}"))
        _reset_postgres_database(admin_url)
        request.addfinalizer(lambda: _reset_postgres_database(admin_url, create=False))
    demo = DemoSite(workdir, database_url, request.param)
    if request.param == "sqlite":
        copy_of_the_demo(tmp_path_factory, workdir)
    else:
        demo.manage("migrate", "--noinput")
        demo.manage("load_demo")
    demo.shell(SETUP)
    demo.baseline = demo.snapshot()
    demo.search_status = demo.manage("search_index", "status").stdout
    demo.archive = workdir / "site.tar.gz"
    demo.backup_output = demo.manage("backup", str(demo.archive)).stdout
    return demo


def _wipe(site):
    if site.vendor == "sqlite":
        database = Path(site.env["DATABASE_URL"].removeprefix("sqlite:///"))
        for path in database.parent.glob(database.name + "*"):
            path.unlink()
    else:
        _reset_postgres_database(_postgres_url())
    for folder in (site.media, site.protected, site.var):
        shutil.rmtree(folder)


def _tampered_copy(archive, target):
    """The archive with one byte of one image changed; manifest and headers untouched."""
    with (
        tarfile.open(archive) as source,
        tarfile.open(
            target, "w:gz", format=tarfile.PAX_FORMAT, pax_headers=source.pax_headers
        ) as copy,
    ):
        changed = None
        for member in source.getmembers():
            data = source.extractfile(member).read()
            if changed is None and member.name.startswith("media/original_images/"):
                data = data[:-1] + bytes([data[-1] ^ 1])
                changed = member.name
            copy.addfile(member, io.BytesIO(data))
    return changed


def test_the_demo_is_what_the_test_says(site):
    base = site.baseline
    assert len(base["pages"]) > 20 and base["images"] and base["documents"]
    assert base["consents"] and base["knowledge_media"] and len(base["protected_files"]) >= 2
    assert "withheld" in {level for level, _live in base["access"].values()}
    assert base["page_log"]["last"][0][1] == "knowledge.takedown"
    assert base["model_log"]["count"] >= 1
    assert all(base["search"].values()), base["search"]


def test_manifest_lists_every_file_with_its_hash(site):
    with tarfile.open(site.archive) as tar:
        names = tar.getnames()
        manifest = json.load(tar.extractfile("manifest.json"))
        database = tar.extractfile(manifest["database"]["file"]).read()
    assert manifest["format_version"] == 1
    assert manifest["database"]["vendor"] == site.vendor
    assert {"django", "wagtail"} <= manifest["versions"].keys()
    base = site.baseline
    assert manifest["counts"] == {
        "pages": len(base["pages"]),
        "images": len(base["images"]),
        "documents": len(base["documents"]),
        "users": len(base["users"]),
        "page_log_entries": base["page_log"]["count"],
        "model_log_entries": base["model_log"]["count"],
    }
    assert (
        hashlib.sha256(database).hexdigest()
        == manifest["files"][manifest["database"]["file"]]["sha256"]
    )
    for name, digest in base["protected_files"].items():
        assert manifest["files"][f"protected-media/{name}"]["sha256"] == digest
    for _pk, _title, file_name, digest in base["images"] + base["documents"]:
        assert manifest["files"][f"media/{file_name}"]["sha256"] == digest
    assert not [n for n in names if n.startswith("media/images/")], "renditions are rebuilt"
    assert sorted(names) == sorted([*manifest["files"], "manifest.json"])
    assert site.archive.stat().st_mode & 0o077 == 0, "a backup holds password hashes"
    assert "Backup written to" in site.backup_output


def test_restore_over_content_refuses_without_force(site):
    done = site.manage("restore", str(site.archive), check=False)
    assert done.returncode != 0
    assert "--force" in done.stderr
    assert f"{len(site.baseline['pages'])} pages" in done.stderr  # what would be lost
    assert site.snapshot() == site.baseline


def test_tampered_archive_is_refused_before_anything_is_written(site):
    tampered = site.workdir / "tampered.tar.gz"
    changed = _tampered_copy(site.archive, tampered)
    files_before = site.files()
    database = Path(site.env["DATABASE_URL"].removeprefix("sqlite:///"))
    database_before = _sha(database) if site.vendor == "sqlite" else None
    done = site.manage("restore", "--force", str(tampered), check=False)
    assert done.returncode != 0
    assert "does not match its manifest" in done.stderr
    assert f"changed: {changed}" in done.stderr
    assert "Restoring" not in done.stdout
    assert site.files() == files_before  # no staging folder left behind either
    if database_before:
        assert _sha(database) == database_before
    assert site.snapshot() == site.baseline


def test_round_trip_restores_everything(site):
    _wipe(site)
    done = site.manage("restore", str(site.archive))
    assert "every file matches its manifest" in done.stdout
    assert "Page cache cleared" in done.stdout
    restored = site.snapshot()
    for key, value in site.baseline.items():
        assert restored[key] == value, key
    assert site.manage("search_index", "status").stdout == site.search_status
    assert not [f for f in site.files() if "/.restore-" in f]
