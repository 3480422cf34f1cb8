"""The sitemap as a search engine reads it: an index of one section per language, each a
valid sitemaps.org URL set whose entries name every language version of their page.

The tree is built once for the module: a home page, an exhibit collection and exhibits
translated into every language, one into English only, a draft, a password-protected
exhibit with a child, and knowledge at every access level (and one whose consent has
lapsed). Each test runs in a savepoint inside it.
"""

import datetime
import xml.etree.ElementTree as ET
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
import xmlschema
from django.conf import settings
from django.db import connection, transaction
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from wagtail.models import PageViewRestriction

from base.content import add_index_page, set_translated
from knowledge.models import ConsentRecord, KnowledgeIndexPage, KnowledgePage
from museum import sitemaps
from museum.models import ExhibitIndexPage, ExhibitPage
from search import service
from search.backends.embedded import EmbeddedBackend
from tests.conftest import build_home
from tests.sitemap_reader import sitemap_text

FIXTURES = Path(__file__).parent / "fixtures"
NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
PUBLIC = "https://duoclieu.example"
LANGUAGES = ["vi", "en", "zh-hans", "fr"]
EVERY = {"vi": "Trưng bày", "en": "Exhibits", "zh-hans": "展览", "fr": "Expositions"}


def titles(vi, en=None, zh=None, fr=None):
    return {"vi": vi, "en": en, "zh_hans": zh, "fr": fr}


def slugs(base, languages=("vi", "en", "zh_hans", "fr")):
    return {lang: f"{base}-{lang.replace('_', '-')}" for lang in languages}


def exhibit(parent, slug, title, live=True):
    page = ExhibitPage(summary="Câu chuyện")
    set_translated(page, "title", title)
    set_translated(page, "slug", slugs(slug, [k for k, v in title.items() if v]))
    parent.add_child(instance=page)
    revision = page.save_revision()
    if live:
        revision.publish()
    else:
        page.live = False
        page.save()
    return page


def article(parent, slug, level, community=None, lapsed=False):
    page = KnowledgePage(
        title=f"Tri thức {slug}",
        title_vi=f"Tri thức {slug}",
        slug=slug,
        slug_vi=slug,
        body="<p>Trồng dưới tán rừng.</p>",
        access_level=level,
        community=community,
    )
    parent.add_child(instance=page)
    if lapsed:
        page.consents.add(
            ConsentRecord(
                given_by="Người Dao",
                date=datetime.date(2020, 1, 1),
                expires=datetime.date(2021, 1, 1),
            )
        )
        page.save()
    page.save_revision().publish()
    return page


@pytest.fixture(scope="module")
def tree(django_db_setup, django_db_blocker, tmp_path_factory):
    """{name: page} of the module's tree, built once in a transaction rolled back at the end."""
    from knowledge.models import Community

    backend = EmbeddedBackend(tmp_path_factory.mktemp("sitemap") / "search-index")
    backend.mark_built()
    outer = transaction.atomic()
    pages = {}
    with django_db_blocker.unblock():
        outer.__enter__()
        try:
            with (
                pytest.MonkeyPatch.context() as patch,
                translation.override(settings.LANGUAGE_CODE),
            ):
                patch.setattr(service, "embedded_backend", lambda: backend)
                patch.setattr(service, "elastic_backend", lambda: None)
                home = build_home()
                set_translated(
                    home,
                    "title",
                    titles("Dược liệu số", "Medicinal plants", "药用植物", "Plantes médicinales"),
                )
                set_translated(home, "slug", {"vi": "trang-chu", "en": "home"})
                home.save_revision().publish()
                pages["home"] = home
                pages["exhibits"] = add_index_page(
                    home,
                    ExhibitIndexPage,
                    {k.replace("-", "_"): v for k, v in EVERY.items()},
                    slugs("trung-bay"),
                )
                pages["translated"] = exhibit(
                    pages["exhibits"], "sam", titles("Sâm", "Ginseng", "人参", "Ginseng")
                )
                pages["english only"] = exhibit(
                    pages["exhibits"], "thao-qua", titles("Thảo quả", "Black cardamom")
                )
                pages["draft"] = exhibit(
                    pages["exhibits"],
                    "ban-nhap",
                    titles("Bản nháp", "Draft", "草稿", "Brouillon"),
                    live=False,
                )
                locked = exhibit(
                    pages["exhibits"], "khoa", titles("Khoá", "Locked", "锁", "Verrouillé")
                )
                PageViewRestriction.objects.create(
                    page=locked, restriction_type=PageViewRestriction.PASSWORD, password="x"
                )
                pages["locked"] = locked
                pages["under locked"] = exhibit(
                    locked, "con-khoa", titles("Con", "Child", "子", "Enfant")
                )
                knowledge = add_index_page(
                    home,
                    KnowledgeIndexPage,
                    {"vi": "Tri thức", "en": "Knowledge"},
                    {"vi": "tri-thuc", "en": "knowledge"},
                )
                dao = Community.objects.create(code="dao", name="Người Dao", ethnic_group="Dao")
                pages["knowledge"] = knowledge
                pages["public item"] = article(knowledge, "cong-khai", "public")
                pages["registered item"] = article(knowledge, "dang-ky", "registered")
                pages["community item"] = article(knowledge, "cong-dong", "community", dao)
                pages["withheld item"] = article(knowledge, "giu-lai", "withheld")
                pages["lapsed item"] = article(knowledge, "het-han", "public", lapsed=True)
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    backend.close()
    try:
        yield pages
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


