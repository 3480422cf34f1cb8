"""Backups that bring the whole site back: database, uploaded files and protected media.

Why not ``dumpdata``/``loaddata``: ``dumpdata --natural-foreign`` fails on the
log entry of a deleted page, and ``loaddata`` into a fresh database fails on a
page-path conflict, while the audit log (access changes, takedowns) has to come
back whole. So the database is copied by the database itself: SQLite through
its online backup API (consistent while the site writes), PostgreSQL through
``pg_dump --format=custom`` run inside the exported snapshot of the transaction
that counts the rows, so the manifest's counts describe exactly what was dumped.

One archive (``.tar.gz``, or ``.tar``) holds::

    database/db.sqlite3 | database/db.pgdump
    media/original_images/...   media/documents/...
    protected-media/...         (PROTECTED_MEDIA_ROOT, whole)
    manifest.json               format, date, versions, counts, migrations, sha256 of each file

Renditions (``media/images/``) are left out: Wagtail makes them again on demand,
so a restore drops their rows. The manifest comes last, since it carries the
hashes of everything before it; the archive's PAX header says how many files
follow, so a restore can show its progress from the start.

A restore changes nothing until the whole archive has been read and every file
checked against the manifest. Files are unpacked into hidden folders beside
their destinations (same filesystem, so the swap is a few renames); the
database is replaced in one step (SQLite's backup API; for PostgreSQL,
``pg_restore``'s script runs in one ``psql`` transaction that commits only if
``pg_restore`` read the whole dump); then the folders are swapped in.
"""

import hashlib
import io
import json
import os
import platform
import secrets
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import zlib
from contextlib import closing
from importlib import metadata
from pathlib import Path, PurePosixPath

import django
import wagtail
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import DEFAULT_DB_ALIAS, connections, transaction
from django.db.backends.postgresql.client import DatabaseClient
from django.db.migrations.loader import MigrationLoader
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import ModelLogEntry, Page, PageLogEntry

from base.progress import progress

FORMAT = "duoc-lieu-so-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
DATABASE_FILES = {"sqlite": "database/db.sqlite3", "postgresql": "database/db.pgdump"}
MEDIA_FOLDERS = ("original_images", "documents")
RENDITIONS_FOLDER = "images"
PROTECTED_PREFIX = "protected-media"
# Vendor-prefixed PAX keywords, as POSIX asks of private ones.
PAX_FORMAT = "DUOCLIEUSO.format"
PAX_FILES = "DUOCLIEUSO.files"
PAX_DATABASE = "DUOCLIEUSO.database"
STAGING_PREFIX = ".restore-"
CHUNK = 1024 * 1024
COMPRESSION = {".tar.gz": "gz", ".tgz": "gz", ".tar": ""}
# A fresh `migrate` leaves Wagtail's root and its welcome page: no more than that is
# nothing a restore could lose.
INITIAL_PAGES = 2
COUNT_LABELS = {
    "pages": "pages",
    "images": "images",
    "documents": "documents",
    "users": "users",
    "page_log_entries": "page log entries",
    "model_log_entries": "other log entries",
    "media_files": "media files",
    "protected_files": "protected files",
}


class BackupError(Exception):
    """A backup or restore that cannot go on; the message is for the operator."""


# -- what a backup holds -----------------------------------------------------------------
def _areas():
    """(prefix in the archive, folder on disk) of every file area a backup holds."""
    media = Path(settings.MEDIA_ROOT)
    areas = [(f"media/{name}", media / name) for name in MEDIA_FOLDERS]
    areas.append((PROTECTED_PREFIX, Path(settings.PROTECTED_MEDIA_ROOT)))
    return areas


def _files_under(root):
    """Relative POSIX paths of the files below ``root``, sorted; a restore's hidden
    staging folders are not part of it."""
    root = Path(root)
    if not root.is_dir():
        return []
    found = []
    for dirpath, dirnames, filenames in os.walk(root):
        if Path(dirpath) == root:
            dirnames[:] = [d for d in dirnames if not d.startswith(STAGING_PREFIX)]
        dirnames.sort()
        found.extend((Path(dirpath) / name).relative_to(root).as_posix() for name in filenames)
    return sorted(found)


