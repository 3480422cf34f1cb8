"""The search page and the suggestion endpoint, as a visitor uses them."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from species.models import PartUsed
from tests.search.factories import CATALOGUE
from tests.search.test_embedded import PATHOLOGICAL


@pytest.fixture
def catalogue(search_backend, home):
    search_backend.index(CATALOGUE)


def test_search_page_shows_hits_snippets_and_facets(client, catalogue):
    html = client.get("/vi/search/?q=tam+that").content.decode()
    assert '<a href="/vi/tam-that/">Tam thất</a>' in html
    assert "<mark>tam</mark> <mark>thất</mark>" in html
    assert 'name="family" value="Araliaceae"' in html
    assert "kết quả" in html or "results" in html
    assert '<html lang="vi">' in html


def test_filters_are_links_that_can_be_removed_one_by_one(client, catalogue):
    html = client.get("/vi/search/?q=&part=root&province=lao-cai").content.decode()
    assert 'href="/vi/tam-that/"' in html and 'href="/vi/duong-quy/"' in html
    assert 'href="/vi/nhan-sam/"' not in html
    assert 'href="?q=&amp;province=lao-cai"' in html  # removes part=root only
    assert 'href="?q=&amp;part=root"' in html


@pytest.mark.parametrize(
    "lang, chip",
    [("en", "Province: Lào Cai"), ("fr", "Province : Lào Cai"), ("zh-hans", "：Lào Cai")],
)
def test_an_active_filter_names_its_facet_in_the_visitors_language(client, catalogue, lang, chip):
    """A chip "Lào Cai ✕" alone could be a province or a growing area, and a screen reader read
    it as a link named "Lào Cai"."""
    html = client.get(f"/{lang}/search/?q=&province=lao-cai").content.decode()
    links = re.findall(r'<a href="\?q=" aria-label="([^"]*)">([^<]*) ✕</a>', html)
    assert len(links) == 1, links
    aria, text = links[0]
    assert chip in text
    assert text in aria and aria != text  # "Remove filter Province: Lào Cai"


def test_a_chosen_value_past_the_most_frequent_stays_ticked(client, catalogue, monkeypatch):
    """The next search or "Apply filters" sends the ticked boxes: a chosen value the
    facet no longer showed was dropped without a word."""
    from search.backends import embedded

    monkeypatch.setattr(embedded, "VALUES_SHOWN", 1)
    html = client.get("/vi/search/?q=&part=leaf").content.decode()
    assert re.search(r'name="part" value="leaf" checked>', html)
    assert re.search(r'<input type="hidden" name="part" value="leaf">', html)


def test_did_you_mean(client, catalogue):
    html = client.get("/vi/search/?q=notogingseng").content.decode()
    assert "notoginseng" in html and 'href="/vi/tam-that/"' in html


def test_english_page(client, catalogue):
    html = client.get("/en/search/?q=duong+quy").content.decode()
    assert '<html lang="en">' in html and 'href="/en/duong-quy/"' in html


def test_works_without_javascript(client, catalogue):
    html = client.get("/vi/search/").content.decode()
    assert '<form method="get"' in html and "defer" in html  # the script only enhances


def test_suggest_endpoint(client, catalogue):
    data = client.get("/vi/search/suggest/?q=hoang").json()
    assert data["suggestions"][0] == {
        "title": "Hoàng liên",
        "url": "/vi/hoang-lien/",
        "kind": "Loài",
    }
    assert client.get("/vi/search/suggest/?q=").json() == {"suggestions": []}


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_pathological_input_gets_a_normal_page(client, catalogue, text):
    assert client.get("/vi/search/", {"q": text, "page": "-3"}).status_code == 200
    assert client.get("/vi/search/suggest/", {"q": text}).status_code == 200


def test_bad_page_and_unknown_facets(client, catalogue):
    assert client.get("/vi/search/?q=tam&page=999999&nope=1&part=").status_code == 200


def test_language_switcher_keeps_the_search(client, catalogue):
    html = client.get("/vi/search/?q=tam+that&part=root").content.decode()
    assert 'href="/en/search/?q=tam+that&amp;part=root"' in html


def test_facet_labels_are_read_once_and_follow_a_rename(client, catalogue):
    def part_facet(query):
        with CaptureQueriesContext(connection) as queries:
            html = client.get("/vi/search/", {"q": query}).content.decode()
        return html, sum("species_partused" in q["sql"] for q in queries.captured_queries)

    html, reads = part_facet("")
    assert "Rễ" in html and reads == 1
    html, reads = part_facet("tam")  # another query: not the page cache's copy
    assert "Rễ" in html and reads == 0
    assert "Root" in client.get("/en/search/", {"q": "tam"}).content.decode()  # per language

    root = PartUsed.objects.get(code="root")
    root.name_vi = "Rễ cái"
    root.save()  # in every process: the page cache's generation moves
    html, reads = part_facet("that")
    assert "Rễ cái" in html and reads == 1