@pytest.fixture
def site(tree, db, settings):
    settings.PUBLIC_BASE_URL = PUBLIC
    return tree


@pytest.fixture(scope="module")
def schemas():
    return {
        "index": xmlschema.XMLSchema(str(FIXTURES / "siteindex.xsd")),
        "urlset": xmlschema.XMLSchema(
            [str(FIXTURES / "sitemap.xsd"), str(FIXTURES / "xhtml-link.xsd")]
        ),
    }


@pytest.fixture
def researcher(django_user_model):
    return django_user_model.objects.create_user("researcher", password="x")


def path_of(url):
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def public_url(page, language):
    with translation.override(language):
        return PUBLIC + page.get_url()


def index_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml"
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]


def entries(client, url):
    """{loc: {hreflang: href}} of one sitemap file."""
    response = client.get(path_of(url))
    assert response.status_code == 200, url
    root = ET.fromstring(response.content)
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


def every_entry(client):
    """{section address: {loc: {hreflang: href}}} of the whole sitemap, page by page."""
    return {url: entries(client, url) for url in index_locations(client)}


def test_the_index_and_every_section_validate_against_the_sitemap_schemas(site, schemas):
    client = Client()
    index = client.get("/sitemap.xml")
    schemas["index"].validate(index.content.decode())
    sections = index_locations(client)
    assert sections == [f"{PUBLIC}/sitemap-{lang}.xml" for lang in LANGUAGES]
    for url in sections:
        response = client.get(path_of(url))
        assert response.status_code == 200
        assert response["X-Robots-Tag"].startswith("noindex")  # the file, not the pages
        schemas["urlset"].validate(response.content.decode())


@pytest.mark.parametrize("who", ["anonymous", "researcher"])
def test_every_public_page_is_listed_in_every_language_with_all_its_versions(site, researcher, who):
    client = Client()
    if who == "researcher":
        client.force_login(researcher)
    listed = every_entry(client)
    for name in ("home", "exhibits", "translated"):
        page = site[name]
        versions = {lang: public_url(page, lang) for lang in LANGUAGES}
        assert len(set(versions.values())) == 4, versions  # four addresses, four languages
        expected = {**versions, "x-default": versions["vi"]}
        for lang in LANGUAGES:
            section = listed[f"{PUBLIC}/sitemap-{lang}.xml"]
            assert section[versions[lang]] == expected, (name, lang)
    # Every address named anywhere answers, as the visitor it was listed for would see it.
    hrefs = {
        href for section in listed.values() for links in section.values() for href in links.values()
    }
    for href in hrefs:
        assert href.startswith(f"{PUBLIC}/")
        assert client.get(path_of(href)).status_code == 200, href


def test_a_page_is_listed_only_in_the_languages_its_title_is_translated_into(site):
    listed = every_entry(Client())
    page = site["english only"]
    vi, en = public_url(page, "vi"), public_url(page, "en")
    expected = {"vi": vi, "en": en, "x-default": vi}
    assert listed[f"{PUBLIC}/sitemap-vi.xml"][vi] == expected
    assert listed[f"{PUBLIC}/sitemap-en.xml"][en] == expected
    for lang in ("zh-hans", "fr"):
        section = listed[f"{PUBLIC}/sitemap-{lang}.xml"]
        assert page.slug_vi not in "".join(section), lang  # not even its fallback address
    # The knowledge collection has Vietnamese and English titles only.
    knowledge = public_url(site["knowledge"], "vi")
    assert set(listed[f"{PUBLIC}/sitemap-vi.xml"][knowledge]) == {"vi", "en", "x-default"}


