"""Fields translated with modeltranslation; names in community languages stay as written."""

from modeltranslation.translator import TranslationOptions, register

from knowledge.models import (
    Community,
    Condition,
    KnowledgeIndexPage,
    KnowledgeItem,
    KnowledgeItemSource,
    KnowledgeMedia,
    KnowledgePage,
    RemedyEvidence,
    RemedyIndexPage,
    RemedyIngredient,
    RemedyPage,
    TKLabel,
)


@register(Community)
class CommunityTR(TranslationOptions):
    fields = ("name", "ethnic_group")


@register(TKLabel)
class TKLabelTR(TranslationOptions):
    fields = ("meaning",)


@register(Condition)
class ConditionTR(TranslationOptions):
    fields = ("name", "description")


@register(RemedyIndexPage)
class RemedyIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(KnowledgeIndexPage)
class KnowledgeIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(KnowledgeItem)
class KnowledgeItemTR(TranslationOptions):
    fields = ("summary", "name_sort_key")


@register(RemedyPage)
class RemedyPageTR(TranslationOptions):
    fields = ("cautions", "contraindications", "preparation")


@register(KnowledgePage)
class KnowledgePageTR(TranslationOptions):
    fields = ("body",)


@register(RemedyIngredient)
class RemedyIngredientTR(TranslationOptions):
    fields = ("amount", "preparation")


@register(RemedyEvidence)
class RemedyEvidenceTR(TranslationOptions):
    fields = ("summary",)


@register(KnowledgeMedia)
class KnowledgeMediaTR(TranslationOptions):
    fields = ("caption",)


# What a cited source supports is read by visitors under every page.
@register(KnowledgeItemSource)
class KnowledgeItemSourceTR(TranslationOptions):
    fields = ("supports",)
