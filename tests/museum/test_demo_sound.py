"""Sound and pictures in the demo (issue 15): every exhibit has a Vietnamese audio guide a
visitor can play and read, told plainly that the voice is a computer's, and a credited
picture; one public article has a recording with its transcript. The recordings are
small, so a visitor on a phone pays for them only when pressing play."""

from io import StringIO

from bs4 import BeautifulSoup
from django.core.management import call_command
from django.test import TestCase
from django.utils import translation

from knowledge.demo.content import ARTICLES, RECORDINGS, recording_path
from knowledge.models import KnowledgePage
from museum.demo.content import AUDIO_GUIDES, EXHIBITS, audio_path
from museum.models import ExhibitPage

NOTICE = "Computer-generated voice reading the transcript (not a recording of a person)."
LANGUAGES = ("vi", "en", "fr", "zh-hans")
MAX_BYTES = 150 * 1024


def body(response):
    """The bytes of a (possibly streamed) response."""
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def text(node):
    return " ".join(node.get_text(" ").split())


def closest_lang(node):
    return node.find_parent(attrs={"lang": True}).get("lang")


def blocks_of(data):
    """The exhibit's Vietnamese (kind, value) blocks (a text block is given per language)."""
    return [b["vi"] if isinstance(b, dict) else b for b in data["body"]]


def guide_of(data):
    """The name of the recording the demo content gives the exhibit ``data``."""
    return next(value["audio"] for kind, value in blocks_of(data) if kind == "audio")


class DemoSoundTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())

    def exhibit(self, data):
        return ExhibitPage.objects.live().get(slug_vi=data["slug"]["vi"])

    def page(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        return BeautifulSoup(response.content, "html.parser")

    def url_in(self, page, lang):
        with translation.override(lang):
            return page.get_url()

    def assert_small_ogg(self, url):
        response = self.client.get(url)
        self.assertEqual(response.status_code, 200, url)
        self.assertEqual(response["Content-Type"], "audio/ogg", url)
        data = body(response)
        self.assertTrue(data.startswith(b"OggS") and b"OpusHead" in data[:100], url)
        self.assertLess(len(data), MAX_BYTES, url)

    # -- exhibits ---------------------------------------------------------------------

    def test_every_exhibit_has_a_vietnamese_audio_guide_that_plays(self):
        self.assertGreaterEqual(len(EXHIBITS), 2)
        for data in EXHIBITS:
            soup = self.page(self.url_in(self.exhibit(data), "vi"))
            guides = soup.select("section.audio-guide")
            self.assertEqual(len(guides), 1, data["slug"]["vi"])
            audio = guides[0].find("audio")
            # Nothing is fetched before the visitor presses play (the first-view budget).
            self.assertEqual(audio["preload"], "none")
            source = audio.find("source")
            self.assertEqual(source["type"], "audio/ogg")
            self.assert_small_ogg(source["src"])
            transcript = guides[0].select_one(".transcript")
            self.assertEqual(transcript["lang"], "vi")
            self.assertEqual(text(transcript), " ".join(AUDIO_GUIDES[guide_of(data)].split()))

    def test_the_visitor_is_told_in_their_language_that_the_voice_is_generated(self):
        for data in EXHIBITS:
            page = self.exhibit(data)
            for lang in LANGUAGES:
                soup = self.page(self.url_in(page, lang))
                guide = soup.select_one("section.audio-guide")
                note = guide.select_one(".audio-note")
                with translation.override(lang):
                    expected = translation.gettext(NOTICE)
                    vietnamese = str(translation.get_language_info("vi")["name_translated"])
                self.assertIn(expected, text(note), (lang, data["slug"]["vi"]))
                self.assertIn("eSpeak NG", text(note))
                # Read in the page's own language, not in the transcript's voice.
                self.assertEqual(closest_lang(note), lang)
                spoken = [p for p in guide.find_all("p") if vietnamese in text(p)]
                if lang == "vi":
                    self.assertEqual(spoken, [], "a Vietnamese page need not say it")
                else:
                    self.assertEqual(len(spoken), 1, f"{lang}: which language is spoken")

    def test_every_exhibit_shows_a_credited_captioned_picture_loaded_lazily(self):
        for data in EXHIBITS:
            page = self.exhibit(data)
            images = [b.value for b in page.body if b.block_type == "image"]
            self.assertTrue(images, data["slug"]["vi"])
            self.assertTrue(all(v["image"].is_credited for v in images))
            for lang in ("vi", "en"):
                figure = self.page(self.url_in(page, lang)).select_one("figure.story-image")
                img = figure.find("img")
                self.assertTrue(img["alt"].strip())
                self.assertEqual(img["loading"], "lazy")
                caption = text(figure.find("figcaption"))
                self.assertIn(f"© {images[0]['image'].credit}", caption)
                self.assertIn(images[0]["image"].licence, caption)

    def test_the_ginseng_exhibit_has_all_three_reading_levels_in_vietnamese_and_english(self):
        page = ExhibitPage.objects.live().get(slug_vi="cau-chuyen-sam-lai-chau")
        for lang in ("vi", "en"):
            stream = getattr(page, f"body_{lang}")
            levelled = [b.value for b in stream if b.block_type == "levelled_text"]
            self.assertEqual(len(levelled), 1, lang)
            texts = {
                k: BeautifulSoup(str(v), "html.parser").get_text() for k, v in levelled[0].items()
            }
            self.assertTrue(all(texts.values()), texts)
            self.assertEqual(len(set(texts.values())), 3, "three different texts")
        self.assertIn("POWO/WCVP", texts["expert"])

    # -- the article's recording ------------------------------------------------------

    def test_a_public_article_lists_its_recording_with_transcript_for_anyone(self):
        data = next(a for a in ARTICLES if a.get("recording"))
        self.assertEqual(data.get("access", "public"), "public")
        recording = RECORDINGS[data["recording"]]
        page = KnowledgePage.objects.live().get(slug_vi=data["slug"]["vi"])
        for lang in ("vi", "en"):
            soup = self.page(self.url_in(page, lang))  # an anonymous visitor
            item = soup.select_one("section[aria-labelledby=media-h] figure.media-item")
            audio = item.find("audio")
            self.assertEqual(audio["preload"], "none")
            self.assert_small_ogg(audio["src"])
            transcript = item.select_one("details p[lang]")
            self.assertEqual(transcript["lang"], "vi")
            self.assertEqual(text(transcript), " ".join(recording["transcript"].split()))
            # The caption says the voice is a machine's, in the visitor's language.
            self.assertIn(recording["caption"][lang], text(item.find("figcaption")))

    # -- the files --------------------------------------------------------------------

    def test_the_committed_recordings_are_small_ogg_opus_files(self):
        paths = [audio_path(n) for n in AUDIO_GUIDES] + [recording_path(n) for n in RECORDINGS]
        for path in paths:
            self.assertTrue(path.is_file(), path)
            head = path.read_bytes()[:100]
            self.assertTrue(head.startswith(b"OggS") and b"OpusHead" in head, path)
            self.assertLess(path.stat().st_size, MAX_BYTES, path)