@pytest.mark.parametrize("who", ["anonymous", "researcher"])
def test_drafts_restricted_pages_and_restricted_knowledge_never_appear(site, researcher, who):
    client = Client()
    if who == "researcher":
        client.force_login(researcher)
    text = sitemap_text(client)
    assert site["public item"].slug in text  # what everyone may read is there
    for name in (
        "draft",
        "locked",
        "under locked",
        "registered item",
        "community item",
        "withheld item",
        "lapsed item",
    ):
        assert site[name].slug_vi not in text, name
    # The signed-in researcher can open the registered item, and the sitemap still hides it.
    if who == "researcher":
        assert (
            client.get(public_url(site["registered item"], "vi")[len(PUBLIC) :]).status_code == 200
        )


def test_a_small_limit_splits_each_section_into_pages_that_the_index_lists(site, monkeypatch):
    client = Client()
    whole = every_entry(client)
    monkeypatch.setattr(sitemaps.LanguageSitemap, "limit", 2)
    locations = index_locations(client)
    vi = [url for url in locations if "/sitemap-vi.xml" in url]
    count = len(whole[f"{PUBLIC}/sitemap-vi.xml"])
    assert count >= 6
    assert vi == [f"{PUBLIC}/sitemap-vi.xml"] + [
        f"{PUBLIC}/sitemap-vi.xml?p={n}" for n in range(2, (count + 1) // 2 + 1)
    ]
    split = {}
    for url in vi:
        part = entries(client, url)
        assert 1 <= len(part) <= 2
        split.update(part)
    assert split == whole[f"{PUBLIC}/sitemap-vi.xml"]  # nothing lost, nothing twice
    assert client.get(f"/sitemap-vi.xml?p={len(vi) + 1}").status_code == 404


BAD_NUMBERS = {
    "zero": "0",
    "negative": "-1",
    "letters": "abc",
    "superscript": "²",
    "arabic-indic": "٣",
    "5000 digits": "9" * 5000,
    "decimal": "1.5",
}


@pytest.mark.parametrize("bad", BAD_NUMBERS.values(), ids=BAD_NUMBERS.keys())
def test_a_bad_page_number_or_language_is_not_found(site, bad):
    client = Client()
    assert client.get("/sitemap-vi.xml", {"p": bad}).status_code == 404
    assert client.get(f"/sitemap-{bad}.xml").status_code == 404
    assert client.get("/sitemap-de.xml").status_code == 404


def test_addresses_name_the_public_host_whatever_the_site_and_request_say(site):
    # The default Site still says localhost (build_home); the request names another host.
    client = Client(HTTP_HOST="10.0.0.7")
    text = client.get("/sitemap.xml").content.decode() + sitemap_text(client)
    assert "localhost" not in text and "10.0.0.7" not in text and "testserver" not in text
    assert text.count(f"<loc>{PUBLIC}/") > 10
    robots = client.get("/robots.txt").content.decode()
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots


def test_a_page_of_urls_costs_the_same_queries_however_many_pages_it_lists(site):
    from django.core.cache import caches

    client = Client()

    def cold(language):
        caches["pages"].clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"/sitemap-{language}.xml")
        assert response.status_code == 200
        return len(queries), len(entries(client, f"/sitemap-{language}.xml"))

    client.get("/sitemap-vi.xml")  # content types and the Site's root paths, cached once
    before = {lang: cold(lang) for lang in ("vi", "en")}
    for n in range(6):
        exhibit(site["exhibits"], f"them-{n}", titles(f"Thêm {n}", f"More {n}"))
        article(site["knowledge"], f"them-tri-thuc-{n}", "public", lapsed=n % 2 == 1)
    after = {lang: cold(lang) for lang in ("vi", "en")}
    # Six exhibits in both languages, three articles (the other three have lapsed) in
    # Vietnamese only, for not one query more.
    assert after["vi"] == (before["vi"][0], before["vi"][1] + 9)
    assert after["en"] == (before["en"][0], before["en"][1] + 6)
    # Pinned: the default Site, the view restrictions, the count and the pages, read as
    # plain pages (whatever the number of page types); in Vietnamese (the articles have
    # Vietnamese titles only) the articles, whose type adds a sitemap rule, read again
    # as their own type (the page rows, the type's rows) with their consent records.
    assert before["en"][0] == 4
    assert before["vi"][0] == 7
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/sitemap-en.xml").status_code == 200
    assert len(queries) == 0  # then from the cache


