"""A whole demo site in a folder of its own, for tests that drive one through its own
processes (the browser tests' server, the backup round trip).

The site is built once per test run, by `migrate` and `load_demo` as `make run` builds
it, and each test gets a copy: building takes a minute of both cores, copying a moment.
With pytest-xdist the workers share the one build (the first to need it builds it under
a lock, the others wait for it).
"""

import contextlib
import fcntl
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SETTINGS = "museum.settings.dev"
# Environment variables of the outer test run that must not reach the demo site.
OUTER = {"DATABASE_URL", "ELASTICSEARCH_URL", "DJANGO_SETTINGS_MODULE", "PAGE_CACHE_SECONDS"}
FOLDERS = ("media", "protected-media", "var")


def site_env(workdir, database_url=None):
    """The environment of a site whose files all live under ``workdir``."""
    workdir = Path(workdir)
    return {
        **{k: v for k, v in os.environ.items() if k not in OUTER},
        "DJANGO_SETTINGS_MODULE": SETTINGS,
        "DATABASE_URL": database_url or f"sqlite:///{workdir / 'db.sqlite3'}",
        "MEDIA_ROOT": str(workdir / "media"),
        "PROTECTED_MEDIA_ROOT": str(workdir / "protected-media"),
        "MUSEUM_VAR_DIR": str(workdir / "var"),
    }


def manage(env, *args, check=True, timeout=900):
    """Run ``manage.py args`` for the site of ``env``; fails the test with its output."""
    done = subprocess.run(
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if check and done.returncode != 0:
        raise AssertionError(f"manage.py {args[0]} failed:\n{done.stdout}\n{done.stderr}")
    return done


def _shared_folder(tmp_path_factory):
    base = tmp_path_factory.getbasetemp()
    # Under xdist each worker has its own base folder inside the run's one.
    return base.parent if os.environ.get("PYTEST_XDIST_WORKER") else base


def _migrated_paths(folder):
    return folder / "migrated.sqlite3", folder / "migrating.sqlite3", folder / "migrating.log"


def start_migrating(tmp_path_factory):
    """Start building this run's migrated database in the background; returns the
    process. The run's first process calls it, so the workers run tests that need no
    database meanwhile instead of waiting.

    The build holds the lock that ``migrated_database`` waits on: the lock file's
    descriptor is passed to the build, and the lock lasts until the build ends.
    """
    built, partial, log = _migrated_paths(_shared_folder(tmp_path_factory))
    with open(f"{built}.lock", "w") as lock, log.open("w") as output:
        fcntl.flock(lock, fcntl.LOCK_EX)
        # manage.py migrate, then the finished file takes its name: a half-built
        # database is never found under it.
        return subprocess.Popen(
            [
                "sh",
                "-c",
                '"$0" manage.py migrate --noinput && mv "$1" "$2"',
                sys.executable,
                str(partial),
                str(built),
            ],
            cwd=ROOT,
            env=site_env(built.parent / "migrating", f"sqlite:///{partial}"),
            stdout=output,
            stderr=subprocess.STDOUT,
            pass_fds=(lock.fileno(),),
            start_new_session=True,  # its own process group, to stop it with its shell
        )


def migrated_database(tmp_path_factory):
    """A SQLite database that ``manage.py migrate`` built once for this test run (by
    ``start_migrating``, or here if that build failed); copies of it stand in for
    migrating again.

    Migrating renders Django's migration state some 1,000 times (our page models with
    four languages of fields): half a minute of a core each time, and a run needed it
    for each worker's test database and for the demo site.
    """
    built, partial, _log = _migrated_paths(_shared_folder(tmp_path_factory))
    with open(f"{built}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # waits for a build under way
        if not built.exists():
            partial.unlink(missing_ok=True)
            manage(
                site_env(built.parent / "migrating", f"sqlite:///{partial}"), "migrate", "--noinput"
            )
            partial.rename(built)
    return built


def copy_of_the_demo(tmp_path_factory, workdir):
    """A copy of this run's demo site (SQLite, media, protected media, search index) in
    ``workdir``; returns its environment."""
    built = _shared_folder(tmp_path_factory) / "demo-site"
    with open(f"{built}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (built / "complete").exists():
            shutil.rmtree(built, ignore_errors=True)
            built.mkdir(parents=True)
            env = site_env(built)
            shutil.copy2(migrated_database(tmp_path_factory), built / "db.sqlite3")
            manage(env, "migrate", "--noinput")  # as `make run` does: nothing left to apply
            manage(env, "load_demo")
            (built / "complete").touch()
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    for database in built.glob("db.sqlite3*"):
        shutil.copy2(database, workdir / database.name)
    for folder in FOLDERS:
        if (built / folder).exists():
            shutil.copytree(built / folder, workdir / folder)
    return site_env(workdir)


def _free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def run_server(env):
    """Serve the site of ``env`` (``manage.py runserver``, a process of its own) on a
    free port until the block ends; yields the base URL. Its log is in the site's folder."""
    port = _free_port()
    url = f"http://127.0.0.1:{port}"
    env = {**env, "PUBLIC_BASE_URL": url}  # what the QR labels print
    log_path = Path(env["MUSEUM_VAR_DIR"]).parent / f"server-{port}.log"
    log = open(log_path, "w")  # noqa: SIM115 - closed below
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "manage.py"), "runserver", "--noreload", f"127.0.0.1:{port}"],
        env=env,
        stdout=log,
        stderr=log,
    )
    try:
        for _attempt in range(100):
            try:
                urllib.request.urlopen(f"{url}/vi/", timeout=2)
                break
            except OSError:
                time.sleep(0.2)
        else:
            pytest.fail(f"the demo server did not start: {log_path.read_text()}")
        yield url
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
