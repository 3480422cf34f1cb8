"""Products of medicinal plants, OCOP stars among them."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from .common import MaybeSample

GTIN = RegexValidator(r"^\d{8}$|^\d{12,14}$", _("A GTIN has 8, 12, 13 or 14 digits."))


class ProductIndexPage(Page):
    """Every product, filterable by species, OCOP stars, producer and commune."""

    home_link = _("Products and OCOP")

    intro = RichTextField(_("introduction"), blank=True, features=["bold", "italic", "link"])
    per_page = 24

    content_panels = Page.content_panels + [FieldPanel("intro")]
    parent_page_types = ["museum.HomePage"]
    subpage_types = ["valuechain.ProductPage"]
    max_count = 1

    class Meta:
        verbose_name = _("product index")


class ProductPage(MaybeSample, Page):
    """A product made from medicinal plants: who makes it, from what, and its OCOP rating."""

    producer = models.ForeignKey(
        "valuechain.ProducerPage",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        verbose_name=_("producer"),
    )
    description = RichTextField(
        _("description"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    ocop_stars = models.PositiveSmallIntegerField(
        _("OCOP stars"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    ocop_year = models.PositiveSmallIntegerField(_("OCOP year"), null=True, blank=True)
    ocop_decision = models.CharField(_("OCOP decision"), max_length=120, blank=True)
    geographical_indication = models.ForeignKey(
        "valuechain.GeographicalIndication",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="products",
        verbose_name=_("geographical indication"),
    )
    where_to_buy = models.TextField(
        _("where to buy"), blank=True, help_text=_("Shops, markets, tourist sites.")
    )
    gtin = models.CharField(_("GTIN (barcode)"), max_length=14, blank=True, validators=[GTIN])
    source = models.CharField(_("source"), max_length=255, blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("producer"),
        FieldPanel("description"),
        InlinePanel("ingredients", heading=_("Ingredients"), label=_("ingredient")),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("ocop_stars"), FieldPanel("ocop_year")]),
                FieldPanel("ocop_decision"),
            ],
            heading=_("OCOP"),
        ),
        FieldPanel("geographical_indication"),
        FieldPanel("where_to_buy"),
        FieldPanel("gtin"),
        InlinePanel("images", heading=_("Photos"), label=_("photo")),
        FieldRowPanel([FieldPanel("source"), FieldPanel("is_sample")]),
    ]
    parent_page_types = ["valuechain.ProductIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("product")
        verbose_name_plural = _("products")

    def clean(self):
        super().clean()
        if self.ocop_stars and not self.ocop_year:
            raise ValidationError({"ocop_year": _("Give the year the OCOP stars were awarded.")})


class ProductIngredient(Orderable):
    """One species (and part) a product is made from."""

    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="ingredients")
    species = models.ForeignKey(
        "species.SpeciesPage",
        on_delete=models.PROTECT,
        related_name="product_ingredients",
        verbose_name=_("species"),
    )
    part = models.ForeignKey(
        "species.PartUsed",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("part"),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)

    panels = [FieldRowPanel([FieldPanel("species"), FieldPanel("part")]), FieldPanel("note")]


class ProductImage(Orderable):
    page = ParentalKey(ProductPage, on_delete=models.CASCADE, related_name="images")
    image = models.ForeignKey(
        "base.CreditedImage", on_delete=models.CASCADE, related_name="+", verbose_name=_("image")
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]
