"""Every environment variable the code reads is in the operator's table.

`docs/deploy.md` promises the operator that its "Environment variables" table is
complete. The code is read for ``os.environ.get("X")``, ``os.environ["X"]`` and
``os.getenv("X")`` (the syntax tree, so a call spread over lines counts), and each
name must appear in that table; so must what libraries read for us (``DATABASE_URL``
through dj-database-url, the S3 keys through django-storages) and the variables of
``make serve``.
"""

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("museum", "base", "species", "knowledge", "search")
READ_BY_LIBRARIES = {
    "DATABASE_URL",  # dj_database_url.config()
    "AWS_ACCESS_KEY_ID",  # django-storages' S3 client, with MEDIA_STORAGE=s3
    "AWS_SECRET_ACCESS_KEY",
}
MAKE_SERVE = {"HOST", "PORT", "WORKERS", "LOAD_DEMO"}


def _environ(node):
    """True for ``os.environ`` (or a bare ``environ``)."""
    return (isinstance(node, ast.Attribute) and node.attr == "environ") or (
        isinstance(node, ast.Name) and node.id == "environ"
    )


def names_read(source):
    """The environment variable names ``source`` reads with a literal name."""
    found = set()
    for node in ast.walk(ast.parse(source)):
        key = None
        if isinstance(node, ast.Call) and node.args:
            func = node.func
            if isinstance(func, ast.Attribute) and (
                (func.attr in ("get", "pop") and _environ(func.value)) or func.attr == "getenv"
            ):
                key = node.args[0]
        elif isinstance(node, ast.Subscript) and _environ(node.value):
            key = node.slice
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            found.add(key.value)
    return found


def documented():
    """The names in backticks in the first column of the guide's variable tables."""
    text = (ROOT / "docs" / "deploy.md").read_text()
    section = text.split("## Environment variables", 1)[1].split("\n## ", 1)[0]
    names = set()
    for row in section.splitlines():
        if row.startswith("| `"):
            names |= set(re.findall(r"`([A-Z][A-Z0-9_]+)`", row.split("|")[1]))
    return names


def test_names_read_finds_every_form_of_reading():
    source = 'import os\nos.environ.get(\n    "A", "1")\nos.environ["B"]\nos.getenv("C")\n'
    assert names_read(source) == {"A", "B", "C"}


def test_every_variable_the_code_reads_is_in_the_deploy_guide():
    read = set()
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            read |= names_read(path.read_text())
    assert {"SECRET_KEY", "PUBLIC_BASE_URL", "TASKS_BACKEND"} <= read  # the reader works
    missing = (read | READ_BY_LIBRARIES | MAKE_SERVE) - documented()
    assert not missing, f"not in docs/deploy.md's environment table: {sorted(missing)}"
