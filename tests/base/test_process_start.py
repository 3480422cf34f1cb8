"""A server process freezes the loaded site, so full garbage collections stay short."""

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Run in a process of its own: the test process has its own objects and its own freeze.
PROBE = """
import gc, json, sys
import museum.wsgi
print(json.dumps({
    "frozen": gc.get_freeze_count(),
    "tracked": len(gc.get_objects()),
    "urlconf": "museum.urls" in sys.modules,
}))
"""


def test_the_wsgi_application_starts_with_its_site_frozen():
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "museum.settings.dev"}
    out = subprocess.run(
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    state = json.loads(out.stdout.strip().splitlines()[-1])
    assert state["urlconf"], "the URLconf (and its views) should load before the freeze"
    # The loaded site is most of the process's objects; a full collection walks only
    # the rest, which is what requests make.
    assert state["frozen"] > 100_000
    assert state["tracked"] < state["frozen"] / 5