def uncovered_media():
    """Entries of MEDIA_ROOT that no backup holds (a new ``upload_to`` would show up here)."""
    media = Path(settings.MEDIA_ROOT)
    if not media.is_dir():
        return []
    known = {*MEDIA_FOLDERS, RENDITIONS_FOLDER}
    return sorted(
        p.name for p in media.iterdir() if p.name not in known and not p.name.startswith(".")
    )


def _counted_tables():
    return {
        "pages": Page._meta.db_table,
        "images": get_image_model()._meta.db_table,
        "documents": get_document_model()._meta.db_table,
        "users": get_user_model()._meta.db_table,
        "page_log_entries": PageLogEntry._meta.db_table,
        "model_log_entries": ModelLogEntry._meta.db_table,
    }


def _count_rows(cursor, present=None):
    # Plain SQL on a DB-API cursor: the same code counts a SQLite snapshot file, a
    # PostgreSQL snapshot transaction and the live database.
    counts = {}
    for key, table in _counted_tables().items():
        if present is not None and table not in present:
            counts[key] = 0
            continue
        cursor.execute(f'SELECT COUNT(*) FROM "{table}"')
        counts[key] = cursor.fetchone()[0]
    return counts


def _applied_migrations(cursor):
    cursor.execute("SELECT app, name FROM django_migrations ORDER BY app, name")
    grouped = {}
    for app, name in cursor.fetchall():
        grouped.setdefault(app, []).append(name)
    return grouped


def describe(counts):
    """``counts`` as words: "45 pages, 30 images, ... and 2 protected files"."""
    parts = [f"{counts[key]} {label}" for key, label in COUNT_LABELS.items() if key in counts]
    return ", ".join(parts[:-1]) + (" and " if len(parts) > 1 else "") + parts[-1]


def file_counts(manifest):
    """Media and protected files listed in ``manifest``."""
    names = manifest["files"]
    return {
        "media_files": sum(n.startswith("media/") for n in names),
        "protected_files": sum(n.startswith(f"{PROTECTED_PREFIX}/") for n in names),
    }


def current_contents():
    """What a restore would replace: rows in the database, files in the media areas."""
    connection = connections[DEFAULT_DB_ALIAS]
    if connection.vendor == "sqlite" and not _sqlite_path().exists():
        counts = dict.fromkeys(_counted_tables(), 0)  # connecting would create the file
    else:
        present = set(connection.introspection.table_names())
        with connection.cursor() as cursor:
            counts = _count_rows(cursor, present)
    counts["media_files"] = sum(len(_files_under(root)) for _p, root in _areas()[:-1])
    counts["protected_files"] = len(_files_under(_areas()[-1][1]))
    return counts


def holds_content(counts):
    """Whether anything in ``counts`` would be lost by a restore."""
    return counts["pages"] > INITIAL_PAGES or any(v for k, v in counts.items() if k != "pages")


# -- the database ------------------------------------------------------------------------
def database_vendor():
    """The configured database's vendor, if backups support it."""
    vendor = connections[DEFAULT_DB_ALIAS].vendor
    if vendor not in DATABASE_FILES:
        raise BackupError(f"Backups cover SQLite and PostgreSQL databases, not {vendor}.")
    return vendor


def _sqlite_path():
    name = str(settings.DATABASES[DEFAULT_DB_ALIAS]["NAME"])
    if name == ":memory:" or "mode=memory" in name:
        raise BackupError("The database is in memory: there is no file to back up or restore.")
    return Path(name)


def _client(program):
    path = shutil.which(program)
    if path is None:
        raise BackupError(
            f"{program} was not found: install the PostgreSQL client programs (Debian: "
            "apt-get install postgresql-client), of the server's version or newer."
        )
    return path


