"""Fields translated with modeltranslation; codes, names of places and numbers stay as they are."""

from modeltranslation.translator import TranslationOptions, register

from valuechain.models import (
    BatchIndexPage,
    BatchPage,
    BatchStep,
    DashboardPage,
    ProducerIndexPage,
    ProducerPage,
    ProductIndexPage,
    ProductIngredient,
    ProductPage,
)


@register(ProducerIndexPage)
class ProducerIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProducerPage)
class ProducerPageTR(TranslationOptions):
    fields = ("description",)


@register(ProductIndexPage)
class ProductIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(ProductPage)
class ProductPageTR(TranslationOptions):
    fields = ("description", "where_to_buy")


@register(ProductIngredient)
class ProductIngredientTR(TranslationOptions):
    fields = ("note",)


@register(BatchIndexPage)
class BatchIndexPageTR(TranslationOptions):
    fields = ("intro",)


@register(BatchPage)
class BatchPageTR(TranslationOptions):
    fields = ("cultivation_protocol", "recall_reason")


@register(BatchStep)
class BatchStepTR(TranslationOptions):
    fields = ("note",)


@register(DashboardPage)
class DashboardPageTR(TranslationOptions):
    fields = ("intro",)
