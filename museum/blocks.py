"""The blocks of an exhibit story and of a lesson's quiz.

One ``StoryBlock`` holds every kind of content an exhibit tells its story
with; each block has its template under ``templates/museum/blocks/``.
Cards for species and remedies point at pages, so the exhibit always shows
the page's current name and status, and a remedy card is only drawn for a
visitor allowed to see that remedy.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

TEXT_FEATURES = ["h3", "bold", "italic", "link", "ul", "ol"]


class CaptionedImageBlock(blocks.StructBlock):
    """An image with its caption; credit and licence come from the image itself."""

    image = ImageChooserBlock(label=_("image"))
    alt = blocks.CharBlock(
        label=_("text alternative"),
        required=False,
        help_text=_("What the image shows, for people who cannot see it. Empty if decorative."),
    )
    caption = blocks.CharBlock(label=_("caption"), required=False)

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is not None and not image.is_credited:
            raise StructBlockValidationError(
                {
                    "image": ValidationError(
                        _("Add the credit and licence of '%(title)s' in the image library first.")
                        % {"title": image.title}
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        template = "museum/blocks/captioned_image.html"
        label = _("image")
        description = _("A credited image with a caption.")


class SpeciesCardBlock(blocks.StructBlock):
    species = blocks.PageChooserBlock(page_type="species.SpeciesPage", label=_("species"))
    note = blocks.CharBlock(label=_("why it is here"), required=False)

    class Meta:
        icon = "pick"
        template = "museum/blocks/species_card.html"
        label = _("species card")
        description = _("A species from the catalogue: names, status and a link.")


class RemedyCardBlock(blocks.StructBlock):
    remedy = blocks.PageChooserBlock(page_type="knowledge.RemedyPage", label=_("remedy"))

    class Meta:
        icon = "doc-full"
        template = "museum/blocks/remedy_card.html"
        label = _("remedy card")
        description = _(
            "A remedy with its cautions; shown only to visitors allowed to see the remedy."
        )


class AudioGuideBlock(blocks.StructBlock):
    """A recording and what it says, in the language it is spoken in; visitors are told
    when the voice is a machine's."""

    class Voice(models.TextChoices):
        PERSON = "person", _("a person's voice")
        GENERATED = "generated", _("a computer-generated voice")

    title = blocks.CharBlock(label=_("title"))
    audio = DocumentChooserBlock(label=_("audio file"), help_text=_("MP3, OGG or M4A."))
    language = blocks.RegexBlock(
        regex=r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$",
        default="vi",
        label=_("language spoken"),
        help_text=_("Its code: vi, en, fr, zh-Hans, hmn (H'Mông)…"),
        error_messages={"invalid": _("A language code such as vi, en or hmn.")},
    )
    voice = blocks.ChoiceBlock(choices=Voice.choices, default=Voice.PERSON, label=_("voice"))
    credit = blocks.CharBlock(
        label=_("who speaks, or how it was made"),
        required=False,
        help_text=_("e.g. the storyteller's name, or the speech program and its version."),
    )
    transcript = blocks.RichTextBlock(
        label=_("transcript"),
        features=TEXT_FEATURES,
        help_text=_(
            "Required: the guide must be readable by people who cannot hear it. "
            "Written in the language spoken."
        ),
    )

    class Meta:
        icon = "media"
        template = "museum/blocks/audio_guide.html"
        label = _("audio guide")
        description = _("A recording with its transcript.")


class QuoteBlock(blocks.StructBlock):
    quote = blocks.TextBlock(label=_("quote"))
    attribution = blocks.CharBlock(label=_("who said or wrote it"), required=False)
    source = blocks.CharBlock(label=_("source"), required=False)

    class Meta:
        icon = "openquote"
        template = "museum/blocks/quote.html"
        label = _("quote")


class TimelineEventBlock(blocks.StructBlock):
    when = blocks.CharBlock(label=_("when"), help_text=_("A year or a date, e.g. 1965–66."))
    text = blocks.TextBlock(label=_("what happened"))


class TimelineBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("events"), min_num=1)

    class Meta:
        icon = "time"
        template = "museum/blocks/timeline.html"
        label = _("timeline")


class GalleryBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    images = blocks.ListBlock(CaptionedImageBlock(), label=_("images"), min_num=1)

    class Meta:
        icon = "image"
        template = "museum/blocks/gallery.html"
        label = _("gallery")


class MapBlock(blocks.StructBlock):
    """Places and stations on a map; a list of links without JavaScript."""

    heading = blocks.CharBlock(label=_("heading"), required=False)
    places = blocks.ListBlock(
        blocks.PageChooserBlock(
            page_type=["museum.PlacePage", "museum.GardenPage", "museum.GardenStationPage"]
        ),
        label=_("places"),
        min_num=1,
    )

    class Meta:
        icon = "site"
        template = "museum/blocks/map.html"
        label = _("map")
        description = _("Places and garden stations, on a map and as a list.")


class QuizChoiceBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("answer"))
    correct = blocks.BooleanBlock(label=_("correct"), required=False)


class QuizQuestionBlock(blocks.StructBlock):
    """A multiple-choice question: checked in the browser, or by the server without JS."""

    question = blocks.CharBlock(label=_("question"))
    choices = blocks.ListBlock(QuizChoiceBlock(), label=_("answers"), min_num=2, max_num=6)
    explanation = blocks.TextBlock(
        label=_("explanation"), required=False, help_text=_("Shown once the pupil has answered.")
    )

    def clean(self, value):
        value = super().clean(value)
        if not any(choice["correct"] for choice in value["choices"]):
            raise StructBlockValidationError(
                {"choices": ValidationError(_("Mark at least one answer as correct."))}
            )
        return value

    class Meta:
        icon = "help"
        template = "museum/blocks/quiz_question.html"
        label = _("quiz question")


class LevelledTextBlock(blocks.StructBlock):
    """One passage at up to three reading levels; visitors choose theirs (lesson kits
    send pupils to the child's), and a missing level falls back to the general text."""

    general = blocks.RichTextBlock(label=_("for everyone"), features=TEXT_FEATURES)
    child = blocks.RichTextBlock(
        label=_("for children"),
        features=TEXT_FEATURES,
        required=False,
        help_text=_("Short words and sentences, for pupils of about 8 to 12."),
    )
    expert = blocks.RichTextBlock(
        label=_("for experts"),
        features=TEXT_FEATURES,
        required=False,
        help_text=_("For researchers and practitioners: terms of the field allowed."),
    )

    class Meta:
        icon = "doc-full"
        template = "museum/blocks/levelled_text.html"
        label = _("text at reading levels")
        description = _("The same passage for children, for everyone and for experts.")


class StoryBlock(blocks.StreamBlock):
    """Everything an exhibit can tell its story with."""

    text = blocks.RichTextBlock(
        label=_("text"), features=TEXT_FEATURES, template="museum/blocks/text.html"
    )
    levelled_text = LevelledTextBlock()
    image = CaptionedImageBlock()
    species = SpeciesCardBlock()
    remedy = RemedyCardBlock()
    audio = AudioGuideBlock()
    quote = QuoteBlock()
    timeline = TimelineBlock()
    gallery = GalleryBlock()
    map = MapBlock()
    quiz = QuizQuestionBlock()


class QuizBlock(blocks.StreamBlock):
    question = QuizQuestionBlock()
