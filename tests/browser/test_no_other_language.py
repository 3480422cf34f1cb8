"""No word of another language in the interface: the demo's visitor path, in each of the
four languages, scanned in Chromium at 360 px for strings known to have leaked.

What counts is what a visitor reads or hears: the text of the header, the main content
and the footer (every <details> opened, as a curious visitor would), the choices of
their filters, and the placeholders, button values, alt texts and aria-labels in them. Text that is rightly in
another language says so with a ``lang`` attribute (a scientific name in Latin, a
Vietnamese name on an English page, content shown in Vietnamese behind the "not yet
translated" notice): any text whose closest ``[lang]`` is not the page's language is
left out, exactly as a screen reader switches voice for it.

The lists below are of leaks found on the demo (issue 15) and of the interface words
most likely to leak again; each entry says where it came from. A list, not a language
detector: proper names, scientific names and bibliographic titles of sources are often
English or Vietnamese and are not errors.
"""

import csv
import io
import re
import urllib.request

import pytest

from tests.test_catalogues import SAME_IN_FRENCH

pytestmark = pytest.mark.browser

LANGUAGES = ["vi", "en", "zh-hans", "fr"]

# The visitor path, by its Vietnamese address; each other language's address is the
# page's own hreflang link (slugs are translated). From tests/browser/*.py and
# bench/page_bench.py.
PAGES = {
    "home": "/vi/",
    "species-index": "/vi/loai/",
    "species": "/vi/loai/sam-lai-chau/",
    "exhibit": "/vi/trung-bay/cau-chuyen-sam-lai-chau/",
    "tour": "/vi/tham-quan/mot-vong-vuon/",
    "map": "/vi/ban-do/",
    "festival": "/vi/tham-quan/le-hoi-van-hoa-sam/",
    "lesson": "/vi/nha-truong/cay-thuoc-quy-va-bao-ve/",
    "remedies": "/vi/bai-thuoc/",
    "protected-list": "/vi/loai/nghi-dinh-84-2021/",
    "dashboard": "/vi/san-xuat/",
}
# The search page links to itself without the query: built by hand, with results.
SEARCH = "/{lang}/search/?q=tam+that"

# English that must not appear on a Vietnamese, Chinese or French page. Whole words,
# case as written. (text, languages it may rightly appear in besides English, origin)
ENGLISH = [
    (
        "listed",
        (),
        "badge: the code of the 'Listed' categories (NĐ 06/2019, SĐVN 2007, "
        "64/2019) beside the scheme, on species pages, lists, filters and facets (issue 15)",
    ),
    ("Listed", (), "assessment note 'Listed; group IA expected but not confirmed.' (issue 15)"),
    ("controlled", (), "badge: the code of the TT 16/2022 category (issue 15)"),
    ("kind", (), "search facet heading, registered as a plain string (issue 15)"),
    ("Authority", (), "protected-list CSV heading (issue 15)"),
    ("Assessments", (), "protected-list CSV heading (issue 15)"),
    (
        "Not assessed",
        (),
        "IUCN note of the demo species: 'Not assessed in the IUCN Red List v2021-1.' (issue 15)",
    ),
    (
        "range",
        ("fr",),
        "distribution rows 'Pu Si Lung range', 'Pu Sam Cáp range' (issue 15); "
        "'range' is also a French verb",
    ),
    (
        "Not yet translated",
        (),
        "the fallback notice (templates/includes/fallback_notice.html), "
        "English on every page in issue 15",
    ),
    (
        "Translated from Vietnamese",
        (),
        "the translation status note (templates/includes/translation_note.html), new in issue 15",
    ),
    ("Read more", (), "card links"),
    ("Search", (), "header link and search page (templates/base.html, search.html)"),
    ("Sign in", (), "header link (templates/base.html)"),
    ("Filter results", (), "filters of the search and index pages"),
    ("Apply filters", (), "filters of the search and index pages"),
    ("Conservation status", (), "species page heading and filter label"),
    ("Wild harvest", (), "species page heading"),
    ("Show on a map", (), "the map button site.js makes from data-show-map"),
    ("Zoom in", (), "the map's zoom control (Leaflet's English default)"),
    ("Zoom out", (), "the map's zoom control (Leaflet's English default)"),
    ("results", (), "result count of the search page"),
]
# Vietnamese interface words that must not appear on an English, Chinese or French page:
# the catalogue's Vietnamese of the interface, not content (a Vietnamese name or source
# title may rightly be there). (text, origin)
VIETNAMESE = [
    ("Tìm kiếm", "'Search': header link and search page"),
    ("Đăng nhập", "'Sign in': header link"),
    ("Lọc kết quả", "'Filter results'"),
    ("Áp dụng bộ lọc", "'Apply filters'"),
    ("Tình trạng bảo tồn", "'Conservation status'"),
    ("Khai thác tự nhiên", "'Wild harvest'"),
    ("Không nhầm với", "'Not to be confused with'"),
    ("Nguồn tài liệu", "'Sources'"),
    ("Không cần gõ dấu", "search hint 'Diacritics are optional'"),
    ("Bảo tàng số về cây thuốc", "the footer"),
    ("Chưa dịch", "the fallback notice"),
    ("dữ liệu mẫu, không có thật", "'sample data, not real'"),
    # A producer's kind ("processing facility", "cooperative") is written into the search
    # document of every language in Vietnamese. A Vietnamese quotation (a plan's wording)
    # that contains these words is fine once it is marked lang="vi".
    ("cơ sở chế biến", "a producer's kind in search results"),
    ("hợp tác xã", "a producer's kind in search results"),
]

