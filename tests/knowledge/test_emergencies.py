"""Emergencies first: a remedy used for snakebite, heavy bleeding or poisoning opens with
"Seek emergency care now" and the emergency number, before anything else on the page."""

import importlib
from html.parser import HTMLParser

from django.apps import apps
from django.test import Client
from django.utils.translation import gettext, override

from knowledge.demo.build import _conditions
from knowledge.demo.content import REMEDIES
from knowledge.models import Condition

SEEK = "Seek emergency care now"


def html_of(page, lang="vi"):
    return Client().get(f"/{lang}/bai-thuoc/{page.slug}/").content.decode()


def said(msgid, lang="vi"):
    """``msgid`` as a visitor reading ``lang`` sees it (translated once the catalogue has it)."""
    with override(lang):
        return gettext(msgid)


class MainTags(HTMLParser):
    """The start tags inside <main>, in order, with their attributes."""

    def __init__(self):
        super().__init__()
        self.inside = False
        self.tags = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "main":
            self.inside = True
        elif self.inside:
            self.tags.append((tag, attrs))

    def handle_endtag(self, tag):
        if tag == "main":
            self.inside = False


def first_content_tag(html):
    """The first element of the main content (inside the page's <article>)."""
    parser = MainTags()
    parser.feed(html)
    tags = [t for t in parser.tags if t[0] != "article"]
    return tags[0]


def test_an_emergency_remedy_opens_with_the_notice_before_the_cautions(make_remedy, condition):
    condition.is_emergency = True
    condition.save()
    html = html_of(make_remedy())
    tag, attrs = first_content_tag(html)
    assert attrs.get("data-warning") == "emergency", (tag, attrs)
    assert attrs.get("role") == "alert"
    notice = html.index('data-warning="emergency"')
    # Above everything a reader could mistake for the answer: the remedy, its cautions,
    # the "not medical advice" notice.
    assert notice < html.index('data-notice="not-advice"')
    assert notice < html.index('id="cautions-h"')
    assert notice < html.index("<h1>")
    block = html[notice : html.index("</div>", notice)]
    # Words, not colour: the instruction, the condition it is for, and the number to call.
    assert said(SEEK) in block
    assert "Chảy máu" in block
    assert "115" in block and 'href="tel:115"' in block


def test_the_notice_is_in_english_on_the_english_page(make_remedy, condition):
    condition.is_emergency = True
    condition.save()
    remedy = make_remedy()
    with override("en"):
        url = remedy.get_url()
    response = Client().get(url)
    assert response.status_code == 200, url
    html = response.content.decode()
    assert '<html lang="en">' in html
    assert SEEK in html
    assert "the emergency medical number in Vietnam" in html


def test_a_remedy_for_no_emergency_has_no_emergency_notice(make_remedy, condition):
    assert condition.is_emergency is False  # a new condition is not an emergency
    html = html_of(make_remedy())
    assert 'data-warning="emergency"' not in html
    assert "tel:115" not in html
    assert said(SEEK) not in html


def test_the_remedy_list_marks_the_emergency_remedies(make_remedy, make_species, condition):
    snakebite = Condition.objects.create(code="snakebite", name="Rắn cắn", is_emergency=True)
    urgent = make_remedy(
        title="Bảy lá một hoa chữa rắn cắn",
        slug="bay-la-mot-hoa",
        species=make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa"),
    )
    urgent.conditions.set([snakebite])
    urgent.save_revision().publish()
    make_remedy(title="Tam thất cầm máu", slug="tam-that")  # bleeding, not flagged here
    client = Client()
    for url in ("/vi/bai-thuoc/", "/vi/bai-thuoc/print/"):
        html = client.get(url).content.decode()
        cards = {
            title: html[html.index(title) : html.index(title) + 600]
            for title in ("Bảy lá một hoa chữa rắn cắn", "Tam thất cầm máu")
        }
        assert 'data-warning="emergency"' in cards["Bảy lá một hoa chữa rắn cắn"], url
        assert "115" in cards["Bảy lá một hoa chữa rắn cắn"], url
        assert 'data-warning="emergency"' not in cards["Tam thất cầm máu"], url
        assert html.count('data-warning="emergency"') == 1, url


def test_the_admin_can_tick_the_flag(admin_client, condition):
    url = f"/admin/snippets/knowledge/condition/edit/{condition.pk}/"
    form = admin_client.get(url).content.decode()
    assert 'name="is_emergency"' in form
    response = admin_client.post(
        url,
        {"name_vi": "Chảy máu", "name_en": "Bleeding", "code": "bleeding", "is_emergency": "on"},
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    condition.refresh_from_db()
    assert condition.is_emergency is True


def test_the_migration_flags_snakebite_bleeding_and_poisoning_only(db):
    migration = importlib.import_module("knowledge.migrations.0009_flag_emergency_conditions")
    for code in ("snakebite", "bleeding", "poisoning", "fever", "tonic"):
        Condition.objects.create(code=code, name=code)
    migration.flag(apps, None)
    flagged = set(Condition.objects.filter(is_emergency=True).values_list("code", flat=True))
    assert flagged == {"snakebite", "bleeding", "poisoning"}


def test_the_demo_flags_the_snakebite_remedy(db):
    _conditions()
    flagged = set(Condition.objects.filter(is_emergency=True).values_list("code", flat=True))
    assert flagged == {"snakebite", "bleeding"}
    snakebite = [r for r in REMEDIES if "snakebite" in r["conditions"]]
    assert snakebite, "the demo has a snakebite remedy"
