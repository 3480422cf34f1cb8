"""Fields translated with modeltranslation (Vietnamese is the source language)."""

from modeltranslation.translator import TranslationOptions, register

from museum.models import HomePage


@register(HomePage)
class HomePageTR(TranslationOptions):
    fields = ("intro",)