# The text a visitor meets, leaving out what is marked as another language.
READ_TEXT = """() => {
  const page = (document.documentElement.lang || "").toLowerCase().split("-")[0];
  const foreign = (node) => {
    const marked = node.closest("[lang]");
    return marked && marked.getAttribute("lang").toLowerCase().split("-")[0] !== page;
  };
  document.querySelectorAll("details").forEach((d) => { d.open = true; });
  const parts = [];
  for (const root of document.querySelectorAll("header, main, footer")) {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const el = node.parentElement;
      if (!el || /^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(el.tagName)) continue;
      if (foreign(el) || !el.checkVisibility()) continue;
      parts.push(node.textContent);
    }
    // The choices of a filter are read when its list opens.
    for (const option of root.querySelectorAll("select option")) {
      if (!foreign(option) && option.closest("select").checkVisibility()) {
        parts.push(option.textContent);
      }
    }
    const heard = "[placeholder], [aria-label], img[alt], input[type=submit], input[type=button]";
    for (const el of root.querySelectorAll(heard)) {
      if (foreign(el)) continue;
      for (const attr of ["placeholder", "aria-label", "alt"]) {
        if (el.hasAttribute(attr)) parts.push(el.getAttribute(attr));
      }
      if (el.tagName === "INPUT" && el.value) parts.push(el.value);
    }
  }
  return parts.join(" ").replace(/\\s+/g, " ");
}"""


def _whole(text):
    return re.compile(rf"(?<!\w){re.escape(text)}(?!\w)")


def leaks_in(text, lang):
    """The known leaks found in ``text`` of a page in ``lang``, each with some context."""
    wanted = []
    if lang != "en":
        wanted += [(t, origin) for t, allowed, origin in ENGLISH if lang not in allowed]
    if lang != "vi":
        wanted += VIETNAMESE
    found = []
    for leak, origin in wanted:
        for match in _whole(leak).finditer(text):
            context = text[max(0, match.start() - 40) : match.end() + 40]
            found.append(f"{leak!r} ({origin}) in …{context}…")
            break
    return found


def _alternates(html):
    """{language: URL} of a page's <link rel="alternate" hreflang> elements."""
    links = re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
    return dict(links)


