"""Remedy exports: cells a spreadsheet would run are neutralised, restricted copies never kept."""

import csv
import io

from django.test import Client

from species.spreadsheets import neutralise_formula


def rows(response):
    return list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))


def test_a_title_that_is_a_formula_is_exported_as_text(make_remedy):
    make_remedy(title='=HYPERLINK("http://evil","Tam thất")')
    response = Client().get("/vi/bai-thuoc/csv/")
    assert rows(response)[0]["title"] == '\'=HYPERLINK("http://evil","Tam thất")'


def test_restricted_remedies_as_csv_or_print_are_never_stored(make_remedy, visitors):
    make_remedy(title="Thuốc quelvarin", level="registered")
    client = Client()
    client.force_login(visitors["registered"])
    for url in ("/vi/bai-thuoc/csv/", "/vi/bai-thuoc/print/"):
        response = client.get(url)
        assert "quelvarin" in response.content.decode("utf-8-sig"), url
        cache_control = {d.strip() for d in response["Cache-Control"].split(",")}
        assert {"private", "no-store"} <= cache_control, url


def test_only_text_that_starts_like_a_formula_changes():
    for value in ["=1+1", "+84 912", "-3", "@SUM(A1)", "\tx", "\rx"]:
        assert neutralise_formula(value) == "'" + value
    for value in ["Tam thất", "", "a=b", " =x", "'quoted"]:
        assert neutralise_formula(value) == value
    assert neutralise_formula(-3) == -3 and neutralise_formula(None) is None
