"""A whole demo site in a folder of its own, for tests that drive one through its own
processes (the browser tests' server, the backup round trip).

The site is built once per test run, by `migrate` and `load_demo` as `make run` builds
it, and each test gets a copy: building takes a minute of both cores, copying a moment.
With pytest-xdist the workers share the one build (the first to need it builds it under
a lock, the others wait for it).
"""

import fcntl
import os
import shutil
import subprocess
import sys
from pathlib import Path

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
            manage(env, "migrate", "--noinput")
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
