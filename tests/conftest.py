"""Shared fixtures: a site tree (root -> home -> species index) and species factories."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from wagtail.models import Page, Site

from museum.models import HomePage
from species.services import add_species_index, upsert_species


@pytest.fixture
def home(db):
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


@pytest.fixture
def index(home):
    return add_species_index(
        home, {"vi": "Danh mục loài", "en": "Species catalogue"}, {"vi": "loai", "en": "species"}
    )


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


def pytest_report_header(config):
    """Say which database the run uses, so a CI log shows SQLite and PostgreSQL passes."""
    from django.conf import settings

    return f"database: {settings.DATABASES['default']['ENGINE']}"


@pytest.fixture(autouse=True)
def search_backend(tmp_path, monkeypatch):
    """A fresh embedded search index for every test, in the test's own folder."""
    from search import service
    from search.backends.embedded import EmbeddedBackend

    backend = EmbeddedBackend(tmp_path / "search.sqlite3")
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


@pytest.fixture
def curator(db, django_user_model):
    """An admin client signed in as a curator (the "Editors" group: writes, cannot publish
    wider access)."""
    user = django_user_model.objects.create_user("curator", password="pw")
    user.groups.add(Group.objects.get(name="Editors"))
    client = Client()
    client.force_login(user)
    return client


def pytest_collection_modifyitems(config, items):
    """With pytest-xdist (``make test`` runs two workers), every browser test goes to one
    worker: each worker would otherwise build its own demo site and start a Chromium."""
    for item in items:
        if item.get_closest_marker("browser") or "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.xdist_group("browser"))
