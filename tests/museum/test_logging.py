"""Under production settings a server error reaches stderr with its traceback."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = """
import django, logging
django.setup()
try:
    1 / 0
except ZeroDivisionError:
    logging.getLogger("django.request").error("Internal Server Error: /vi/", exc_info=True)
logging.getLogger("django.request").warning("Not Found: /vi/nothing/")
"""


def test_a_request_error_is_logged_to_stderr_with_its_traceback(tmp_path):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "museum.settings.production",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "duoclieu.example",
        "PUBLIC_BASE_URL": "https://duoclieu.example",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'db.sqlite3'}",
        "MUSEUM_VAR_DIR": str(tmp_path),
    }
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    assert "ERROR django.request" in done.stderr
    assert "Internal Server Error: /vi/" in done.stderr
    assert "ZeroDivisionError: division by zero" in done.stderr
    assert "Not Found" not in done.stderr
