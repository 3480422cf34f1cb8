"""Public images are served by the app when no proxy does; nothing else under MEDIA_ROOT."""

import pytest
from django.test import override_settings


@pytest.fixture
def media(settings, tmp_path, db):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "original_images").mkdir()
    (tmp_path / "documents").mkdir()
    (tmp_path / "images" / "leaf.width-360.webp").write_bytes(b"RIFF....WEBPVP8 ")
    (tmp_path / "original_images" / "leaf.jpg").write_bytes(b"\xff\xd8\xff\xe0")
    (tmp_path / "images" / "note.svg").write_bytes(b"<svg onload='alert(1)'/>")
    (tmp_path / "documents" / "secret.mp3").write_bytes(b"ID3")
    (tmp_path.parent / "outside.jpg").write_bytes(b"\xff\xd8\xff")
    return tmp_path


@override_settings(SERVE_MEDIA=True)
def test_images_and_originals_are_served_with_their_type(client, media):
    rendition = client.get("/media/images/leaf.width-360.webp")
    assert rendition.status_code == 200 and rendition["Content-Type"] == "image/webp"
    # A phone on a mountain connection keeps it for a month without asking again.
    cache_control = {d.strip() for d in rendition["Cache-Control"].split(",")}
    assert {"public", "max-age=2592000"} <= cache_control
    assert "no-cache" not in cache_control
    assert rendition["X-Content-Type-Options"] == "nosniff"
    assert client.get("/media/original_images/leaf.jpg")["Content-Type"] == "image/jpeg"


@override_settings(SERVE_MEDIA=True)
@pytest.mark.parametrize(
    "path",
    [
        "/media/images/note.svg",  # not a raster image
        "/media/documents/secret.mp3",  # documents go through Wagtail's checking view
        "/media/images/../documents/secret.mp3",
        "/media/images/%2e%2e/%2e%2e/outside.jpg",
        "/media/images/missing.jpg",
        "/media/images/%00.jpg",
    ],
)
def test_nothing_else_leaves(client, media, path):
    assert client.get(path).status_code == 404


@override_settings(SERVE_MEDIA=False)
def test_off_when_the_proxy_serves_media(client, media):
    assert client.get("/media/images/leaf.width-360.webp").status_code == 404
