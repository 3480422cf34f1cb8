"""What a public service answers at its root: the health check, robots.txt, security.txt,
the favicon and the web app manifest; and caches every server process shares."""

import datetime
import json
import runpy
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import caches
from django.core.files.storage import FileSystemStorage, InMemoryStorage
from django.test import Client
from PIL import Image

from museum.health import MEDIA_CHECK_KEY
from search.backends.base import SearchUnavailable

BASE_SETTINGS = Path(settings.BASE_DIR) / "museum" / "settings" / "base.py"


def get(url):
    return Client().get(url)


class RefusingStorage(InMemoryStorage):
    """A bucket that answers but refuses writes, as S3 does with wrong credentials."""

    def _save(self, name, content):
        raise PermissionError("AccessDenied: PutObject on secret-bucket")


class UndeletingStorage(InMemoryStorage):
    def delete(self, name):
        raise PermissionError("AccessDenied: DeleteObject")


class TestHealthz:
    def test_every_part_ok(self, db):
        response = get("/healthz")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/json"
        assert "no-store" in response["Cache-Control"]
        assert response.json() == {
            "status": "ok",
            "checks": {
                "database": "ok",
                "search": "ok",
                "cache": "ok",
                "media": "ok",
                "tasks": "ok",
            },
        }

    def test_a_broken_search_index_answers_503_without_saying_why(
        self, db, search_backend, monkeypatch, caplog
    ):
        def broken():
            raise SearchUnavailable(f"embedded index {search_backend.path}: malformed")

        monkeypatch.setattr(search_backend, "check", broken)
        response = get("/healthz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "fail"
        assert body["checks"] == {
            "database": "ok",
            "search": "fail",
            "cache": "ok",
            "media": "ok",
            "tasks": "ok",
        }
        # The reason is in the log, not in the answer to the internet.
        assert "malformed" not in response.content.decode()
        assert str(search_backend.path) not in response.content.decode()
        assert "malformed" in caplog.text

    def test_elasticsearch_down_with_the_embedded_index_answering_is_degraded(
        self, db, search_backend, monkeypatch
    ):
        class DownElastic:
            name = "elasticsearch"

            def count(self):
                raise SearchUnavailable("connection refused")

        monkeypatch.setattr("search.service.elastic_backend", DownElastic)
        response = get("/healthz")
        assert response.status_code == 200
        assert response.json()["checks"]["search"] == "degraded"

    def test_background_work_waiting_too_long_is_degraded(self, db, settings):
        """A stopped worker shows in the health check before an editor notices."""
        from django_tasks_db.models import DBTaskResult
        from wagtail.tasks import update_reference_index_task

        settings.TASKS = {"default": {"BACKEND": settings.TASK_BACKENDS["database"]}}
        update_reference_index_task.enqueue("wagtailcore", "page", 1)
        assert get("/healthz").json()["checks"]["tasks"] == "ok"  # just queued
        DBTaskResult.objects.update(
            enqueued_at=datetime.datetime.now(datetime.UTC) - settings.TASKS_LATE_AFTER * 2
        )
        response = get("/healthz")
        assert response.status_code == 200  # visitors are still served
        assert response.json()["checks"]["tasks"] == "degraded"

    def test_a_cache_that_keeps_nothing_fails(self, db, monkeypatch):
        from django.core.cache import caches

        monkeypatch.setattr(caches["pages"], "get", lambda *args, **kwargs: None)
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"]["cache"] == "fail"

    def test_a_media_folder_not_made_yet_is_made(self, db, settings, tmp_path):
        settings.PROTECTED_MEDIA_ROOT = tmp_path / "new"
        assert get("/healthz").json()["checks"]["media"] == "ok"
        assert (tmp_path / "new").is_dir()  # as the first upload would have made it

    def test_a_media_folder_that_cannot_be_made_fails(self, db, settings, tmp_path):
        (tmp_path / "a-file").write_text("not a folder")
        settings.PROTECTED_MEDIA_ROOT = tmp_path / "a-file" / "gone"
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"]["media"] == "fail"
        assert "gone" not in response.content.decode()

    def test_the_probe_file_is_written_and_deleted_in_each_storage(self, db, settings):
        response = get("/healthz")
        assert response.json()["checks"]["media"] == "ok"
        for root in (settings.MEDIA_ROOT, settings.PROTECTED_MEDIA_ROOT):
            assert not list(Path(root).glob("healthz-*"))

    def test_a_remote_protected_storage_is_checked_by_writing_to_it(self, db, settings):
        """S3 has no folder to test: the file goes through the configured storage."""
        settings.PROTECTED_MEDIA_STORAGE = {"BACKEND": f"{__name__}.RefusingStorage"}
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"]["media"] == "fail"

    def test_a_storage_that_cannot_save_fails_without_saying_why(self, db, settings, caplog):
        settings.STORAGES = {
            **settings.STORAGES,
            "default": {"BACKEND": f"{__name__}.RefusingStorage"},
        }
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json() == {
            "status": "fail",
            "checks": {
                "database": "ok",
                "search": "ok",
                "cache": "ok",
                "media": "fail",
                "tasks": "ok",
            },
        }
        assert "secret-bucket" not in response.content.decode()
        assert "secret-bucket" in caplog.text

    def test_a_storage_that_cannot_delete_fails(self, db, settings):
        settings.PROTECTED_MEDIA_STORAGE = {"BACKEND": f"{__name__}.UndeletingStorage"}
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"]["media"] == "fail"

    def test_a_database_error_fails(self, db, monkeypatch):
        from django.db import OperationalError

        from museum import health

        class Refusing:
            def cursor(self):
                raise OperationalError('password authentication failed for user "museum"')

        monkeypatch.setattr(health, "connection", Refusing())
        response = get("/healthz")
        assert response.status_code == 503
        assert response.json()["checks"]["database"] == "fail"
        assert "password" not in response.content.decode()

    def test_outside_the_language_prefix(self, db):
        response = Client(HTTP_ACCEPT_LANGUAGE="en").get("/healthz")
        assert response.status_code == 200


class TestRobotsTxt:
    def test_allows_the_site_and_names_the_sitemap(self, db, settings):
        settings.PUBLIC_BASE_URL = "https://duoclieu.example/"
        response = get("/robots.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        lines = response.content.decode().splitlines()
        assert lines[0] == "User-agent: *"
        assert "Sitemap: https://duoclieu.example/sitemap.xml" in lines
        disallowed = {line.split(": ", 1)[1] for line in lines if line.startswith("Disallow:")}
        assert {"/admin/", "/django-admin/"} <= disallowed
        for code, _name in settings.LANGUAGES:
            assert {f"/{code}/accounts/", f"/{code}/search/suggest/"} <= disallowed
        # Pages and search results stay open to crawlers.
        assert not any(path in {"/", "/vi/", "/vi/search/"} for path in disallowed)


class TestSecurityTxt:
    def test_rfc_9116_fields(self, db, settings):
        settings.PUBLIC_BASE_URL = "https://duoclieu.example"
        settings.SECURITY_CONTACT = "mailto:security@duoclieu.example"
        response = get("/.well-known/security.txt")
        assert response.status_code == 200
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        fields = dict(line.split(": ", 1) for line in response.content.decode().splitlines())
        assert fields["Contact"] == "mailto:security@duoclieu.example"
        assert fields["Preferred-Languages"] == "vi, en"
        assert fields["Canonical"] == "https://duoclieu.example/.well-known/security.txt"
        expires = datetime.datetime.strptime(fields["Expires"], "%Y-%m-%dT%H:%M:%S%z")
        ahead = expires - datetime.datetime.now(datetime.UTC)
        assert datetime.timedelta(days=364) < ahead <= datetime.timedelta(days=365)

    def test_a_bare_address_becomes_a_mailto_uri(self, db, settings):
        settings.SECURITY_CONTACT = "security@duoclieu.example"
        assert (
            "Contact: mailto:security@duoclieu.example\n"
            in get("/.well-known/security.txt").content.decode()
        )

    def test_the_contact_comes_from_the_environment(self, monkeypatch):
        monkeypatch.setenv("SECURITY_CONTACT", "mailto:an-toan@duoclieu.example")
        assert runpy.run_path(str(BASE_SETTINGS))["SECURITY_CONTACT"] == (
            "mailto:an-toan@duoclieu.example"
        )
        monkeypatch.delenv("SECURITY_CONTACT")
        monkeypatch.setenv("PUBLIC_BASE_URL", "https://duoclieu.example")
        assert runpy.run_path(str(BASE_SETTINGS))["SECURITY_CONTACT"] == (
            "mailto:security@duoclieu.example"
        )


class TestIcons:
    def test_favicon_ico_redirects_to_a_real_png(self, db):
        response = get("/favicon.ico")
        assert response.status_code == 301
        assert response["Location"] == f"{settings.STATIC_URL}museum/icon-32.png"
        with Image.open(finders.find("museum/icon-32.png")) as image:
            assert image.format == "PNG" and image.size == (32, 32)

    @pytest.mark.parametrize("size", [32, 192, 512])
    def test_png_icons_are_small(self, size):
        path = finders.find(f"museum/icon-{size}.png")
        with Image.open(path) as image:
            assert image.size == (size, size)
        assert Path(path).stat().st_size < 10_000

    def test_pages_link_the_icons_manifest_and_theme_colour(self, home):
        html = get("/vi/").content.decode()
        assert '<link rel="icon" href="/static/museum/icon.svg" type="image/svg+xml">' in html
        assert '<link rel="manifest" href="/manifest.webmanifest">' in html
        assert '<meta name="theme-color" content="#1f4d2b">' in html
        assert finders.find("museum/icon.svg")


class TestWebManifest:
    def test_manifest(self, db):
        response = get("/manifest.webmanifest")
        assert response.status_code == 200
        assert response["Content-Type"] == "application/manifest+json"
        manifest = json.loads(response.content.decode("utf-8"))
        assert manifest["name"] == "Dược liệu số"
        assert manifest["short_name"]
        assert manifest["start_url"] == "/"
        assert manifest["display"] == "standalone"
        assert manifest["theme_color"] == "#1f4d2b"
        assert manifest["background_color"] == "#ffffff"
        sizes = {icon["sizes"]: icon for icon in manifest["icons"]}
        for size in (192, 512):
            icon = sizes[f"{size}x{size}"]
            assert icon["type"] == "image/png"
            assert icon["src"] == f"/static/museum/icon-{size}.png"
            assert finders.find(f"museum/icon-{size}.png")


class TestSharedCaches:
    """The default cache (search synonyms, the consent sweep, renditions) is shared by
    every server process: on disk by default, in Redis when REDIS_URL is set."""

    def test_on_disk_by_default(self, monkeypatch, tmp_path):
        monkeypatch.delenv("REDIS_URL", raising=False)
        monkeypatch.setenv("MUSEUM_VAR_DIR", str(tmp_path))
        caches = runpy.run_path(str(BASE_SETTINGS))["CACHES"]
        for alias in ("default", "pages"):
            assert caches[alias]["BACKEND"].endswith("FileBasedCache")
            assert caches[alias]["LOCATION"].startswith(str(tmp_path))
        assert caches["default"]["LOCATION"] != caches["pages"]["LOCATION"]

    def test_redis_when_configured(self, monkeypatch):
        monkeypatch.setenv("REDIS_URL", "redis://cache.internal:6379/1")
        caches = runpy.run_path(str(BASE_SETTINGS))["CACHES"]
        assert set(caches) == {"default", "pages"}
        for alias in ("default", "pages"):
            assert caches[alias]["BACKEND"] == "django.core.cache.backends.redis.RedisCache"
            assert caches[alias]["LOCATION"] == "redis://cache.internal:6379/1"
        assert caches["default"]["KEY_PREFIX"] != caches["pages"]["KEY_PREFIX"]


class CountingStorage(FileSystemStorage):
    saved = 0

    def save(self, name, content, max_length=None):
        CountingStorage.saved += 1  # the storage is a subclass made per call
        return super().save(name, content, max_length)


def test_the_storages_are_written_to_at_most_once_a_minute(db, settings, tmp_path):
    # /healthz is open to everyone; on S3 each write is a paid request.
    settings.PROTECTED_MEDIA_STORAGE = {
        "BACKEND": f"{__name__}.CountingStorage",
        "OPTIONS": {"location": str(tmp_path)},
    }
    CountingStorage.saved = 0
    for _ in range(3):
        assert get("/healthz").json()["checks"]["media"] == "ok"
    assert CountingStorage.saved == 1
    caches["default"].delete(MEDIA_CHECK_KEY)  # a minute later
    get("/healthz")
    assert CountingStorage.saved == 2