def _pg_env():
    """Environment for pg_dump, pg_restore and psql: the connection comes from
    settings.DATABASES, the password through PGPASSWORD, never on a command line."""
    settings_dict = connections[DEFAULT_DB_ALIAS].settings_dict
    # Django's own `dbshell` mapping, for the password, SSL options, passfile and service.
    _args, extra = DatabaseClient.settings_to_cmd_args_env(settings_dict, [])
    env = {**os.environ, **(extra or {})}
    for variable, key in (
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGDATABASE", "NAME"),
    ):
        if settings_dict.get(key):
            env[variable] = str(settings_dict[key])
    return env


def _run(command, what, **kwargs):
    done = subprocess.run(command, capture_output=True, text=True, **kwargs)
    if done.returncode:
        raise BackupError(f"{what} failed (exit {done.returncode}):\n{_tail(done.stderr)}")
    return done.stdout


def _tail(text, lines=20):
    return "\n".join(text.strip().splitlines()[-lines:])


def _snapshot_sqlite(target):
    source = _sqlite_path()
    if not source.is_file():
        raise BackupError(f"There is no database at {source}.")
    with closing(sqlite3.connect(source)) as src, closing(sqlite3.connect(target)) as dst:
        # All pages in one step: a backup made in several steps starts over whenever the
        # site writes in between.
        src.backup(dst)
        cursor = dst.cursor()
        return _count_rows(cursor), _applied_migrations(cursor), {}


def _snapshot_postgresql(target):
    pg_dump = _client("pg_dump")
    env = _pg_env()
    version = _run([pg_dump, "--version"], "pg_dump --version", env=env).strip()
    connection = connections[DEFAULT_DB_ALIAS]
    with transaction.atomic(using=DEFAULT_DB_ALIAS), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts, migrations = _count_rows(cursor), _applied_migrations(cursor)
        # While this transaction stays open pg_dump can share its snapshot.
        _run(
            [pg_dump, "--format=custom", f"--snapshot={snapshot}", f"--file={target}"],
            "pg_dump",
            env=env,
        )
    return counts, migrations, {"pg_dump": version}


def snapshot_database(vendor, target):
    """Copy the database as it is now into the file ``target``.

    Returns (row counts, applied migrations by app, details for the manifest).
    """
    if vendor == "sqlite":
        return _snapshot_sqlite(target)
    return _snapshot_postgresql(target)


# -- writing a backup --------------------------------------------------------------------
def _compression(path):
    name = Path(path).name.lower()
    for suffix, mode in COMPRESSION.items():
        if name.endswith(suffix):
            return mode
    return None


def archive_path(dest, now=None):
    """Where ``backup DEST`` writes: DEST itself, or a dated ``.tar.gz`` inside DEST
    when it is a folder. Refuses a file that exists."""
    dest = Path(dest)
    if dest.is_dir():
        stamp = timezone.localtime(now).strftime("%Y%m%d-%H%M%S")
        dest = dest / f"duoc-lieu-so-{stamp}.tar.gz"
    if _compression(dest) is None:
        raise BackupError(f"{dest}: name a .tar.gz (or .tar) file to create, or a folder.")
    if dest.exists():
        raise BackupError(f"{dest} already exists: choose another name or remove it first.")
    if not dest.parent.is_dir():
        raise BackupError(f"There is no folder {dest.parent}.")
    return dest


def _site_version():
    try:
        return metadata.version("duoc-lieu-so")
    except metadata.PackageNotFoundError:
        return None


def _tar_info(name, size, mtime):
    info = tarfile.TarInfo(name)
    info.size = size
    info.mtime = int(mtime)
    info.mode = 0o600
    return info


class _HashingReader:
    """A file that hashes what tarfile reads from it, so each file is read once."""

    def __init__(self, file):
        self.file = file
        self.sha256 = hashlib.sha256()

    def read(self, size=-1):
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def _add_file(tar, name, path):
    with open(path, "rb") as file:
        stat = os.fstat(file.fileno())
        reader = _HashingReader(file)
        # tarfile copies exactly `size` bytes, so a file growing meanwhile stays consistent
        # with its hash.
        tar.addfile(_tar_info(name, stat.st_size, stat.st_mtime), reader)
    return {"sha256": reader.sha256.hexdigest(), "size": stat.st_size}


