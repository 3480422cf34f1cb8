"""The 404 page speaks the visitor's language and offers a way on; the 500 page needs
nothing that may be what failed (database, translations, the static manifest)."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import path


def broken(request):
    raise RuntimeError("secret detail: the database password is hunter2")


# A test-only URL configuration: one view that always fails.
urlpatterns = [path("broken/", broken)]


class TestNotFound:
    def test_in_english_with_the_site_header_a_search_box_and_a_way_home(self, home):
        response = Client().get("/en/no-such-page/")
        assert response.status_code == 404
        html = response.content.decode()
        assert '<html lang="en">' in html
        assert 'class="site-header"' in html
        assert "Page not found" in html
        assert '<form method="get" action="/en/search/" role="search"' in html
        assert 'name="q"' in html
        assert '<a class="button" href="/en/">' in html

    def test_in_vietnamese_under_vi(self, home):
        response = Client().get("/vi/khong-co-trang-nay/")
        assert response.status_code == 404
        html = response.content.decode()
        assert '<html lang="vi">' in html
        assert 'action="/vi/search/"' in html
        assert "Tìm kiếm" in html and "Trang chủ" in html
        assert "Không tìm thấy trang" in html

    @pytest.mark.parametrize("code", ["fr", "zh-hans"])
    def test_in_every_configured_language(self, home, code):
        response = Client().get(f"/{code}/no-such-page/")
        assert response.status_code == 404
        assert f'<html lang="{code}">' in response.content.decode()

    def test_an_unpublished_page_is_a_404_too(self, make_species):
        species = make_species(vi="Tam thất")
        url = species.url
        species.unpublish()
        response = Client().get(url)
        assert response.status_code == 404 and 'class="site-header"' in response.content.decode()


class TestServerError:
    def test_a_failing_view_gets_the_bilingual_page_without_the_error(self, db, settings):
        settings.ROOT_URLCONF = __name__
        client = Client(raise_request_exception=False)
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/broken/")
        assert response.status_code == 500
        html = response.content.decode()
        assert "Đã xảy ra lỗi" in html and "Something went wrong" in html
        assert 'class="site-header"' in html
        assert 'href="/static/museum/css/site.css"' in html
        assert "hunter2" not in html and "RuntimeError" not in html
        assert len(queries) == 0

    def test_renders_with_an_empty_context(self):
        from django.template import loader

        html = loader.get_template("500.html").render()
        assert "Dược liệu số" in html
        assert "{%" not in html and "{{" not in html
