"""Language-prefixed URLs, the switcher, hreflang alternates and the fallback notice."""

import re

import pytest

FALLBACK_EN = "Not yet translated: shown in Vietnamese."


@pytest.fixture
def species(make_species):
    return make_species(
        vi="Tam thất",
        en="Notoginseng",
        summary={"vi": "Cây thuốc cầm máu.", "en": "A haemostatic herb."},
        morphology={"vi": "<p>Cây thảo sống lâu năm.</p>"},  # no English yet
    )


def test_root_redirects_to_the_browser_language(client, home):
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").url == "/en/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="vi").url == "/vi/"
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="de").url == "/vi/"  # default language


def test_each_language_has_its_own_slugs(client, species):
    vi = client.get("/vi/loai/tam-that/")
    en = client.get("/en/species/notoginseng/")
    assert vi.status_code == en.status_code == 200
    assert "<h1>Tam thất</h1>" in vi.content.decode()
    assert (
        '<h1>Notoginseng <span class="title-vi">— <span lang="vi">Tam thất</span></span></h1>'
        in en.content.decode()
    )
    assert '<html lang="en">' in en.content.decode()


def test_switcher_links_to_the_same_page_in_each_language(client, species):
    html = client.get("/vi/loai/tam-that/").content.decode()
    nav = html[html.index('class="languages"') :]
    assert 'href="/en/species/notoginseng/"' in nav
    assert 'href="/fr/loai/tam-that/"' in nav  # untranslated slug falls back to Vietnamese
    assert 'href="/zh-hans/loai/tam-that/"' in nav
    assert re.search(r'href="/vi/loai/tam-that/"[^>]*aria-current="true"', nav)


def test_switcher_keeps_filters_on_the_index(client, index, species):
    html = client.get("/vi/loai/?part=root&page=2").content.decode()
    assert 'href="/en/species/?part=root"' in html


def test_hreflang_alternates_name_the_translated_versions(client, species):
    """Search engines are told of the versions the sitemap lists (museum.sitemaps): the
    Vietnamese and every language the title is translated into, not the fallbacks."""
    html = client.get("/en/species/notoginseng/").content.decode()
    for code, path in [("vi", "/vi/loai/tam-that/"), ("en", "/en/species/notoginseng/")]:
        assert f'<link rel="alternate" hreflang="{code}" href="http://testserver{path}">' in html
    assert '<link rel="alternate" hreflang="fr"' not in html
    assert '<link rel="alternate" hreflang="zh-hans"' not in html
    # The visitor's switcher still offers every language.
    assert 'href="/fr/loai/tam-that/"' in html and 'href="/zh-hans/loai/tam-that/"' in html


def test_fallback_notice_only_where_a_field_falls_back(client, species):
    en = client.get("/en/species/notoginseng/").content.decode()
    assert en.count(FALLBACK_EN) == 1  # morphology only; the summary has English
    assert '<div lang="vi"><p>Cây thảo sống lâu năm.</p></div>' in en
    assert "A haemostatic herb." in en
    vi = client.get("/vi/loai/tam-that/").content.decode()
    assert "Chưa được dịch" not in vi


def test_french_page_marks_every_fallback_and_says_so_once(client, species):
    fr = client.get("/fr/loai/tam-that/").content.decode()
    # Both fields fall back; the page says so once.
    assert fr.count('lang="vi"><p>Cây thảo') == 1
    assert fr.count('class="fallback-notice"') == 1
    assert '<p class="lead" lang="vi">Cây thuốc cầm máu.</p>' in fr


def test_interface_strings_in_vietnamese_and_english(client, species):
    vi = client.get("/vi/loai/tam-that/").content.decode()
    en = client.get("/en/species/notoginseng/").content.decode()
    assert "Tình trạng bảo tồn" in vi and "Chuyển đến nội dung" in vi
    assert "Conservation status" in en and "Skip to content" in en
