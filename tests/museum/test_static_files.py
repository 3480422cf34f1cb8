"""The project's own static files survive production's hashed, compressed storage.

Under production settings `collectstatic` post-processes every file: a CSS or
JavaScript file that names a missing file (a vendored script's source map)
stops it, no manifest is written, and every page answers 500.
"""

import shutil
from pathlib import Path

from django.contrib.staticfiles.storage import ManifestStaticFilesStorage

ROOT = Path(__file__).resolve().parents[2]
APPS = ("museum", "species", "knowledge", "search")


def test_every_reference_in_our_static_files_resolves(tmp_path):
    for app in APPS:
        if (ROOT / app / "static").is_dir():
            shutil.copytree(ROOT / app / "static", tmp_path, dirs_exist_ok=True)
    storage = ManifestStaticFilesStorage(location=tmp_path, base_url="/static/")
    paths = {
        str(p.relative_to(tmp_path)): (storage, str(p.relative_to(tmp_path)))
        for p in tmp_path.rglob("*")
        if p.is_file()
    }
    assert "museum/vendor/leaflet/leaflet.js" in paths
    failures = [
        f"{name}: {processed}"
        for name, _hashed, processed in storage.post_process(paths)
        if isinstance(processed, Exception)
    ]
    assert failures == []