def test_a_publish_shows_at_the_next_request(site):
    client = Client()
    assert "moi-them-vi" not in sitemap_text(client)
    exhibit(site["exhibits"], "moi-them", titles("Mới thêm"))
    assert "moi-them-vi" in sitemap_text(client)
    site["public item"].unpublish()
    assert site["public item"].slug not in sitemap_text(client)


def test_where_a_worker_runs_the_queue_a_publish_writes_the_sitemaps_before_a_crawler_asks(
    site, monkeypatch
):
    """The first crawler after a publish waited seconds for a section of 10,000 pages."""
    written, task = [], sitemaps.write_sitemaps
    monkeypatch.setattr(sitemaps, "run_by_worker", lambda: True)
    # What the worker would be handed; it runs below, as the worker would, in turn.
    monkeypatch.setattr(sitemaps, "write_sitemaps", SimpleNamespace(enqueue=written.append))
    exhibit(site["exhibits"], "viet-truoc", titles("Viết trước", "Written ahead"))
    assert written, "a publish queued no sitemap writing"
    for generation in written:
        task.call(generation)

    client = Client()
    with CaptureQueriesContext(connection) as queries:
        index = client.get("/sitemap.xml")
        sections = {lang: client.get(f"/sitemap-{lang}.xml") for lang in ("vi", "en")}
    assert len(queries) == 0  # all of it written by the task
    assert index.status_code == 200 and b"/sitemap-en.xml" in index.content
    assert b"viet-truoc-vi" in sections["vi"].content
    assert b"viet-truoc-en" in sections["en"].content


def test_a_sitemap_task_of_a_past_generation_writes_nothing(site, monkeypatch):
    """A burst of publishes queues a task each: only the last one's writes."""
    from base.page_cache import generation, invalidate

    past = generation()
    invalidate()
    sitemaps.write_sitemaps.call(past)
    with CaptureQueriesContext(connection) as queries:
        assert Client().get("/sitemap-vi.xml").status_code == 200
    assert len(queries) > 0  # written by the crawler's request: the task did not


def test_listed_languages_follow_the_titles(settings):
    settings.PUBLIC_BASE_URL = PUBLIC
    page = SimpleNamespace(title_vi="Sâm", title_en="", title_zh_hans="人参", title_fr="  ")
    assert sitemaps.listed_languages(page) == ["vi", "zh-hans"]
    assert sitemaps.public_url("http://localhost/vi/a/?x=1") == f"{PUBLIC}/vi/a/?x=1"


def test_the_index_gives_each_section_its_own_latest_change_in_a_fixed_number_of_queries(site):
    from django.core.cache import caches
    from django.utils import timezone

    from base.page_cache import invalidate

    def index_lastmods():
        caches["pages"].clear()
        invalidate()  # a new generation: the index is read again, not kept
        client = Client()
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/sitemap.xml")
        root = ET.fromstring(response.content)
        found = {
            item.find("s:loc", NS).text: item.find("s:lastmod", NS).text[:10]
            for item in root.findall("s:sitemap", NS)
        }
        return found, len(queries)

    _before, queries = index_lastmods()
    english = exhibit(site["exhibits"], "moi-anh", titles("Mới", "New"))
    vietnamese = exhibit(site["exhibits"], "moi-viet", titles("Chỉ tiếng Việt"))
    moment = timezone.make_aware(datetime.datetime(2031, 1, 2, 12))
    ExhibitPage.objects.filter(pk=english.pk).update(last_published_at=moment)
    ExhibitPage.objects.filter(pk=vietnamese.pk).update(
        last_published_at=moment + datetime.timedelta(days=30)
    )
    after, queries_after = index_lastmods()
    # The Vietnamese section lists both pages; the English one only the translated page.
    assert after[f"{PUBLIC}/sitemap-vi.xml"] == "2031-02-01"
    assert after[f"{PUBLIC}/sitemap-en.xml"] == "2031-01-02"
    assert after[f"{PUBLIC}/sitemap-fr.xml"] < "2031"
    # The default Site, the view restrictions, and one count of every language's pages.
    assert queries == queries_after == 3
