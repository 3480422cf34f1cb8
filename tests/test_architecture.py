"""The floors of the code (README, "How the code is laid out") stay as they are.

``lint-imports`` checks the contracts in pyproject.toml: every import points down
(museum → knowledge | valuechain → species → search → base) and no app has an import cycle. It
counts imports inside functions too, so a cycle cannot hide in one; this file also
keeps such imports to the places that need them.
"""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APPS = ("museum", "knowledge", "valuechain", "species", "search", "base")
# Imports inside functions that are there for a reason other than a cycle.
LATE_IMPORTS_ALLOWED = {
    # Django's rule: models may not be imported while the app registry loads.
    "ready",
    # The Elasticsearch client is loaded only on sites that configure it.
    "elastic_backend",
}


def test_the_import_contracts_hold():
    result = subprocess.run(
        [str(Path(sys.executable).with_name("lint-imports")), "--no-cache"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "Contracts: 2 kept, 0 broken." in result.stdout


def _late_imports(path):
    tree = ast.parse(path.read_text())
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            else:
                continue
            for name in names:
                if name.split(".")[0] in APPS:
                    yield function.name, node.lineno, name


def test_no_project_import_hides_inside_a_function():
    found = []
    for app in APPS:
        for path in (ROOT / app).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for function, line, name in _late_imports(path):
                if function not in LATE_IMPORTS_ALLOWED:
                    found.append(f"{path.relative_to(ROOT)}:{line} {function}() imports {name}")
    assert not found, "\n".join(found)
