"""Fields of the base models translated with modeltranslation (Vietnamese is the source
language)."""

from modeltranslation.translator import TranslationOptions, register

from base.models import Source


@register(Source)
class SourceTR(TranslationOptions):
    # A source's title is cited as published; its note (what it is trusted for, a
    # caveat) is read by visitors under every page, so each language has its own.
    fields = ("note",)
