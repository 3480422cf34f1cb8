"""Document uploads in the admin: only the site's kinds of file, no larger than the limit.

Documents are served from the site's own origin, so an HTML or SVG document
would be a page under the site's name; a file over the limit would otherwise be
cut off by the proxy with no reason given. Each is refused by the admin's form
with one message, in the editor's language, and nothing is saved.
"""

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.documents.models import Document

PDF = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n"


def upload(admin_client, name, content):
    data = {"title": "Hồ sơ", "file": SimpleUploadedFile(name, content), "collection": 1}
    return admin_client.post("/admin/documents/add/", data)


def refusal(response):
    """The file field's messages as the editor reads them (spaces made plain)."""
    assert response.status_code == 200
    return [" ".join(e.split()) for e in response.context["form"].errors["file"]]


def test_the_limit_is_the_images_limit(settings):
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE == settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE
    assert settings.KNOWLEDGE_MEDIA_MAX_UPLOAD_SIZE == settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE


def test_a_pdf_within_the_limit_is_saved(admin_client):
    response = upload(admin_client, "so-tay.pdf", PDF)
    assert response.status_code == 302
    assert Document.objects.get().file.name.endswith(".pdf")


def test_a_document_over_the_limit_is_refused_with_the_limit(admin_client, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024  # rather than build a 20 MB file
    response = upload(admin_client, "so-tay.pdf", PDF.ljust(3 * 1024, b"\n"))
    # One reason, not also "extension “” is not allowed" from the model's own check.
    assert refusal(response) == ["Tệp này quá lớn (3,0 KB); tài liệu chỉ được tối đa 1,0 KB."]
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("trang.html", b"<html><script>alert(document.cookie)</script></html>"),
        ("hinh.svg", b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
    ],
)
def test_markup_documents_are_refused(admin_client, name, content):
    response = upload(admin_client, name, content)
    extension = name.rsplit(".", 1)[1]
    assert refusal(response) == [
        f"Không thể tải lên tệp loại “.{extension}” làm tài liệu; chỉ được tải lên "
        "csv, docx, odt, pdf, txt, xlsx, mp3, ogg, m4a."
    ]
    assert Document.objects.count() == 0


def test_the_multiple_uploader_refuses_with_the_same_message(admin_client):
    file = SimpleUploadedFile("trang.html", b"<html></html>")
    response = admin_client.post("/admin/documents/multiple/add/", {"files[]": file})
    answer = json.loads(response.content)
    assert answer["success"] is False
    assert answer["error_message"].startswith("Không thể tải lên tệp loại “.html”")
    assert Document.objects.count() == 0