def _write_archive(target, members, manifest, stream):
    partial = target.with_name(f".{target.name}.partial")
    gz = _compression(target) == "gz"
    headers = {
        PAX_FORMAT: f"{FORMAT}/{FORMAT_VERSION}",
        PAX_FILES: str(len(members) + 1),
        PAX_DATABASE: manifest["database"]["vendor"],
    }
    # Owner-only from the first byte: a backup holds password hashes and restricted knowledge.
    fd = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as raw:
            with tarfile.open(
                fileobj=raw,
                mode="w:gz" if gz else "w",
                format=tarfile.PAX_FORMAT,
                pax_headers=headers,
                **({"compresslevel": 6} if gz else {}),
            ) as tar:
                for name, path in progress(members, len(members), stream, "files"):
                    try:
                        manifest["files"][name] = _add_file(tar, name, path)
                    except FileNotFoundError:
                        manifest["skipped"].append(name)  # deleted since the walk
                data = json.dumps(manifest, ensure_ascii=False, indent=1).encode()
                info = _tar_info(MANIFEST, len(data), timezone.now().timestamp())
                tar.addfile(info, io.BytesIO(data))
            raw.flush()
            os.fsync(raw.fileno())
        # Only a complete archive ever carries the name the operator gave.
        os.replace(partial, target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise


def create_backup(dest, stream=None):
    """Write the database, original images and documents, protected media and a manifest
    to one archive at ``dest`` (see ``archive_path``); returns (path, manifest).

    ``stream`` receives a progress bar.
    """
    vendor = database_vendor()
    target = archive_path(dest)
    database_file = DATABASE_FILES[vendor]
    with tempfile.TemporaryDirectory(prefix="museum-backup-") as work:
        copy = Path(work) / PurePosixPath(database_file).name
        # The database before the files: a file uploaded in between is only an extra the
        # database does not know, while the other order would miss it.
        counts, migrations, details = snapshot_database(vendor, copy)
        members = [(database_file, copy)]
        for prefix, root in _areas():
            members += [(f"{prefix}/{rel}", root / rel) for rel in _files_under(root)]
        manifest = {
            "format": FORMAT,
            "format_version": FORMAT_VERSION,
            "created": timezone.now().isoformat(timespec="seconds"),
            "versions": {
                "site": _site_version(),
                "django": django.get_version(),
                "wagtail": wagtail.__version__,
                "python": platform.python_version(),
            },
            "database": {"vendor": vendor, "file": database_file, **details},
            "counts": counts,
            "migrations": migrations,
            "skipped": [],
            "files": {},
        }
        _write_archive(target, members, manifest, stream)
    return target, manifest


# -- reading a backup --------------------------------------------------------------------
class StagedBackup:
    """A backup unpacked beside its destinations and checked against its manifest.

    Nothing the site uses has changed while a backup is only staged; ``discard`` removes
    every trace of it.
    """

    def __init__(self):
        self.token = secrets.token_hex(6)
        self.work = Path(tempfile.mkdtemp(prefix="museum-restore-"))
        self.media_root = Path(settings.MEDIA_ROOT)
        self.protected_root = Path(settings.PROTECTED_MEDIA_ROOT)
        self.created_roots = [r for r in (self.media_root, self.protected_root) if not r.exists()]
        self.media_staging = self.media_root / f"{STAGING_PREFIX}{self.token}"
        self.protected_staging = self.protected_root / f"{STAGING_PREFIX}{self.token}"
        self.manifest = None
        self.dump_tables = set()

    def prepare(self):
        """Make the hidden staging folders (an empty folder per media area)."""
        for folder in MEDIA_FOLDERS:
            (self.media_staging / folder).mkdir(parents=True)
        self.protected_staging.mkdir(parents=True)

    @property
    def database_file(self):
        return self.work / self.manifest["database"]["file"]

    def destination(self, name):
        """Where the archive member ``name`` is unpacked; refuses anything unexpected."""
        path = PurePosixPath(name)
        parts = path.parts
        if not parts or path.is_absolute() or ".." in parts:
            raise BackupError(f"The archive holds an unsafe path: {name!r}.")
        if name == MANIFEST or name in DATABASE_FILES.values():
            return self.work / name
        if len(parts) > 2 and parts[0] == "media" and parts[1] in MEDIA_FOLDERS:
            return self.media_staging.joinpath(*parts[1:])
        if len(parts) > 1 and parts[0] == PROTECTED_PREFIX:
            return self.protected_staging.joinpath(*parts[1:])
        raise BackupError(f"The archive holds {name!r}, which no backup made here holds.")

    def discard(self):
        """Remove everything staged (and media folders this restore had to create)."""
        shutil.rmtree(self.work, ignore_errors=True)
        for root in (self.media_root, self.protected_root):
            for path in root.glob(f"{STAGING_PREFIX}{self.token}*"):
                shutil.rmtree(path, ignore_errors=True)
        for root in self.created_roots:
            try:
                root.rmdir()
            except OSError:
                pass

    def move_into_place(self):
        """Swap the unpacked folders in for the current ones, by renames; the old
        renditions go too (their rows are dropped with ``forget_renditions``)."""
        old_media = self.media_root / f"{STAGING_PREFIX}{self.token}-old"
        old_protected = self.protected_root / f"{STAGING_PREFIX}{self.token}-old"
        done = []

        def move(source, target):
            source.rename(target)
            done.append((source, target))

        try:
            old_media.mkdir()
            old_protected.mkdir()
            for folder in (*MEDIA_FOLDERS, RENDITIONS_FOLDER):
                if (self.media_root / folder).exists():
                    move(self.media_root / folder, old_media / folder)
            for folder in MEDIA_FOLDERS:
                move(self.media_staging / folder, self.media_root / folder)
            for child in sorted(self.protected_root.iterdir()):
                if not child.name.startswith(STAGING_PREFIX):
                    move(child, old_protected / child.name)
            for child in sorted(self.protected_staging.iterdir()):
                move(child, self.protected_root / child.name)
        except OSError as exc:
            for source, target in reversed(done):
                target.rename(source)
            raise BackupError(
                f"The database was restored but the media folders could not be swapped in "
                f"({exc}); they are as they were. Restore again once the cause is fixed."
            ) from exc
        self.created_roots = []
        self.discard()


def _damaged(src, exc):
    return BackupError(
        f"{src} could not be read ({exc}): the archive is damaged or incomplete. "
        "Nothing was changed."
    )


def _extract(src, staged, stream):
    seen = {}
    vendor = database_vendor()
    try:
        with tarfile.open(src, mode="r|*") as tar:
            if not tar.pax_headers.get(PAX_FORMAT, "").startswith(f"{FORMAT}/"):
                raise BackupError(f"{src} is not a backup made by 'manage.py backup'.")
            kind = tar.pax_headers.get(PAX_DATABASE)
            if kind != vendor:
                raise BackupError(
                    f"{src} holds a {kind} database but this site uses {vendor}: a restore "
                    "does not move a site between databases. Nothing was changed."
                )
            total = int(tar.pax_headers.get(PAX_FILES, 0))
            for member in progress(tar, total, stream, "files checked"):
                if member.isdir():
                    continue
                if not member.isreg():
                    raise BackupError(f"The archive holds {member.name!r}, which is not a file.")
                if member.name in seen:
                    raise BackupError(f"The archive holds {member.name!r} twice.")
                target = staged.destination(member.name)
                target.parent.mkdir(parents=True, exist_ok=True)
                digest, size = hashlib.sha256(), 0
                with tar.extractfile(member) as source, open(target, "xb") as out:
                    while chunk := source.read(CHUNK):
                        digest.update(chunk)
                        out.write(chunk)
                        size += len(chunk)
                seen[member.name] = {"sha256": digest.hexdigest(), "size": size}
    except (tarfile.TarError, EOFError, zlib.error) as exc:
        raise _damaged(src, exc) from exc
    except OSError as exc:
        raise BackupError(f"{src} could not be unpacked: {exc}. Nothing was changed.") from exc
    return seen


def _verify(src, staged, seen):
    if MANIFEST not in seen:
        raise BackupError(
            f"{src} has no {MANIFEST}: it was cut short while being written or copied. "
            "Nothing was changed."
        )
    try:
        manifest = json.loads((staged.work / MANIFEST).read_text(encoding="utf-8"))
        expected = manifest["files"]
        vendor = manifest["database"]["vendor"]
    except (ValueError, KeyError, TypeError) as exc:
        raise BackupError(f"{src}: {MANIFEST} cannot be read ({exc}).") from exc
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{src} is not a backup made by 'manage.py backup'.")
    if manifest.get("format_version", 0) > FORMAT_VERSION:
        raise BackupError(
            f"{src} was written by a newer version of 'manage.py backup' (format "
            f"{manifest['format_version']}): restore it with that version."
        )
    del seen[MANIFEST]
    problems = [
        f"changed: {name}"
        for name in sorted(expected.keys() & seen.keys())
        if (seen[name]["sha256"], seen[name]["size"])
        != (expected[name].get("sha256"), expected[name].get("size"))
    ]
    problems += [f"missing: {name}" for name in sorted(expected.keys() - seen.keys())]
    problems += [f"not in the manifest: {name}" for name in sorted(seen.keys() - expected.keys())]
    if manifest["database"].get("file") != DATABASE_FILES.get(vendor) or (
        DATABASE_FILES.get(vendor) not in seen
    ):
        problems.append("the database file is missing")
    if problems:
        shown = "\n  ".join(problems[:20])
        more = f"\n  ... and {len(problems) - 20} more" if len(problems) > 20 else ""
        raise BackupError(
            f"{src} does not match its manifest, so nothing was restored and nothing was "
            f"changed:\n  {shown}{more}"
        )
    staged.manifest = manifest
    if vendor == "sqlite":
        with closing(sqlite3.connect(staged.database_file)) as db:
            result = db.execute("PRAGMA quick_check").fetchone()[0]
        if result != "ok":
            raise BackupError(f"The database in {src} is damaged ({result}). Nothing was changed.")
    else:
        listing = _run(
            [_client("pg_restore"), "--list", str(staged.database_file)], "pg_restore --list"
        )
        staged.dump_tables = _dump_tables(listing)


def _dump_tables(listing):
    """(schema, table) of every table in a ``pg_restore --list`` listing."""
    tables = set()
    for line in listing.splitlines():
        if line.startswith(";") or ";" not in line:
            continue
        words = line.split(";", 1)[1].split()
        # "<id>; <catalog oid> <oid> TABLE <schema> <name> <owner>" (not "TABLE DATA").
        if len(words) >= 5 and words[2] == "TABLE" and words[3] != "DATA":
            tables.add((words[3], words[4]))
    return tables


def unpack(src, stream=None):
    """Unpack the backup ``src`` beside its destinations and check every file against the
    manifest; returns a ``StagedBackup``. Raises ``BackupError``, leaving nothing behind,
    when anything is amiss."""
    src = Path(src)
    if not src.is_file():
        raise BackupError(f"There is no backup at {src}.")
    staged = StagedBackup()
    try:
        staged.prepare()
        seen = _extract(src, staged, stream)
        _verify(src, staged, seen)
    except BaseException:
        staged.discard()
        raise
    return staged


def unknown_migrations(manifest):
    """Migrations applied in the backup that this code does not have: a backup made by
    a newer version of the site (or with apps since removed)."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    known = set(loader.disk_migrations)
    for migration in loader.disk_migrations.values():
        known.update(migration.replaces or [])
    applied = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    return sorted(f"{app}.{name}" for app, name in applied - known)


# -- writing the database back -----------------------------------------------------------
def _restore_sqlite(copy):
    target = _sqlite_path()
    # Django's own connection would otherwise keep reading the old file's pages.
    connections.close_all()
    target.parent.mkdir(parents=True, exist_ok=True)
    with closing(sqlite3.connect(copy)) as src, closing(sqlite3.connect(target)) as dst:
        src.backup(dst)  # one step, under the destination's write lock: all or nothing


EXTRA_TABLES_SQL = """
SELECT n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema()
  AND NOT EXISTS (SELECT 1 FROM pg_depend d
                  WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
"""


def _quote(identifier):
    return '"' + identifier.replace('"', '""') + '"'


def _restore_postgresql(dump, dump_tables):
    pg_restore, psql = _client("pg_restore"), _client("psql")
    with connections[DEFAULT_DB_ALIAS].cursor() as cursor:
        cursor.execute(EXTRA_TABLES_SQL)
        # Tables of a newer schema than the backup's: `migrate` makes them again, and
        # left in place they would make it fail ("already exists").
        extra = sorted(set(cursor.fetchall()) - dump_tables)
    connections.close_all()
    env = _pg_env()
    # --clean --if-exists says "does not exist, skipping" for every object of a fresh database.
    env["PGOPTIONS"] = f"{env.get('PGOPTIONS', '')} -c client_min_messages=warning".strip()
    prelude = "BEGIN;\n" + "".join(
        f"DROP TABLE IF EXISTS {_quote(schema)}.{_quote(table)} CASCADE;\n"
        for schema, table in extra
    )
    with tempfile.TemporaryFile() as restore_errors, tempfile.TemporaryFile() as load_errors:
        script = subprocess.Popen(
            [pg_restore, "--clean", "--if-exists", "--no-owner", "--no-privileges", "--file=-"]
            + [str(dump)],
            stdout=subprocess.PIPE,
            stderr=restore_errors,
        )
        load = subprocess.Popen(
            [psql, "--no-psqlrc", "--quiet", "--set=ON_ERROR_STOP=1", "--file=-"],
            stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
            stderr=load_errors,
            env=env,
        )
        try:
            load.stdin.write(prelude.encode())
            while chunk := script.stdout.read(CHUNK):
                load.stdin.write(chunk)
            # COMMIT only once pg_restore has produced the whole script: psql would
            # otherwise commit whatever part of it arrived before a failure.
            if script.wait() == 0:
                load.stdin.write(b"COMMIT;\n")
        except BrokenPipeError:
            pass  # psql stopped at an error; its output says which
        finally:
            script.stdout.close()
            script.wait()
            try:
                load.stdin.close()
            except BrokenPipeError:
                pass
            load.wait()
        failures = []
        if load.returncode:
            load_errors.seek(0)
            failures.append(f"psql: {_tail(load_errors.read().decode(errors='replace'))}")
        if script.returncode:
            restore_errors.seek(0)
            failures.append(f"pg_restore: {_tail(restore_errors.read().decode(errors='replace'))}")
    if failures:
        raise BackupError(
            "The database could not be restored and was left as it was:\n" + "\n".join(failures)
        )


def restore_database(staged):
    """Replace the configured database with the staged backup's, in one transaction."""
    if staged.manifest["database"]["vendor"] == "sqlite":
        _restore_sqlite(staged.database_file)
    else:
        _restore_postgresql(staged.database_file, staged.dump_tables)
    # Content type ids cached in this process describe the old database.
    ContentType.objects.clear_cache()


def forget_renditions():
    """Drop every rendition row: their files are not in backups, and Wagtail makes each
    again when it is next asked for. Plain SQL, so no per-row signals fire."""
    connection = connections[DEFAULT_DB_ALIAS]
    table = get_image_model().get_rendition_model()._meta.db_table
    if table not in connection.introspection.table_names():
        return 0
    with connection.cursor() as cursor:
        cursor.execute(f'DELETE FROM "{table}"')
        return cursor.rowcount