@pytest.fixture(scope="module")
def addresses(demo_server):
    """{page: {language: URL}} for the visitor path, read from each page's hreflang links."""
    found = {}
    for name, path in PAGES.items():
        with urllib.request.urlopen(demo_server + path, timeout=30) as response:
            found[name] = _alternates(response.read().decode())
        assert set(found[name]) >= set(LANGUAGES), f"{name} lacks a language: {found[name]}"
    found["search"] = {lang: demo_server + SEARCH.format(lang=lang) for lang in LANGUAGES}
    return found


def _language_params():
    return list(LANGUAGES)


@pytest.mark.parametrize("lang", _language_params())
def test_the_visitor_path_has_no_word_of_another_language(addresses, phone, artifacts, lang):
    # Map tiles come from OpenStreetMap; tests do not reach the internet.
    phone.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    leaks = []
    for name, urls in addresses.items():
        response = phone.goto(urls[lang])
        if response.status != 200:  # said, and the other pages still read
            leaks.append(f"{name}: HTTP {response.status} at {urls[lang]}")
            continue
        phone.wait_for_load_state("networkidle")  # the map draws its controls late
        assert phone.evaluate("document.documentElement.lang") == lang, name
        phone.screenshot(path=artifacts / f"{lang}-{name}-360.png", full_page=True)
        leaks += [f"{name}: {leak}" for leak in leaks_in(phone.evaluate(READ_TEXT), lang)]
    assert not leaks, f"{len(leaks)} leaks on /{lang}/ pages:\n" + "\n".join(leaks)


def _csv_headings(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return next(csv.reader(io.StringIO(response.read().decode("utf-8-sig"))))


# CSV downloads of the visitor path whose headings are words for people, not keys.
CSVS = {
    "protected-list": "csv/",  # "Authority, Assessments" on the Vietnamese list (issue 15)
    "dashboard": "csv/indicators/",
}


@pytest.mark.parametrize("lang", _language_params())
def test_csv_headings_are_in_the_language_of_the_page(addresses, lang):
    leaks = []
    for name, suffix in CSVS.items():
        headings = _csv_headings(addresses[name][lang] + suffix)
        leaks += [f"{name}: {leak}" for leak in leaks_in(" ; ".join(headings), lang)]
        if lang != "en":
            english = _csv_headings(addresses[name]["en"] + suffix)
            copied = [h for h, e in zip(headings, english, strict=True) if h == e]
            # Proper names and codes may rightly read the same; column words may not.
            copied = [h for h in copied if re.search(r"[a-z]{3}", h) and h != "URL"]
            # French words spelled as in English ("plan", "province") are French.
            copied = [h for h in copied if not (lang == "fr" and h in SAME_IN_FRENCH)]
            if copied:
                leaks.append(f"{name}: headings left in English: {copied}")
    assert not leaks, "\n".join(leaks)


def test_the_scan_finds_a_leak_and_spares_what_is_marked(phone):
    """The scanner itself: an English badge word counts, a word marked lang="en" does not,
    nor a Vietnamese name marked lang="vi" on an English page."""
    phone.set_content(
        '<html lang="vi"><body><main><p>NĐ 06/2019 <b>listed</b></p>'
        '<p lang="en">Search <i>listed</i></p><p lang="la">Panax</p>'
        "<select><option>Tất cả</option><option>TT 16/2022 controlled</option></select>"
        "</main></body></html>"
    )
    text = phone.evaluate(READ_TEXT)
    found = [leak.split(" ")[0] for leak in leaks_in(text, "vi")]
    assert found == ["'listed'", "'controlled'"]  # the badge, and a filter's choice
    assert "Search" not in text
    phone.set_content(
        '<html lang="en"><body><header><a>Tìm kiếm</a></header>'
        '<main><h1>Notoginseng <span lang="vi">Tìm kiếm</span></h1>'
        "<details><summary>More</summary><p>hợp tác xã</p></details></main></body></html>"
    )
    text = phone.evaluate(READ_TEXT)
    # The header's link counts, the title marked lang="vi" does not; a closed <details>
    # is read as if opened.
    assert text.count("Tìm kiếm") == 1
    assert [leak.split(" (")[0] for leak in leaks_in(text, "en")] == ["'Tìm kiếm'", "'hợp tác xã'"]
