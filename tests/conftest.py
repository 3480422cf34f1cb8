"""Shared fixtures: a site tree (root -> home -> species index) and species factories."""

import contextlib
import os
import shutil
import signal
import sqlite3

import pytest
from django.contrib.auth.models import Group
from django.core import management
from django.db import DEFAULT_DB_ALIAS, connection, connections
from django.test import Client
from wagtail.models import Page, Site

from museum.models import HomePage
from species.services import add_species_index, upsert_species
from tests.demo_site import migrated_database, start_migrating


def build_home():
    """Replace the root's children with a published home page, the default site's root."""
    root = Page.get_first_root_node()
    for page in root.get_children():
        page.delete()
    home = HomePage(
        title="Dược liệu số",
        title_vi="Dược liệu số",
        slug="trang-chu",
        slug_vi="trang-chu",
        slug_en="home",
    )
    root.add_child(instance=home)
    home.save_revision().publish()
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "port": 80, "root_page": home}
    )
    return home


def build_index(home):
    return add_species_index(
        home, {"vi": "Danh mục loài", "en": "Species catalogue"}, {"vi": "loai", "en": "species"}
    )


# -- the tree shared by a module's tests ---------------------------------------------
# Building and indexing the tree (publishing in four languages) is a good part of a
# test's setup. Where every test of a module that touches the database starts from the
# same tree, the tree is built once for the module (on each pytest-xdist worker) inside
# a transaction that is rolled back when the module ends; each test runs in a savepoint
# within it (pytest-django's `db`), so it still starts from the same, untouched tree,
# and gets its own copy of the search index as it was right after the build, so the
# index always matches the database the test sees.
_shared = {"index": None}  # the search index file of the module tree alive now


def _uses_database(item):
    names = getattr(item, "fixturenames", ())
    return bool({"db", "transactional_db", "django_db_reset_sequences"} & set(names)) or (
        item.get_closest_marker("django_db") is not None
        or hasattr(getattr(item, "cls", None), "_databases_names")  # Django's TestCase
    )


def _tree_parts(items):
    """What the tree shared by a module's ``items`` holds: ("home",), ("home", "index"), or
    () when it is built per test as before.

    Shared only when every test of the module that uses the database asks for the same
    tree in a rolled-back transaction: another test would see a tree it did not ask for."""
    users = [i for i in items if _uses_database(i)]
    if not users:
        return ()
    for item in users:
        names = set(item.fixturenames)
        marker = item.get_closest_marker("django_db")
        if (
            "home" not in names
            or {"transactional_db", "live_server"} & names
            or (marker is not None and marker.kwargs)
        ):
            return ()
    return ("home", "index") if all("index" in i.fixturenames for i in users) else ("home",)


_TREES = pytest.StashKey[dict]()


# -- the test database ----------------------------------------------------------------
@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings, tmp_path_factory):
    """On SQLite, each worker's test database starts as a copy of one migrated once per
    run (``tests.demo_site.migrated_database``), instead of migrating again.

    pytest-django's ``django_db_setup`` asks for this fixture first. Django's test
    database creation then calls ``migrate``: the first call for each database first
    copies the migrated one into it, so ``migrate`` finds nothing left to apply and only
    runs its post-migrate steps. Later calls are left alone. PostgreSQL migrates.
    """
    if connection.vendor != "sqlite":
        yield
        return
    template = migrated_database(tmp_path_factory)
    run_command, copied = management.call_command, set()

    def call_command(name, *args, **options):
        alias = options.get("database", DEFAULT_DB_ALIAS)
        if name == "migrate" and alias not in copied:
            copied.add(alias)
            target = connections[alias]
            target.ensure_connection()
            with contextlib.closing(sqlite3.connect(template)) as source:
                source.backup(target.connection)
        return run_command(name, *args, **options)

    management.call_command = call_command  # what test database creation imports
    yield
    management.call_command = run_command


@pytest.fixture(scope="module")
def module_tree(request, django_db_setup, django_db_blocker, tmp_path_factory):
    """{part: pk} of the tree built once for this module, or {} where it is built per test."""
    parts = request.config.stash.get(_TREES, {}).get(request.node.nodeid, ())
    if not parts:
        yield {}
        return
    from django.conf import settings
    from django.db import transaction
    from django.utils import translation

    from search import service
    from search.backends.embedded import EmbeddedBackend

    backend = EmbeddedBackend(tmp_path_factory.mktemp("module-tree") / "search-index")
    backend.mark_built()
    outer = transaction.atomic()
    tree = {}
    with django_db_blocker.unblock():
        outer.__enter__()
        try:
            with (
                pytest.MonkeyPatch.context() as patch,
                translation.override(settings.LANGUAGE_CODE),
            ):
                patch.setattr(service, "embedded_backend", lambda: backend)
                patch.setattr(service, "elastic_backend", lambda: None)
                tree["home"] = build_home().pk
                if "index" in parts:
                    tree["index"] = build_index(HomePage.objects.get(pk=tree["home"])).pk
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    backend.close()
    _shared["index"] = backend.path
    try:
        yield tree
    finally:
        _shared["index"] = None
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def home(module_tree, db):
    if "home" in module_tree:
        return HomePage.objects.get(pk=module_tree["home"])
    return build_home()


