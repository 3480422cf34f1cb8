"""axe-core in every language: the demo's visitor path (home, species, exhibit, tour,
map, festival, lesson kit) in Chinese and French, and the English and Vietnamese pages
of it that test_museum_on_a_phone.py does not already check, at 360 px: no WCAG 2.2
A/AA violation (issue 15). A translation can bring its own: a missing ``lang`` on
text in another script, a label that no longer matches, a longer word that overflows.
"""

import re
import urllib.request

import pytest

from tests.browser.test_museum_on_a_phone import AXE, axe_problems
from tests.browser.test_museum_on_a_phone import PAGES as CHECKED

pytestmark = pytest.mark.browser

# The visitor path by its Vietnamese address; other languages' addresses are each
# page's own hreflang links (slugs are translated).
VISITOR_PATH = {
    "home": "/vi/",
    "species": "/vi/loai/sam-lai-chau/",
    "exhibit": "/vi/trung-bay/cau-chuyen-sam-lai-chau/",
    "tour": "/vi/tham-quan/mot-vong-vuon/",
    "map": "/vi/ban-do/",
    "festival": "/vi/tham-quan/le-hoi-van-hoa-sam/",
    "lesson": "/vi/nha-truong/cay-thuoc-quy-va-bao-ve/",
}
LANGUAGES = ["vi", "en", "zh-hans", "fr"]


def _already_checked(name, lang):
    """Whether test_museum_on_a_phone.py runs axe on this page in this language."""
    path = VISITOR_PATH[name]
    return (
        lang == "vi"
        and path in CHECKED.values()
        or (
            lang == "en" and name in ("map", "festival")  # its "map" and "festival" are English
        )
    )


CASES = [
    (name, lang) for lang in LANGUAGES for name in VISITOR_PATH if not _already_checked(name, lang)
]


@pytest.fixture(scope="module")
def addresses(demo_server):
    """{page: {language: URL}} read from the Vietnamese pages' hreflang links."""
    found = {}
    for name, path in VISITOR_PATH.items():
        with urllib.request.urlopen(demo_server + path, timeout=30) as response:
            html = response.read().decode()
        found[name] = dict(
            re.findall(r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"', html)
        )
        assert set(found[name]) >= set(LANGUAGES), f"{name} lacks a language: {found[name]}"
    return found


@pytest.mark.skipif(not AXE.exists(), reason="axe-core is not installed (make install-test)")
@pytest.mark.parametrize(("name", "lang"), CASES)
def test_axe_core_finds_no_violation_in_the_language(addresses, phone, name, lang):
    # Map tiles come from OpenStreetMap; tests do not reach the internet.
    phone.context.route("https://tile.openstreetmap.org/**", lambda route: route.abort())
    response = phone.goto(addresses[name][lang])
    assert response.status == 200
    phone.wait_for_load_state("networkidle")  # the map draws its controls late
    assert phone.evaluate("document.documentElement.lang") == lang
    problems = axe_problems(phone)
    assert problems == [], "\n".join(problems)
