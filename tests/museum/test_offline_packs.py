"""Offline packs: what a phone keeps to open a demo tour, exhibit or lesson kit without a
connection (every page, every image and audio file the pages use, each with its size),
nothing for a page an anonymous visitor may not see, and never a 500; and the "Saved on
this phone" page in every language."""

import re
from io import StringIO

from django.core.files.base import ContentFile
from django.core.management import call_command
from django.test import TestCase, override_settings
from django.utils import translation
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from knowledge.models import KnowledgePage
from museum.demo import content
from museum.models import ExhibitPage, LessonKitPage, TourPage
from species.models import SpeciesPage

LANGUAGES = ("vi", "en", "zh-hans", "fr")
# What a page's HTML uses, read independently of the code under test.
USED = re.compile(r'(?:src|href)="(/(?:media|documents)/[^"]+)"|srcset="([^"]+)"')


def used_files(html):
    """Every image and document address a page's HTML uses (srcset candidates included)."""
    found = set()
    for single, srcset in USED.findall(html):
        if single:
            found.add(single)
        for candidate in srcset.split(","):
            if candidate.strip():
                found.add(candidate.strip().split(" ")[0])
    return {url for url in found if url.startswith(("/media/", "/documents/"))}


class OfflinePackTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())

    def manifest(self, page, language="en"):
        response = self.client.get(f"/{language}/offline/pack/{page.pk}.json")
        self.assertEqual(response.status_code, 200, response.content[:200])
        return response.json()

    def assert_holds_what_its_pages_use(self, manifest):
        files = {f["url"]: f for f in manifest["files"]}
        self.assertEqual(manifest["bytes"], sum(f["bytes"] for f in manifest["files"]))
        pages = [f["url"] for f in manifest["files"] if f["type"] == "page"]
        self.assertEqual(pages[0], manifest["url"])
        for url in pages:
            response = self.client.get(url)
            self.assertEqual(response.status_code, 200, url)
            self.assertEqual(files[url]["bytes"], len(response.content), url)
            missing = used_files(response.content.decode()) - set(files)
            self.assertFalse(missing, f"{url} uses files its pack leaves out: {missing}")
        for url, file in files.items():
            self.assertFalse(url.startswith("/knowledge-media/"), url)
            if file["type"] in ("image", "audio"):
                response = self.client.get(url)
                self.assertEqual(response.status_code, 200, url)
                body = b"".join(response.streaming_content) if response.streaming else response
                self.assertEqual(file["bytes"], len(getattr(body, "content", body)), url)
        return files

    # -- what a pack holds ---------------------------------------------------------

    def test_the_demo_tour_holds_its_stops_with_their_images_and_audio(self):
        tour = TourPage.objects.get(slug_vi=content.TOUR["slug"]["vi"])
        manifest = self.manifest(tour)
        self.assertEqual((manifest["kind"], manifest["title"]), ("tour", tour.title_en))
        files = self.assert_holds_what_its_pages_use(manifest)
        with translation.override("en"):
            stops = {page.get_url() for _stop, page in tour.live_stops()}
        self.assertTrue(stops)
        self.assertLessEqual(stops, set(files))
        self.assertIn("/static/museum/css/site.css", files)  # it opens styled offline

    def test_each_demo_exhibit_holds_its_images_and_audio_in_every_language(self):
        for exhibit in ExhibitPage.objects.live():
            for language in LANGUAGES:
                with self.subTest(exhibit=exhibit.slug_vi, language=language):
                    manifest = self.manifest(exhibit, language)
                    self.assertEqual(manifest["kind"], "exhibit")
                    self.assertTrue(manifest["url"].startswith(f"/{language}/"))
                    self.assert_holds_what_its_pages_use(manifest)

    def test_the_lesson_kit_holds_its_exhibits_and_worksheet(self):
        kit = LessonKitPage.objects.live().get()
        manifest = self.manifest(kit)
        files = self.assert_holds_what_its_pages_use(manifest)
        with translation.override("en"):
            exhibits = {exhibit.get_url() for exhibit in kit.exhibits.live()}
        self.assertTrue(exhibits)
        self.assertLessEqual(exhibits, set(files))
        self.assertIn(manifest["url"] + "worksheet/", files)

    def test_an_audio_guide_is_in_the_pack_unless_its_collection_is_private(self):
        exhibit = ExhibitPage.objects.live().first()
        collection = Collection.get_first_root_node().add_child(name="Audio guides")
        audio = get_document_model().objects.create(
            title="Guide",
            file=ContentFile(b"ID3" + b"\0" * 997, name="guide.mp3"),
            collection=collection,
        )
        guide = {"title": "Guide", "audio": audio, "language": "en", "voice": "person"}
        exhibit.body_en.append(("audio", {**guide, "credit": "", "transcript": "<p>Words</p>"}))
        exhibit.save_revision().publish()
        files = self.assert_holds_what_its_pages_use(self.manifest(exhibit))
        self.assertEqual(files[audio.url], {"url": audio.url, "bytes": 1000, "type": "audio"})
        CollectionViewRestriction.objects.create(
            collection=collection, restriction_type=CollectionViewRestriction.LOGIN
        )
        self.assertNotIn(audio.url, {f["url"] for f in self.manifest(exhibit)["files"]})

    def test_an_exhibit_image_is_in_the_pack_at_every_width_and_full_size(self):
        exhibit = ExhibitPage.objects.live().first()
        image = get_image_model().objects.first()
        self.assertIsNotNone(image)
        picture = {"image": image, "alt": "A plant", "caption": "A plant"}
        exhibit.body_en.append(("image", picture))
        exhibit.save_revision().publish()
        files = self.assert_holds_what_its_pages_use(self.manifest(exhibit))
        images = [url for url, f in files.items() if f["type"] == "image"]
        # Each WebP width of the srcset (the phone picks one), the JPEG and the full size.
        self.assertGreaterEqual(len(images), 3, images)
        self.assertTrue(all(files[url]["bytes"] > 0 for url in images))

    # -- what never makes a pack ---------------------------------------------------------

    def test_a_restricted_stop_is_left_out_of_its_tour(self):
        tour = TourPage.objects.get(slug_vi=content.TOUR["slug"]["vi"])
        _stop, page = tour.live_stops()[0]
        PageViewRestriction.objects.create(page=page, restriction_type="login")
        urls = {f["url"] for f in self.manifest(tour)["files"]}
        self.assertNotIn(page.get_url(), urls)
        self.assertGreater(len([u for u in urls if u.startswith("/en/visit/")]), 1)

    def test_no_pack_for_a_page_an_anonymous_visitor_may_not_see(self):
        exhibit, other = ExhibitPage.objects.live()[:2]
        PageViewRestriction.objects.create(page=exhibit, restriction_type="password", password="x")
        other.unpublish()  # a draft
        knowledge = KnowledgePage.objects.exclude(access_level="public").first()
        species = SpeciesPage.objects.live().first()  # public, but not a kind of pack
        for page in (exhibit, other, knowledge, species):
            with self.subTest(page=page):
                self.assertIsNotNone(page)
                response = self.client.get(f"/en/offline/pack/{page.pk}.json")
                self.assertEqual(response.status_code, 404)

    def test_hostile_addresses_are_404_never_500(self):
        for tail in (
            "999999999.json",
            "99999999999999999999999.json",
            "-1.json",
            "1e3.json",
            "0x10.json",
            "%00.json",
            "1.json%00",
            "..%2F1.json",
            "١٢.json",  # Arabic-Indic digits
            "12.json/",
            "<script>.json",
        ):
            with self.subTest(tail=tail):
                response = self.client.get(f"/en/offline/pack/{tail}")
                self.assertEqual(response.status_code, 404)
        tour = TourPage.objects.live().first()
        response = self.client.get(f"/en/offline/pack/{tour.pk}.json?pk=1' OR 1=1")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.json()["id"], tour.pk)

    def test_a_signed_in_visitor_gets_the_same_public_pack(self):
        tour = TourPage.objects.live().first()
        anonymous = self.manifest(tour)
        from django.contrib.auth import get_user_model

        user = get_user_model().objects.create_user("visitor", password="pw")
        self.client.force_login(user)
        self.assertEqual(self.manifest(tour)["files"], anonymous["files"])

    # -- the pages and the worker --------------------------------------------------------

    def test_each_pack_kind_has_its_save_button(self):
        pages = (
            TourPage.objects.live().first(),
            ExhibitPage.objects.live().first(),
            LessonKitPage.objects.live().first(),
        )
        for page in pages:
            html = self.client.get(page.get_url()).content.decode()
            self.assertIn(f'data-offline-pack="/vi/offline/pack/{page.pk}.json"', html)
            # Hidden until site.js shows it: without a service worker it cannot work.
            self.assertRegex(html, r'<div class="offline-pack" hidden')

    def test_the_saved_page_renders_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.client.get(f"/{language}/offline/saved/")
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                self.assertIn(f'<html lang="{language}">', html)
                self.assertIn("data-saved-packs", html)
                self.assertIn("data-no-offline", html)  # what it says without JavaScript
                offline = self.client.get(f"/{language}/offline/").content.decode()
                self.assertIn(f'href="/{language}/offline/saved/"', offline)

    def test_the_worker_keeps_packs_and_a_bounded_number_of_pages(self):
        script = self.client.get("/sw.js").content.decode()
        self.assertIn("var PAGE_LIMIT = 40;", script)
        never = re.search(r"var NEVER = (.*);", script).group(1)
        self.assertIn("knowledge-media", never)
        self.assertNotIn("documents", never)  # a pack's audio guides are kept
        for language in LANGUAGES:
            self.assertIn(f'"{language}"', script)
        with override_settings(OFFLINE_PAGE_LIMIT=5):
            self.assertIn("var PAGE_LIMIT = 5;", self.client.get("/sw.js").content.decode())
