"""A throw-away demo site for the benches: its own SQLite database, var and media
folders in a temporary folder, under the development settings."""

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def set_up(prefix):
    """Point Django at a new temporary folder and set it up; returns the folder."""
    workdir = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ.update(
        DJANGO_SETTINGS_MODULE="museum.settings.dev",
        DATABASE_URL=f"sqlite:///{workdir / 'db.sqlite3'}",
        MUSEUM_VAR_DIR=str(workdir / "var"),
        MEDIA_ROOT=str(workdir / "media"),
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    return workdir


def build_demo(workdir):
    """Migrate and load the demo (no accounts), quietly."""
    from django.core.management import call_command

    print(f"building the demo site in {workdir}…", file=sys.stderr, flush=True)
    call_command("migrate", "--noinput", verbosity=0)
    with open(os.devnull, "w") as quiet:
        call_command("load_demo", "--no-accounts", stdout=quiet, stderr=quiet)
