"""Fields translated with modeltranslation; names of taxa and places stay untranslated."""

from modeltranslation.translator import TranslationOptions, register

from species.models import (
    ConservationCategory,
    ConservationScheme,
    Family,
    LookAlike,
    PartUsed,
    ProtectedListPage,
    SpeciesImage,
    SpeciesIndexPage,
    SpeciesPage,
    StrategicGroup,
)


@register(Family)
class FamilyTR(TranslationOptions):
    fields = ("name",)


@register(PartUsed)
class PartUsedTR(TranslationOptions):
    fields = ("name",)


@register(StrategicGroup)
class StrategicGroupTR(TranslationOptions):
    fields = ("name", "description")


@register(ConservationScheme)
class ConservationSchemeTR(TranslationOptions):
    fields = ("name", "description")


@register(ConservationCategory)
class ConservationCategoryTR(TranslationOptions):
    fields = ("name", "meaning")


@register(SpeciesIndexPage)
class SpeciesIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(SpeciesPage)
class SpeciesPageTR(TranslationOptions):
    fields = ("summary", "taxonomic_note") + SpeciesPage.SECTIONS


@register(LookAlike)
class LookAlikeTR(TranslationOptions):
    fields = ("reason",)


@register(SpeciesImage)
class SpeciesImageTR(TranslationOptions):
    fields = ("caption",)


@register(ProtectedListPage)
class ProtectedListPageTR(TranslationOptions):
    fields = ("intro", "legal_basis")
