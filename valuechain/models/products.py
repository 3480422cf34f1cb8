"""Products of medicinal plants, OCOP stars among them."""

from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, Page

from base.models import Commune
from search.documents import Searchable
from species.models import SpeciesPage
from species.vietnamese import sort_key
from valuechain.filters import ProductFilterForm
from valuechain.structured_data import product

from .common import MaybeSample
from .producers import ProducerPage, commune_label, public_page_ids

GTIN = RegexValidator(r"^\d{8}$|^\d{12,14}$", _("A GTIN has 8, 12, 13 or 14 digits."))


def by_label(choice):
    """Choices in Vietnamese dictionary order of their labels."""
    return sort_key(choice[1])


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

    def get_context(self, request, *args, **kwargs):
        """The live, public products, filtered from the query string, a page at a time."""
        context = super().get_context(request, *args, **kwargs)
        products = ProductPage.objects.live().public().child_of(self)
        form = ProductFilterForm(request.GET or None, options=self.filter_options(products))
        results = sorted(
            form.apply(products).select_related("producer__commune"),
            key=lambda p: sort_key(p.title),
        )
        page = Paginator(results, self.per_page).get_page(request.GET.get("page"))
        context.update(
            filter_form=form,
            products_page=page,
            result_count=len(results),
            shows_sample=any(p.is_sample for p in page),
        )
        return context

    @staticmethod
    def filter_options(products):
        """The values the filters offer: only those some of ``products`` have."""
        ids = products.values_list("pk", flat=True)
        producers = ProducerPage.objects.live().public().filter(products__in=ids).distinct()
        communes = Commune.objects.filter(pk__in=producers.exclude(commune=None).values("commune"))
        species = (
            SpeciesPage.objects.live().public().filter(product_ingredients__page__in=ids).distinct()
        )
        return {
            "species": sorted(((str(s.pk), s.title) for s in species), key=by_label),
            "producer": sorted(((str(p.pk), p.title) for p in producers), key=by_label),
            "commune": sorted(((str(c.pk), commune_label(c)) for c in communes), key=by_label),
        }


class ProductPage(Searchable, MaybeSample, Page):
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

    @property
    def ocop_text(self):
        """The OCOP rating in words: the text alternative of the stars."""
        if not self.ocop_stars:
            return ""
        text = _("%(n)s of 5 OCOP stars") % {"n": self.ocop_stars}
        details = [str(self.ocop_year) if self.ocop_year else "", self.ocop_decision]
        if self.ocop_decision:
            details[1] = _("decision %(decision)s") % {"decision": self.ocop_decision}
        return ", ".join([str(text), *(d for d in details if d)])

    @property
    def ocop_star_marks(self):
        """The stars drawn: filled for each star awarded, hollow up to five."""
        stars = min(max(self.ocop_stars or 0, 0), 5)
        return "★" * stars + "☆" * (5 - stars)

    def public_producer(self):
        """The producer, when its page is live and public."""
        if not self.producer_id:
            return None
        return ProducerPage.objects.live().public().filter(pk=self.producer_id).first()

    def public_batches(self):
        """This product's batches whose pages are live and public, newest harvest first."""
        if self.pk is None:  # the preview of a page not yet saved
            return []
        return self.batches.live().public().order_by("-harvest_date", "batch_code")

    def get_context(self, request, *args, **kwargs):
        """What the product's page shows; every linked page is live and public."""
        context = super().get_context(request, *args, **kwargs)
        ingredients = list(self.ingredients.select_related("species", "part"))
        certificates = list(self.certificates.all()) if self.pk is not None else []
        context.update(
            producer=self.public_producer(),
            ingredients=ingredients,
            public_pages=public_page_ids([i.species_id for i in ingredients]),
            certificates=certificates,
            images=list(self.images.select_related("image")),
            batches=list(self.public_batches()),
            shows_sample=self.is_sample or any(c.is_sample for c in certificates),
        )
        return context

    def structured_data(self, request):
        """The product as schema.org JSON-LD, or None for sample data (``base.html``)."""
        return product(self, request)

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
