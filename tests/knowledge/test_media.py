"""Attachments of knowledge items: accepted by content, not by name, and served so they cannot run.

A file served from the site's own origin and rendered as a page is stored XSS,
so uploads are sniffed (HTML or SVG under a .jpg or .txt name is refused) and
every media response carries the detected type, nosniff and a sandboxing policy
— old attachments stored before the check included.
"""

import io
import struct

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.test.utils.form_data import inline_formset

from knowledge.media_types import detect
from knowledge.models import ConsentRecord, KnowledgeMedia
from knowledge.models.items import ProtectedStorage
from tests.knowledge.test_admin import _edit, errors


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (4, 3), (30, 120, 60)).save(buffer, "PNG")
    return buffer.getvalue()


def wav():
    fmt = struct.pack("<HHIIHH", 1, 1, 8000, 8000, 1, 8)
    body = (
        b"WAVE"
        + b"fmt "
        + struct.pack("<I", len(fmt))
        + fmt
        + b"data\x04\x00\x00\x00\x80\x80\x80\x80"
    )
    return b"RIFF" + struct.pack("<I", len(body)) + body


GOOD = {
    "image/png": png(),
    "image/jpeg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(40),
    "image/gif": b"GIF89a\x01\x00\x01\x00" + bytes(20),
    "image/webp": b"RIFF\x1a\x00\x00\x00WEBPVP8 " + bytes(20),
    "application/pdf": b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n",
    "audio/mpeg": b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(100),
    "audio/ogg": b"OggS\x00\x02" + bytes(20) + b"OpusHead",
    "audio/mp4": b"\x00\x00\x00\x20ftypM4A \x00\x00\x00\x00M4A isom" + bytes(16),
    "audio/aac": b"\xff\xf1\x50\x80\x02\x1f\xfc" + bytes(20),
    "audio/wav": wav(),
    "audio/webm": b"\x1a\x45\xdf\xa3\x9f\x42\x86\x81\x01\x42\x82\x84webm" + bytes(20),
    "text/plain": "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Bà Lý>Lá này hái buổi sáng.\n".encode(),
}
DISGUISED = [
    ("photo.jpg", b"<html><body><script>alert(document.cookie)</script></body></html>"),
    ("notes.txt", b"\xef\xbb\xbf  <!DOCTYPE html><p>hi</p><script>alert(1)</script>"),
    ("scan.png", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ("voice.mp3", b'<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"/>'),
    ("transcript.txt", b"Transcript\n<iframe src=javascript:alert(1)></iframe>"),
]


def attach(item, content, name, kind="document"):
    media = KnowledgeMedia(
        item=item, kind=kind, title="Tệp", credit="Demo", licence="CC BY", transcript="Lời."
    )
    media.file = ContentFile(content, name=name)
    return media


class TestWhatIsAccepted:
    @pytest.mark.parametrize(("expected", "content"), GOOD.items(), ids=list(GOOD))
    def test_each_allowed_type_is_recognised_by_its_content(self, expected, content):
        assert detect(content) == expected

    @pytest.mark.parametrize(("name", "content"), DISGUISED, ids=[n for n, _c in DISGUISED])
    def test_markup_under_any_name_is_refused(self, make_remedy, name, content):
        media = attach(make_remedy(media=False), content, name)
        with pytest.raises(ValidationError) as exc:
            media.full_clean()
        assert [e.code for e in exc.value.error_dict["file"]] == ["markup"]

    @pytest.mark.parametrize(
        "content",
        [b"PK\x03\x04" + bytes(30), b"MZ\x90\x00" + bytes(30), "chữ".encode("utf-16"), b""],
        ids=["zip", "exe", "utf-16 text", "empty"],
    )
    def test_other_files_are_refused(self, make_remedy, content):
        media = attach(make_remedy(media=False), content, "file.txt")
        with pytest.raises(ValidationError) as exc:
            media.full_clean()
        assert "file" in exc.value.message_dict

    def test_the_type_is_read_from_the_content_and_stored(self, make_remedy):
        media = attach(make_remedy(media=False), GOOD["image/png"], "recording.mp3", kind="image")
        media.full_clean()
        media.save()
        assert KnowledgeMedia.objects.get(pk=media.pk).mime_type == "image/png"


class TestAdminUpload:
    def media_form(self, upload):
        return inline_formset(
            [
                {
                    "kind": "image",
                    "title": "Ảnh lá",
                    "file": upload,
                    "caption_vi": "",
                    "credit": "Demo",
                    "licence": "CC BY",
                    "transcript_vi": "",
                    "transcript": "",
                    "transcript_language": "",
                }
            ]
        )

    def test_html_disguised_as_an_image_is_refused_with_its_reason(
        self, admin_client, make_remedy, source, condition
    ):
        remedy = make_remedy(media=False)
        upload = SimpleUploadedFile("leaf.jpg", DISGUISED[0][1], content_type="image/jpeg")
        species = remedy.ingredient_list[0].species
        response = _edit(
            admin_client, remedy, species, source, condition, media=self.media_form(upload)
        )
        assert response.status_code == 200
        assert any("HTML/SVG" in e for e in errors(response)), errors(response)
        assert not KnowledgeMedia.objects.exists()

    def test_an_attachment_over_the_limit_is_refused_with_the_limit(
        self, admin_client, settings, make_remedy, source, condition
    ):
        settings.KNOWLEDGE_MEDIA_MAX_UPLOAD_SIZE = 1024  # rather than build a 20 MB file
        remedy = make_remedy(media=False)
        content = GOOD["image/png"].ljust(3 * 1024, b"\0")
        upload = SimpleUploadedFile("leaf.png", content, content_type="image/png")
        species = remedy.ingredient_list[0].species
        response = _edit(
            admin_client, remedy, species, source, condition, media=self.media_form(upload)
        )
        assert response.status_code == 200
        message = "Tệp này quá lớn (3,0 KB); tệp đính kèm chỉ được tối đa 1,0 KB."
        assert message in errors(response), errors(response)
        assert not KnowledgeMedia.objects.exists()

    def test_an_image_is_saved_with_its_detected_type(
        self, admin_client, make_remedy, source, condition
    ):
        remedy = make_remedy(media=False)
        upload = SimpleUploadedFile("leaf.jpg", GOOD["image/png"], content_type="image/jpeg")
        species = remedy.ingredient_list[0].species
        response = _edit(
            admin_client, remedy, species, source, condition, media=self.media_form(upload)
        )
        assert response.status_code == 302, errors(response)
        assert KnowledgeMedia.objects.get().mime_type == "image/png"


def get(url):
    response = Client().get(url)
    assert response.status_code == 200
    return response


def assert_cannot_run(response):
    assert response["X-Content-Type-Options"] == "nosniff"
    policy = response["Content-Security-Policy"]
    assert "default-src 'none'" in policy
    if response["Content-Type"] != "application/pdf":
        assert "sandbox" in policy


class TestServing:
    @pytest.mark.parametrize("kind", ["image/png", "audio/mpeg", "application/pdf"])
    def test_media_is_inline_with_its_detected_type(self, make_remedy, kind):
        media = attach(make_remedy(media=False), GOOD[kind], "file.bin")
        media.save()
        response = get(media.url)
        assert response["Content-Type"] == kind
        assert response["Content-Disposition"].startswith("inline")
        assert_cannot_run(response)

    def test_a_transcript_is_utf8_plain_text(self, make_remedy):
        media = make_remedy().media.get()  # the fixture's notes-public.txt
        response = get(media.url)
        assert response["Content-Type"] == "text/plain; charset=utf-8"
        assert_cannot_run(response)

    def test_an_html_file_stored_before_the_check_is_only_a_download(self, make_remedy):
        media = make_remedy().media.get()
        name = ProtectedStorage().save("knowledge/old.html", ContentFile(DISGUISED[0][1]))
        KnowledgeMedia.objects.filter(pk=media.pk).update(file=name, mime_type="")
        media.refresh_from_db()
        response = get(media.url)
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"].startswith("attachment")
        assert_cannot_run(response)

    def test_an_old_file_with_a_misleading_name_is_served_as_what_it_is(self, make_remedy):
        media = make_remedy().media.get()
        name = ProtectedStorage().save("knowledge/old.html", ContentFile(GOOD["image/png"]))
        KnowledgeMedia.objects.filter(pk=media.pk).update(file=name, mime_type="")
        media.refresh_from_db()
        response = get(media.url)
        assert response["Content-Type"] == "image/png"
        assert_cannot_run(response)


def test_a_consent_document_is_checked_like_an_attachment():
    # Only stewards open it, but it sits in the same protected storage: a page disguised
    # as a scan would run in a steward's browser.
    field = ConsentRecord._meta.get_field("document")
    page = SimpleUploadedFile("consent.pdf", DISGUISED[0][1], content_type="application/pdf")
    page._committed = False
    with pytest.raises(ValidationError) as refused:
        field.run_validators(page)
    assert "HTML/SVG" in " ".join(refused.value.messages)
    scan = SimpleUploadedFile("consent.png", GOOD["image/png"], content_type="image/png")
    scan._committed = False
    field.run_validators(scan)  # a scan passes
