"""The demo in French and Chinese beyond the page fields: the exhibits' stories and the
lesson kit's quiz (StreamFields), what each cited source supports, look-alike reasons and
image captions. A leaf still missing is named, so a translator knows what to add."""

import html
import re
import unicodedata
from io import StringIO

from django.core.management import call_command
from django.test import Client, SimpleTestCase, TestCase
from django.utils import translation
from wagtail.models import Page

from base.models import Source
from knowledge.models import KnowledgeItemSource, KnowledgeMedia
from museum.demo import translations
from museum.models import EventSource, ExhibitPage, ExhibitSource, LessonKitPage, PlaceSource
from species.models import LookAlike, SpeciesImage, SpeciesSource
from tests.browser.test_no_other_language import ENGLISH, leaks_in

CODES = ("fr", "zh-hans")
ROWS = [
    (SpeciesSource, "supports"),
    (ExhibitSource, "supports"),
    (PlaceSource, "supports"),
    (EventSource, "supports"),
    (KnowledgeItemSource, "supports"),
    (LookAlike, "reason"),
    (SpeciesImage, "caption"),
    (KnowledgeMedia, "caption"),
]
# English words of the demo's source notes ("uses and cautions", "found in 2003–2004"),
# beside the leak list of the browser scan: the notes were once English in the
# Vietnamese column.
ENGLISH_NOTE_WORDS = ["the", "and", "by", "of", "in", "as", "from", "uses", "found", "grown"]


def _column(field, code):
    return f"{field}_{code.replace('-', '_')}"


# Marks only Vietnamese writes (tilde, hook above, dot below, horn, breve) and đ: a
# sentence without one is a Latin name or a figure ("Panax vietnamensis var.").
_VIETNAMESE_MARK = re.compile("[\u0303\u0309\u0323\u031b\u0306đĐ]")


def _sentences(rich_text):
    """The Vietnamese sentences of a leaf, as a visitor reads them (tags dropped)."""
    text = html.unescape(re.sub(r"<[^>]+>", "", rich_text))
    return [
        s.strip()
        for s in re.split(r"(?<=[.:;?!])\s+", text)
        if len(s.strip()) >= 15 and _VIETNAMESE_MARK.search(unicodedata.normalize("NFD", s))
    ]


def _unmarked(page_html):
    """``page_html`` without the elements inside it marked lang="vi"."""
    return re.sub(r'<(?!html\b)(\w+)[^>]*\slang="vi"[^>]*>.*?</\1>', "", page_html, flags=re.S)


class StreamTranslationTests(SimpleTestCase):
    """How a stream is translated leaf by leaf, on a stream of every kind of leaf."""

    RAW = [
        {"type": "text", "value": "<p>Văn bản.</p>", "id": "a1"},
        {
            "type": "audio",
            "value": {
                "title": "Nghe kể",
                "audio": 7,
                "language": "vi",
                "voice": "generated",
                "credit": "Giọng đọc máy",
                "transcript": "<p>Lời kể bằng tiếng Việt.</p>",
            },
            "id": "a2",
        },
        {"type": "image", "value": {"image": 3, "alt": "Vỏ quế", "caption": "Vỏ quế khô"}},
        {
            "type": "quiz",
            "value": {
                "question": "Câu hỏi?",
                "choices": [
                    {"type": "item", "value": {"text": "Đúng", "correct": True}, "id": "c1"},
                    {"type": "item", "value": {"text": "Sai", "correct": False}, "id": "c2"},
                ],
                "explanation": "",
            },
        },
        {"type": "timeline", "value": {"events": [{"when": "2003–2004", "text": "Tìm thấy."}]}},
    ]
    TEXTS = {
        "<p>Văn bản.</p>": "<p>Texte.</p>",
        "Nghe kể": "Écouter",
        "Vỏ quế": "Écorce",
        "Vỏ quế khô": "Écorce sèche",
        "Câu hỏi?": "Question ?",
        "Đúng": "Vrai",
        "Sai": "Faux",
        "Tìm thấy.": "Découvert.",
    }

    def test_text_leaves_are_translated_and_the_rest_kept(self):
        missing = []
        done = translations.translate_stream(self.RAW, self.TEXTS, missing)
        self.assertEqual(missing, [])
        self.assertEqual(done[0], {"type": "text", "value": "<p>Texte.</p>", "id": "a1"})
        audio = done[1]["value"]
        # The title is read; the transcript is what is spoken, in Vietnamese.
        self.assertEqual(audio["title"], "Écouter")
        for kept in ("audio", "language", "voice", "credit", "transcript"):
            self.assertEqual(audio[kept], self.RAW[1]["value"][kept])
        self.assertEqual(done[2]["value"], {"image": 3, "alt": "Écorce", "caption": "Écorce sèche"})
        choices = done[3]["value"]["choices"]
        self.assertEqual(
            [(c["value"]["text"], c["value"]["correct"]) for c in choices],
            [("Vrai", True), ("Faux", False)],
        )
        self.assertEqual([c["id"] for c in choices], ["c1", "c2"])
        self.assertEqual(done[4]["value"]["events"], [{"when": "2003–2004", "text": "Découvert."}])

    def test_a_leaf_without_translation_is_named(self):
        texts = dict(self.TEXTS)
        del texts["Sai"]
        missing = []
        translations.translate_stream(self.RAW, texts, missing)
        self.assertEqual(missing, ["Sai"])


class DemoTranslationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        call_command("load_demo", stdout=StringIO(), stderr=StringIO())

    def streamed_pages(self):
        pages = [*ExhibitPage.objects.live(), *LessonKitPage.objects.live()]
        self.assertGreaterEqual(len(pages), 3)
        return pages

    def test_every_text_of_every_demo_stream_is_translated(self):
        missing = translations.missing_stream_leaves()
        report = "\n".join(
            f"{path} {column}: {leaf!r}"
            for (path, column), leaves in missing.items()
            for leaf in leaves
        )
        self.assertEqual(missing, {}, f"Stream texts with no translation:\n{report}")
        for page in self.streamed_pages():
            for field in translations.STREAM_FIELDS[page._meta.label_lower]:
                vi = getattr(page, f"{field}_vi")
                self.assertTrue(vi, f"{page.url_path_vi} has no {field}")
                for code in CODES:
                    translated = getattr(page, _column(field, code))
                    # Same blocks in the same order, and the translated texts in place.
                    self.assertEqual([b.block_type for b in translated], [b.block_type for b in vi])
                    self.assertEqual(
                        list(translated.raw_data),
                        translations.translate_stream(
                            list(vi.raw_data), translations._module(code).STREAM
                        ),
                    )

    def test_french_and_chinese_story_pages_show_no_vietnamese_sentence_of_the_body(self):
        client = Client()
        for page in self.streamed_pages():
            field = translations.STREAM_FIELDS[page._meta.label_lower][0]
            sentences = [
                s
                for leaf in translations.stream_leaves(list(getattr(page, f"{field}_vi").raw_data))
                for s in _sentences(leaf)
            ]
            self.assertTrue(sentences, page.url_path_vi)
            # The check finds them where they belong: on the Vietnamese page.
            with translation.override("vi"):
                url = page.get_url()
            vi = html.unescape(_unmarked(client.get(url).content.decode()))
            self.assertTrue([s for s in sentences if s in vi], url)
            for code in CODES:
                with translation.override(code):
                    url = page.get_url()
                response = client.get(url)
                self.assertEqual(response.status_code, 200, url)
                # What is rightly Vietnamese says so (the audio guide's transcript is what
                # the recording speaks): a screen reader switches voice for it.
                text = html.unescape(_unmarked(response.content.decode()))
                shown = [s for s in sentences if s in text]
                self.assertEqual(shown, [], f"Vietnamese on {url}")

    def test_every_source_note_reason_and_caption_has_its_four_languages(self):
        pages = set(Page.objects.live().values_list("pk", flat=True))
        english_words = [re.compile(rf"(?<!\w){w}(?!\w)") for w in ENGLISH_NOTE_WORDS]
        problems, seen = [], 0
        for model, field in ROWS:
            parent = "item_id" if model in (KnowledgeItemSource, KnowledgeMedia) else "page_id"
            for row in model.objects.all():
                vi = getattr(row, f"{field}_vi")
                if not vi or getattr(row, parent) not in pages:
                    continue  # an empty note shows nothing in any language
                seen += 1
                name = f"{model.__name__} {row.pk} {vi!r}"
                for code in ("en", *CODES):
                    if not getattr(row, _column(field, code)):
                        problems.append(f"{name}: no {code}")
                leaks = leaks_in(vi, "vi") + [w.pattern for w in english_words if w.search(vi)]
                if leaks:
                    problems.append(f"{name}: English in the Vietnamese ({leaks})")
        self.assertGreater(seen, 30)
        self.assertEqual(problems, [], "\n".join(problems))

    def test_the_vietnamese_note_of_an_english_written_source_is_vietnamese(self):
        note = ExhibitSource.objects.get(supports_en="var. fuscidiscus listed as a synonym")
        self.assertEqual(note.supports_vi, "var. fuscidiscus được xếp là tên đồng nghĩa")
        self.assertTrue(any(t == "listed" for t, _a, _o in ENGLISH))
        response = Client().get(note.page.url)
        self.assertContains(response, "được xếp là tên đồng nghĩa")
        self.assertNotContains(response, "listed as a synonym")

    def test_every_source_note_is_in_the_four_languages(self):
        """A source's own note ("secondary source…") is read under every page citing it."""
        english_words = [re.compile(rf"(?<!\w){w}(?!\w)") for w in ENGLISH_NOTE_WORDS]
        notes = Source.objects.exclude(note_vi="").exclude(note_vi__isnull=True)
        self.assertGreaterEqual(notes.count(), 4)
        for source in notes:
            for code in ("vi", "en", "fr", "zh_hans"):
                self.assertTrue(getattr(source, f"note_{code}"), f"{source}: no {code} note")
            leaks = [w.pattern for w in english_words if w.search(source.note_vi)]
            self.assertEqual(leaks, [], f"English in the Vietnamese note of {source}")
        # Under the page of the first remedy or article that cites a source with a note.
        notes = KnowledgeItemSource.objects.exclude(source__note_vi="").exclude(
            source__note_vi=None
        )
        row = notes.filter(item__live=True, item__access_level="public")[0]
        with translation.override("fr"):
            cited = Client().get(row.item.url)
        self.assertContains(cited, row.source.note_fr)
        self.assertNotContains(cited, row.source.note_en)
