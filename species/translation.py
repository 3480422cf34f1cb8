"""Fields translated with modeltranslation; names of taxa and places stay untranslated."""

from modeltranslation.translator import TranslationOptions, register

from species.models import (
    ConservationCategory,
    ConservationScheme,
    Distribution,
    Family,
    LookAlike,
    PartUsed,
    ProtectedListPage,
    SpeciesAssessment,
    SpeciesImage,
    SpeciesIndexPage,
    SpeciesPage,
    SpeciesSource,
    StrategicGroup,
    VernacularName,
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
    fields = ("name", "short_name", "description")


@register(ConservationCategory)
class ConservationCategoryTR(TranslationOptions):
    fields = ("name", "meaning")


@register(SpeciesIndexPage)
class SpeciesIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(SpeciesPage)
class SpeciesPageTR(TranslationOptions):
    fields = (
        "summary",
        "summary_for_children",
        "summary_for_experts",
        "taxonomic_note",
        "name_sort_key",
    ) + SpeciesPage.SECTIONS


@register(LookAlike)
class LookAlikeTR(TranslationOptions):
    fields = ("reason",)


@register(SpeciesImage)
class SpeciesImageTR(TranslationOptions):
    fields = ("caption",)


@register(ProtectedListPage)
class ProtectedListPageTR(TranslationOptions):
    fields = ("intro", "legal_basis")


# Notes shown beside a name, an assessment or a place: prose a visitor reads, so each
# language has its own (a Vietnamese note on an English page was English's absence).
@register(VernacularName)
class VernacularNameTR(TranslationOptions):
    fields = ("note",)


@register(SpeciesAssessment)
class SpeciesAssessmentTR(TranslationOptions):
    fields = ("note",)


@register(Distribution)
class DistributionTR(TranslationOptions):
    fields = ("place_note",)


# What a cited source supports is read by visitors under every page.
@register(SpeciesSource)
class SpeciesSourceTR(TranslationOptions):
    fields = ("supports",)
