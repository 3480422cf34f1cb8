"""Image uploads in the admin: a picture too big to list quickly is refused, and nothing is saved.

A 121-megapixel image, under Wagtail's default limit, made the admin's image
list take 6 s; the settings cap pixels and bytes, and Wagtail's own form says why.
"""

import io
import os

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from base.models import CreditedImage


def png(size):
    # One bit a pixel of a single colour: megapixels cost almost nothing to build.
    buffer = io.BytesIO()
    Image.new("1", size).save(buffer, "PNG")
    return SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")


def upload(admin_client, file):
    data = {"title": "Ruộng tam thất", "file": file, "credit": "Demo", "licence": "CC0 1.0"}
    return admin_client.post("/admin/images/add/", data)


def refusal(response):
    assert response.status_code == 200
    return [e.code for e in response.context["form"].errors.as_data()["file"]]


def test_a_photo_of_7000_by_5000_is_accepted(admin_client):
    response = upload(admin_client, png((7000, 5000)))
    assert response.status_code == 302
    assert CreditedImage.objects.get().width == 7000


def test_more_than_40_megapixels_is_refused(admin_client):
    response = upload(admin_client, png((7000, 6000)))
    assert refusal(response) == ["file_too_many_pixels"]
    assert "40000000" in response.content.decode()
    assert not CreditedImage.objects.exists()


def test_a_file_over_the_upload_size_is_refused(admin_client, settings):
    assert settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE == 20 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 5000  # rather than build a 20 MB file
    noise = io.BytesIO()
    Image.frombytes("L", (100, 100), os.urandom(10_000)).save(noise, "PNG")
    response = upload(admin_client, SimpleUploadedFile("noise.png", noise.getvalue()))
    assert refusal(response) == ["file_too_large"]
    assert not CreditedImage.objects.exists()


def test_markup_disguised_as_an_image_is_refused(admin_client):
    for name, content in [
        ("leaf.jpg", b"<html><script>alert(document.cookie)</script></html>"),
        ("leaf.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
        ("leaf.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
    ]:
        response = upload(admin_client, SimpleUploadedFile(name, content))
        assert refusal(response), name
    assert not CreditedImage.objects.exists()


def test_a_decompression_bomb_is_refused_from_its_header(admin_client):
    """A 20,000 x 20,000 PNG of one colour weighs a few kilobytes and would take 400 MB
    to decode: its declared size refuses it before any pixel is read."""
    response = upload(admin_client, png((20_000, 20_000)))
    assert refusal(response) == ["file_too_many_pixels"]
    assert not CreditedImage.objects.exists()