@pytest.fixture
def index(module_tree, home):
    from species.models import SpeciesIndexPage

    if "index" in module_tree:
        return SpeciesIndexPage.objects.get(pk=module_tree["index"])
    return build_index(home)


def species_data(genus="Panax", epithet="notoginseng", vi="Tam thất", en=None, **extra):
    """Minimal data for ``upsert_species``, with overrides."""
    data = {
        "genus": genus,
        "epithet": epithet,
        "authority": "",
        "family": {"latin_name": extra.pop("family", "Araliaceae")},
        "title": {"vi": vi, "en": en} if en else {"vi": vi},
    }
    data.update(extra)
    return data


@pytest.fixture
def make_species(index):
    def make(**kwargs):
        page, _created = upsert_species(index, species_data(**kwargs))
        return page

    return make


@pytest.fixture
def english():
    """Run with English active, for tests that read messages written in English."""
    from django.utils import translation

    with translation.override("en"):
        yield


@pytest.fixture(autouse=True)
def default_language():
    """Start each test in Vietnamese: LocaleMiddleware leaves the last request's language active."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


def pytest_configure(config):
    # pytest-xdist's own marker (added below), known also to a run without xdist.
    config.addinivalue_line(
        "markers", "xdist_group(name): runs with the rest of its group in one xdist worker"
    )


_MIGRATING = pytest.StashKey[object]()


def pytest_sessionstart(session):
    """The run's first process starts migrating the database the tests copy, in the
    background (``tests.demo_site.start_migrating``); the xdist workers do not."""
    if not os.environ.get("PYTEST_XDIST_WORKER"):
        session.config.stash[_MIGRATING] = start_migrating(session.config._tmp_path_factory)


def pytest_sessionfinish(session):
    build = session.config.stash.get(_MIGRATING, None)
    if build is not None and build.poll() is None:
        # A run that needed no database ends before the build does.
        os.killpg(build.pid, signal.SIGTERM)
        build.wait()


def pytest_report_header(config):
    """Say which database the run uses, so a CI log shows SQLite and PostgreSQL passes."""
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"


@pytest.fixture(autouse=True)
def search_backend(tmp_path, monkeypatch):
    """A fresh embedded search index for every test, in the test's own folder."""
    from search import service
    from search.backends.embedded import EmbeddedBackend

    backend = EmbeddedBackend(tmp_path / "search-index")
    if _shared["index"] is not None:
        # The module's tree is in the database: start from the index built with it.
        shutil.copytree(_shared["index"], backend.path)
    else:
        backend.mark_built()  # as `search_index rebuild` leaves it on an empty site
    monkeypatch.setattr(service, "embedded_backend", lambda: backend)
    monkeypatch.setattr(service, "elastic_backend", lambda: None)
    yield backend
    backend.close()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache (search synonyms, the daily consent sweep)."""
    from django.core.cache import cache, caches

    cache.clear()
    caches["pages"].clear()  # rendered pages outlive a test's rolled-back database
    yield
    cache.clear()
    caches["pages"].clear()


@pytest.fixture(autouse=True)
def no_request_left_open():
    """A streamed answer a test did not read to the end never closes its request: the
    restricted sections it read must not outlive the test's rolled-back database."""
    from base import page_queries

    yield
    page_queries.end_request()


@pytest.fixture
def curator(db, django_user_model):
    """An admin client signed in as a curator (the "Editors" group: writes, cannot publish
    wider access)."""
    user = django_user_model.objects.create_user("curator", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


@pytest.hookimpl(tryfirst=True)  # before pytest-xdist's, which reads the groups given here
def pytest_collection_modifyitems(config, items):
    """Decide which modules share one tree (``module_tree``), and group tests for
    pytest-xdist's ``--dist loadgroup`` (``make test`` runs two workers):

    - every browser test in one worker: each worker would otherwise build its own demo
      site and start a Chromium;
    - the tests of a module that shares a tree in one worker, so the tree is built once;
    - the tests of a Django TestCase with ``setUpTestData`` (the demo content, built in
      a minute) in one worker, so that data is built once;
    - the tests that need no database in one group, handed out among the first: one
      worker runs them while the migrated database the others copy is being built.

    ``--dist loadgroup`` hands out the largest groups first, single tests after them."""
    modules = {}
    for item in items:
        module = item.getparent(pytest.Module)
        modules.setdefault(module.nodeid if module else None, []).append(item)
    trees = {nodeid: _tree_parts(module_items) for nodeid, module_items in modules.items()}
    config.stash[_TREES] = trees
    for item in items:
        if item.get_closest_marker("browser") or "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("browser"))
        elif item.get_closest_marker("xdist_group"):
            continue
        elif not _uses_database(item):
            item.add_marker(pytest.mark.xdist_group("no-database"))
        elif trees.get(item.getparent(pytest.Module).nodeid):
            item.add_marker(pytest.mark.xdist_group(item.getparent(pytest.Module).nodeid))
        elif "setUpTestData" in vars(getattr(item, "cls", None) or object):
            item.add_marker(pytest.mark.xdist_group(item.getparent(pytest.Class).nodeid))
