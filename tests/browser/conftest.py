"""Real-browser tests: Debian's Chromium driven by Playwright, against a real server.

The server is the project's own (`manage.py runserver`) on a throw-away SQLite
database filled by `load_demo`, so the browser sees exactly what `make run`
serves, whichever database the rest of the suite runs on.
"""

import os
import tempfile
from pathlib import Path

import pytest

from tests.demo_site import copy_of_the_demo, run_server  # noqa: F401 (the modules' import)

CHROMIUM = "/usr/bin/chromium"
ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts"


@pytest.fixture(scope="session")
def demo_env(tmp_path_factory):
    """Environment of a throw-away demo site: this run's demo, copied into its own folder."""
    workdir = Path(tempfile.mkdtemp(prefix="museum-browser-"))
    env = copy_of_the_demo(tmp_path_factory, workdir)
    env["BROWSER_WORKDIR"] = str(workdir)
    return env


@pytest.fixture(scope="session")
def demo_server(demo_env):
    """Base URL of a server running the demo site; stopped at the end of the session."""
    with run_server(demo_env) as url:
        yield url


# Per module: while Playwright runs, its event loop makes Django refuse database access
# in the same thread, and the browser tests share a worker with database tests.
@pytest.fixture(scope="module")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium chromium-driver)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


@pytest.fixture
def phone(browser):
    """A 360×740 page, the size of a small phone."""
    context = browser.new_context(viewport={"width": 360, "height": 740})
    yield context.new_page()
    context.close()


@pytest.fixture
def artifacts():
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
