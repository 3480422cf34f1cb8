"""The research API's value chain: producers, products, growing areas, production figures,
the plans' targets and market prices, under ``/api/v1/``.

Each list shows what the public pages show, by the same rules:

* producers and products are live, public pages (``live().public()``);
* a growing area is shown when its species' page is public and it has no producer or a
  public one (the producer page lists it, the dashboard counts it), at the precision
  ``public_location`` allows: the commune only for a poached species;
* figures, targets and prices are those of public species, read through
  ``valuechain.dashboard`` (the dashboard page, its charts and CSV read the same);
* a species, producer or product is linked (``id`` and ``api_url``) only when its page
  is public, and named otherwise, as the pages do.

Every record says whether it is sample data (``is_sample``): the demo's value chain is
invented and says so on every exit. The conventions (pagination, ``?lang=``, CSV,
``cite``, caching) are ``base/api.py``'s. ``PublicLocationOut`` and ``location_data``
are shared with the museum's places (``museum/api_visits.py``): the value chain is the
lower of the two apps.
"""

from django import forms
from django.db.models import Case, F, Prefetch, Q, Value, When
from django.utils import translation
from django.utils.html import strip_tags
from ninja import Field, Query, Router, Schema
from wagtail.images.exceptions import InvalidFilterSpecError

from base.api import (
    LIST_OPERATION,
    ApiDetailForm,
    ApiListForm,
    Citation,
    DetailParams,
    ListParams,
    ListResponse,
    NotFound,
    detail,
    detail_response,
    item_url,
    language,
    list_response,
    not_found,
    ordered,
    parse_id,
)
from base.filters import IdField
from base.models import COMMUNE, Province, PublicLocation
from species.models import SpeciesPage
from valuechain import dashboard
from valuechain.models import (
    AreaStatus,
    BatchPage,
    Certificate,
    Form,
    GrowingArea,
    Indicator,
    MarketPrice,
    Plan,
    ProducerKind,
    ProducerPage,
    ProductImage,
    ProductIngredient,
    ProductionFigure,
    ProductPage,
    ValueChain,
    compact_code,
)

router = Router(tags=["value chain"])

# The full-size rendition the public pages link: re-encoded, so no camera metadata (GPS)
# leaves with it, unlike the original upload (museum_tags.FULL_SIZE_SPEC).
IMAGE_SPEC = "width-1600|format-jpeg"
YEARS = {"min_value": 1900, "max_value": 2200}


# --- Shared pieces -----------------------------------------------------------------------


class PublicLocationOut(Schema):
    """Where something is, as precisely as the public may know it."""

    commune: str
    province: str
    former_district: str
    label: str
    latitude: float | None
    longitude: float | None
    precision: str = Field(
        description="exact, or commune: the point is the commune's centre (a poached "
        "species' places never publish a finer one)."
    )


def location_data(location):
    """A ``PublicLocation`` as the API gives it, or None."""
    if location is None:
        return None
    return {
        "commune": location.commune,
        "province": location.province,
        "former_district": location.former_district,
        "label": str(location.label),
        "latitude": round(location.latitude, 6) if location.latitude is not None else None,
        "longitude": round(location.longitude, 6) if location.longitude is not None else None,
        "precision": location.precision,
    }


def commune_location(commune):
    """A commune as a location without a point (producers and figures are placed in a
    commune, not at one)."""
    if commune is None:
        return None
    return location_data(
        PublicLocation(
            commune=commune.name,
            province=commune.get_province_display(),
            former_district=commune.former_district,
            latitude=None,
            longitude=None,
            precision=COMMUNE,
        )
    )


def language_code():
    """The language the answer is written in."""
    return translation.get_language()


def number(value):
    """A decimal of the records as a JSON number (None stays None)."""
    return None if value is None else float(value)


def source_citations(*texts):
    """A record's ``source`` text(s) as citations (the value chain cites in plain text)."""
    texts = dict.fromkeys(t.strip() for t in texts if t and t.strip())
    return [{"citation": text, "url": None, "supports": None} for text in texts]


class SpeciesLink(Schema):
    """A species; ``id`` and ``api_url`` only when its page is public (as on the pages)."""

    id: int | None
    title: str
    scientific_name: str
    api_url: str | None


class PageLink(Schema):
    """A producer or product the record names; ``id`` when its page is public."""

    id: int | None
    title: str
    api_url: str | None


def species_link(species, public_ids, request):
    """``species`` as a ``SpeciesLink``: linked when its id is in ``public_ids``."""
    if species is None:
        return None
    public = species.pk in public_ids
    return {
        "id": species.pk if public else None,
        "title": species.title,
        "scientific_name": species.scientific_name,
        "api_url": item_url(request, "species-detail", species.pk) if public else None,
    }


def page_link(page, public_ids, endpoint, request):
    """``page`` as a ``PageLink`` to ``endpoint``, or None unless it is in ``public_ids``."""
    if page is None or page.pk not in public_ids:
        return None
    return {"id": page.pk, "title": page.title, "api_url": item_url(request, endpoint, page.pk)}


def public_ids(model):
    """Ids of the pages of ``model`` visitors may open."""
    return set(model.objects.live().public().values_list("pk", flat=True))


def choices(text_choices):
    """A form's choices: the values of ``text_choices``, as the API takes them."""
    return [(value, value) for value in text_choices.values]


# --- Certificates (inside producers, products and areas) ------------------------------------


class CertificateOut(Schema):
    """A certificate as the pages show it; an expired one says so (``expired``)."""

    scheme: str
    scheme_label: str
    number: str
    issuer: str
    holder: PageLink | None
    holder_name: str
    scope: str
    scope_label: str
    scope_note: str
    valid_from: str | None
    valid_until: str | None
    expired: bool
    document_url: str | None
    is_sample: bool
    sources: list[Citation]


def certificate_data(certificate, producer_ids, request):
    """A certificate as the API gives it (see ``certificates_prefetch``)."""
    document = certificate.document
    return {
        "scheme": certificate.scheme,
        "scheme_label": str(certificate.get_scheme_display()),
        "number": certificate.number,
        "issuer": certificate.issuer,
        "holder": page_link(certificate.holder, producer_ids, "producer-detail", request),
        "holder_name": certificate.holder_label or "",
        "scope": certificate.scope,
        "scope_label": str(certificate.get_scope_display()),
        "scope_note": certificate.scope_note,
        "valid_from": certificate.valid_from.isoformat() if certificate.valid_from else None,
        "valid_until": certificate.valid_until.isoformat() if certificate.valid_until else None,
        "expired": certificate.expired,
        "document_url": request.build_absolute_uri(document.url) if document else None,
        "is_sample": certificate.is_sample,
        "sources": source_citations(certificate.source),
    }


def certificates_prefetch():
    """What ``certificate_data`` reads of a record's certificates, in one query."""
    return Prefetch(
        "certificates",
        queryset=Certificate.objects.select_related("holder", "document").order_by(
            "scheme", "number", "pk"
        ),
    )


# --- Producers ----------------------------------------------------------------------------


class ProducerParams(ListParams):
    kind: str | None = Field(
        None, description="Kind of producer.", json_schema_extra={"enum": ProducerKind.values}
    )
    province: str | None = Field(
        None, description="Province code.", json_schema_extra={"enum": Province.values}
    )
    commune: str | None = Field(None, description="A commune's id.")
    species: str | None = Field(None, description="A species id: producers growing it.")


class ProducerForm(ApiListForm):
    kind = forms.ChoiceField(required=False, choices=choices(ProducerKind))
    province = forms.ChoiceField(required=False, choices=choices(Province))
    commune = IdField(required=False)
    species = IdField(required=False)


class ContactOut(Schema):
    address: str
    phone: str
    email: str
    website: str


class ValueChainOut(Schema):
    """A linked value chain the producer leads or belongs to."""

    name: str
    description: str
    lead: PageLink | None
    species: SpeciesLink | None
    is_sample: bool
    sources: list[Citation]


class ProducerOut(Schema):
    """An enterprise, cooperative, group or facility, with what it grows and makes."""

    id: int
    title: str
    url: str
    language: str
    kind: str
    kind_label: str
    facility_code: str
    commune: PublicLocationOut | None
    description: str
    species: list[SpeciesLink]
    products: list[PageLink]
    growing_area_ids: list[int]
    certificates: list[CertificateOut]
    value_chains: list[ValueChainOut]
    contact: ContactOut
    is_sample: bool
    sources: list[Citation]


def _producers_with_details(producers):
    return producers.select_related("commune").prefetch_related(
        "species",
        Prefetch(
            "products",
            queryset=ProductPage.objects.live().public().order_by("title", "pk"),
            to_attr="public_product_list",
        ),
        Prefetch("growing_areas", queryset=GrowingArea.objects.order_by("code", "name", "pk")),
        certificates_prefetch(),
    )


def _chains_of(producers):
    """{producer id: [value chains it leads or belongs to]}, in one query."""
    ids = [p.pk for p in producers]
    chains = (
        ValueChain.objects.filter(Q(lead__in=ids) | Q(members__in=ids))
        .select_related("lead", "species")
        .prefetch_related("members")
        .distinct()
        .order_by("name", "pk")
    )
    found = {pk: [] for pk in ids}
    for chain in chains:
        for pk in {chain.lead_id, *(m.pk for m in chain.members.all())}:
            if pk in found:
                found[pk].append(chain)
    return found


def producer_data(producers, request):
    """``producers`` (public pages) as the API gives them: a fixed number of queries."""
    order = {p.pk: i for i, p in enumerate(producers)}
    producers = list(_producers_with_details(ProducerPage.objects.filter(pk__in=order)))
    species_ids, producer_ids = public_ids(SpeciesPage), public_ids(ProducerPage)
    areas_shown = set(public_growing_areas().values_list("pk", flat=True))
    chains = _chains_of(producers)
    rows = []
    for producer in sorted(producers, key=lambda p: order[p.pk]):
        species = sorted(
            (s for s in producer.species.all() if s.pk in species_ids), key=lambda s: s.title
        )
        rows.append(
            {
                "id": producer.pk,
                "title": producer.title,
                "url": producer.get_full_url(request),
                "language": language_code(),
                "kind": producer.kind,
                "kind_label": str(producer.get_kind_display()),
                "facility_code": producer.facility_code,
                "commune": commune_location(producer.commune),
                "description": strip_tags(producer.description or "").strip(),
                "species": [species_link(s, species_ids, request) for s in species],
                "products": [
                    page_link(p, {p.pk}, "product-detail", request)
                    for p in producer.public_product_list
                ],
                "growing_area_ids": [
                    a.pk for a in producer.growing_areas.all() if a.pk in areas_shown
                ],
                "certificates": [
                    certificate_data(c, producer_ids, request) for c in producer.certificates.all()
                ],
                "value_chains": [
                    {
                        "name": chain.name,
                        "description": chain.description,
                        "lead": page_link(chain.lead, producer_ids, "producer-detail", request),
                        "species": species_link(chain.species, species_ids, request),
                        "is_sample": chain.is_sample,
                        "sources": source_citations(chain.source),
                    }
                    for chain in chains[producer.pk]
                ],
                "contact": {
                    "address": producer.address,
                    "phone": producer.contact_phone,
                    "email": producer.contact_email,
                    "website": producer.website,
                },
                "is_sample": producer.is_sample,
                "sources": source_citations(producer.source),
            }
        )
    return rows


@router.get(
    "/producers/",
    response=ListResponse[ProducerOut],
    url_name="producer-list",
    summary="Producers of the value chain",
    **LIST_OPERATION,
)
def producer_list(request, params: Query[ProducerParams]):
    """Public producers, filtered by kind, province, commune and species, by title."""
    query = ProducerForm.read(params)
    producers = ProducerPage.objects.live().public()
    if "kind" in query:
        producers = producers.filter(kind=query["kind"])
    if "province" in query:
        producers = producers.filter(commune__province=query["province"])
    if "commune" in query:
        producers = producers.filter(commune_id=query["commune"])
    if "species" in query:
        # Through a public species only: the pages never link a producer to a draft one.
        public = SpeciesPage.objects.live().public()
        producers = producers.filter(species__in=public.filter(pk=query["species"]))
    producers = ordered(producers.distinct(), "title")
    return list_response(request, query, producers, producer_data, title="Producers")


@router.get(
    "/producers/{int:id}/",
    response={200: ProducerOut, 404: NotFound},
    url_name="producer-detail",
    summary="One producer",
)
def producer_detail(request, id: int, params: Query[DetailParams]):
    """One public producer, or 404."""
    return detail(request, params, ProducerPage.objects.live().public(), id, producer_data)


# --- Products -----------------------------------------------------------------------------


class ProductParams(ListParams):
    species: str | None = Field(None, description="A species id: products made from it.")
    producer: str | None = Field(None, description="A producer's id.")
    province: str | None = Field(
        None, description="The producer's province.", json_schema_extra={"enum": Province.values}
    )
    commune: str | None = Field(None, description="The producer's commune id.")
    stars: str | None = Field(
        None, description="At least this many OCOP stars (1 to 5).", examples=["3"]
    )


class ProductForm(ApiListForm):
    species = IdField(required=False)
    producer = IdField(required=False)
    province = forms.ChoiceField(required=False, choices=choices(Province))
    commune = IdField(required=False)
    stars = forms.IntegerField(required=False, min_value=1, max_value=5)


class IngredientOut(Schema):
    species: SpeciesLink
    part: str | None
    note: str


class OcopOut(Schema):
    """The product's OCOP rating (One Commune One Product), with its text alternative."""

    stars: int | None
    year: int | None
    decision: str
    text: str


class IndicationOut(Schema):
    """A geographical indication registered with the IP office."""

    name: str
    product_name: str
    number: str
    decision: str
    date: str | None
    holder: str
    area: str
    sources: list[Citation]


class ImageOut(Schema):
    url: str
    title: str
    caption: str
    credit: str
    licence: str
    licence_uri: str


class BatchOut(Schema):
    batch_code: str
    url: str
    harvest_date: str | None
    recalled: bool


class ProductOut(Schema):
    """A product made from medicinal plants: who makes it, from which species, its OCOP
    rating, certificates and batches."""

    id: int
    title: str
    url: str
    language: str
    producer: PageLink | None
    ingredients: list[IngredientOut]
    species_ids: list[int]
    ocop: OcopOut
    geographical_indication: IndicationOut | None
    description: str
    where_to_buy: str
    gtin: str
    images: list[ImageOut]
    certificates: list[CertificateOut]
    batches: list[BatchOut]
    is_sample: bool
    sources: list[Citation]


def _image_data(item, request):
    image = item.image
    if not image.is_credited:
        return None  # the pages refuse an image without its credit and licence
    try:
        rendition = image.get_rendition(IMAGE_SPEC)
    except (InvalidFilterSpecError, OSError):  # SourceImageIOError is an OSError
        return None  # a file missing on disk: no image rather than no answer
    return {
        "url": request.build_absolute_uri(rendition.url),
        "title": image.title,
        "caption": item.caption,
        "credit": image.credit,
        "licence": image.licence,
        "licence_uri": image.licence_uri,
    }


def _indication_data(gi):
    if gi is None:
        return None
    return {
        "name": gi.name,
        "product_name": gi.product_name,
        "number": gi.number,
        "decision": gi.decision,
        "date": gi.date.isoformat() if gi.date else None,
        "holder": gi.holder,
        "area": gi.area,
        "sources": source_citations(gi.source),
    }


def product_data(products, request):
    """``products`` (public pages) as the API gives them: a fixed number of queries, and
    one more per image whose rendition is not made yet."""
    order = {p.pk: i for i, p in enumerate(products)}
    products = (
        ProductPage.objects.filter(pk__in=order)
        .select_related("producer", "geographical_indication")
        .prefetch_related(
            Prefetch(
                "ingredients",
                queryset=ProductIngredient.objects.select_related("species", "part"),
            ),
            Prefetch("images", queryset=ProductImage.objects.select_related("image")),
            Prefetch(
                "batches",
                queryset=BatchPage.objects.live().public().order_by("-harvest_date", "batch_code"),
                to_attr="public_batch_list",
            ),
            certificates_prefetch(),
        )
    )
    species_ids, producer_ids = public_ids(SpeciesPage), public_ids(ProducerPage)
    rows = []
    for product in sorted(products, key=lambda p: order[p.pk]):
        ingredients = list(product.ingredients.all())
        images = (_image_data(item, request) for item in product.images.all())
        rows.append(
            {
                "id": product.pk,
                "title": product.title,
                "url": product.get_full_url(request),
                "language": language_code(),
                "producer": page_link(product.producer, producer_ids, "producer-detail", request),
                "ingredients": [
                    {
                        "species": species_link(i.species, species_ids, request),
                        "part": i.part.name if i.part_id else None,
                        "note": i.note,
                    }
                    for i in ingredients
                ],
                "species_ids": list(
                    dict.fromkeys(i.species_id for i in ingredients if i.species_id in species_ids)
                ),
                "ocop": {
                    "stars": product.ocop_stars,
                    "year": product.ocop_year,
                    "decision": product.ocop_decision,
                    "text": str(product.ocop_text),
                },
                "geographical_indication": _indication_data(product.geographical_indication),
                "description": strip_tags(product.description or "").strip(),
                "where_to_buy": product.where_to_buy,
                "gtin": product.gtin,
                "images": [image for image in images if image],
                "certificates": [
                    certificate_data(c, producer_ids, request) for c in product.certificates.all()
                ],
                "batches": [
                    {
                        "batch_code": b.batch_code,
                        "url": b.get_full_url(request),
                        "harvest_date": b.harvest_date.isoformat() if b.harvest_date else None,
                        "recalled": b.recalled,
                    }
                    for b in product.public_batch_list
                ],
                "is_sample": product.is_sample,
                "sources": source_citations(product.source),
            }
        )
    return rows


@router.get(
    "/products/",
    response=ListResponse[ProductOut],
    url_name="product-list",
    summary="Products of medicinal plants, OCOP among them",
    **LIST_OPERATION,
)
def product_list(request, params: Query[ProductParams]):
    """Public products, filtered by species, producer, province, commune and OCOP stars,
    by title."""
    query = ProductForm.read(params)
    products = ProductPage.objects.live().public()
    if "species" in query:
        products = products.filter(ingredients__species_id=query["species"])
    if "producer" in query:
        products = products.filter(producer_id=query["producer"])
    if "province" in query:
        products = products.filter(producer__commune__province=query["province"])
    if "commune" in query:
        products = products.filter(producer__commune_id=query["commune"])
    if "stars" in query:
        products = products.filter(ocop_stars__gte=query["stars"])
    products = ordered(products.distinct(), "title")
    return list_response(request, query, products, product_data, title="Products")


@router.get(
    "/products/{int:id}/",
    response={200: ProductOut, 404: NotFound},
    url_name="product-detail",
    summary="One product",
)
def product_detail(request, id: int, params: Query[DetailParams]):
    """One public product, or 404."""
    return detail(request, params, ProductPage.objects.live().public(), id, product_data)


# --- Growing areas ------------------------------------------------------------------------


def public_growing_areas():
    """The growing areas the public pages show: of a public species, and of no producer
    or a public one (``species_sections`` and the dashboard count the same)."""
    producers = ProducerPage.objects.live().public().values("pk")
    return GrowingArea.objects.filter(
        species__in=SpeciesPage.objects.live().public().values("pk")
    ).filter(Q(producer=None) | Q(producer__in=producers))


class AreaParams(ListParams):
    species: str | None = Field(None, description="A species id.")
    producer: str | None = Field(None, description="A producer's id.")
    province: str | None = Field(
        None, description="Province code.", json_schema_extra={"enum": Province.values}
    )
    commune: str | None = Field(None, description="A commune's id.")
    status: str | None = Field(
        None, description="Status of the code.", json_schema_extra={"enum": AreaStatus.values}
    )
    code: str | None = Field(
        None,
        description="A growing-area code, with or without its dashes.",
        examples=["VN-12-105-03430-001-24"],
    )


class AreaForm(ApiListForm):
    species = IdField(required=False)
    producer = IdField(required=False)
    province = forms.ChoiceField(required=False, choices=choices(Province))
    commune = IdField(required=False)
    status = forms.ChoiceField(required=False, choices=choices(AreaStatus))
    code = forms.CharField(required=False, max_length=60)


class GrowingAreaOut(Schema):
    """A growing area (vùng trồng) of one species, with its code once granted."""

    id: int
    code: str
    name: str
    status: str
    status_label: str
    species: SpeciesLink
    producer: PageLink | None
    area_ha: float
    under_canopy: bool
    forest_type: str
    forest_type_label: str
    planting_year: int | None
    location: PublicLocationOut | None
    certificates: list[CertificateOut]
    is_sample: bool
    sources: list[Citation]


def area_data(areas, request):
    """``areas`` (public ones) as the API gives them: a fixed number of queries."""
    order = {a.pk: i for i, a in enumerate(areas)}
    assessments = Prefetch(
        "species__assessments",
        queryset=SpeciesPage.assessments_in_order(),
        to_attr="prefetched_assessments",
    )
    areas = (
        GrowingArea.objects.filter(pk__in=order)
        .select_related("species", "producer", "commune")
        .prefetch_related(assessments, certificates_prefetch())
    )
    species_ids, producer_ids = public_ids(SpeciesPage), public_ids(ProducerPage)
    return [
        {
            "id": area.pk,
            "code": area.code,
            "name": area.name,
            "status": area.status,
            "status_label": str(area.get_status_display()),
            "species": species_link(area.species, species_ids, request),
            "producer": page_link(area.producer, producer_ids, "producer-detail", request),
            "area_ha": float(area.area_ha),
            "under_canopy": area.under_canopy,
            "forest_type": area.forest_type,
            "forest_type_label": str(area.get_forest_type_display()) if area.forest_type else "",
            "planting_year": area.planting_year,
            "location": location_data(area.public_location()),
            "certificates": [
                certificate_data(c, producer_ids, request) for c in area.certificates.all()
            ],
            "is_sample": area.is_sample,
            "sources": source_citations(area.source),
        }
        for area in sorted(areas, key=lambda a: order[a.pk])
    ]


@router.get(
    "/growing-areas/",
    response=ListResponse[GrowingAreaOut],
    url_name="growing-area-list",
    summary="Growing areas and their codes",
    **LIST_OPERATION,
)
def growing_area_list(request, params: Query[AreaParams]):
    """Growing areas, filtered by species, producer, province, commune, status and code,
    by code (areas without one last, by name)."""
    query = AreaForm.read(params)
    areas = public_growing_areas()
    for name in ("species", "producer", "commune", "status"):
        if name in query:
            areas = areas.filter(**{name: query[name]})
    if "province" in query:
        areas = areas.filter(commune__province=query["province"])
    if "code" in query:
        areas = areas.filter(code_compact=compact_code(query["code"]))
    without_code = Case(When(code="", then=Value(1)), default=Value(0))
    areas = ordered(areas, without_code, "code_compact", "name")
    return list_response(request, query, areas, area_data, title="Growing areas")


@router.get(
    "/growing-areas/{int:id}/",
    response={200: GrowingAreaOut, 404: NotFound},
    url_name="growing-area-detail",
    summary="One growing area",
)
def growing_area_detail(request, id: int, params: Query[DetailParams]):
    """One growing area the public may see, or 404."""
    pk = parse_id(id)
    area = public_growing_areas().filter(pk=pk).first() if pk else None
    if area is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = area_data([area], request)[0]
        return detail_response(request, query, data, title=data["code"] or data["name"])


# --- Production figures -------------------------------------------------------------------


class FigureParams(ListParams):
    species: str | None = Field(None, description="A species id.")
    province: str | None = Field(
        None, description="Province code.", json_schema_extra={"enum": Province.values}
    )
    commune: str | None = Field(None, description="A commune's id.")
    year: str | None = Field(None, description="The year of the figures.", examples=["2024"])


class FigureForm(ApiListForm):
    species = IdField(required=False)
    province = forms.ChoiceField(required=False, choices=choices(Province))
    commune = IdField(required=False)
    year = forms.IntegerField(required=False, **YEARS)


class ProductionFigureOut(Schema):
    """One year's production of one species in a province, or in one commune of it
    (``commune`` empty: the whole province)."""

    id: int
    species: SpeciesLink
    province: str
    province_label: str
    commune: PublicLocationOut | None
    year: int
    area_planted_ha: float | None
    area_harvested_ha: float | None
    output_tonnes: float | None
    value_billion_vnd: float | None
    is_sample: bool
    sources: list[Citation]


def public_figures():
    """The production figures of public species, as the dashboard reads them."""
    return ProductionFigure.objects.filter(species__in=dashboard.public_species())


def figure_data(figures, request):
    """Production figures as the API gives them: a fixed number of queries."""
    order = {f.pk: i for i, f in enumerate(figures)}
    figures = ProductionFigure.objects.filter(pk__in=order).select_related("species", "commune")
    species_ids = public_ids(SpeciesPage)
    return [
        {
            "id": f.pk,
            "species": species_link(f.species, species_ids, request),
            "province": f.province,
            "province_label": str(f.get_province_display()),
            "commune": commune_location(f.commune),
            "year": f.year,
            "area_planted_ha": number(f.area_planted_ha),
            "area_harvested_ha": number(f.area_harvested_ha),
            "output_tonnes": number(f.output_tonnes),
            "value_billion_vnd": number(f.value_billion_vnd),
            "is_sample": f.is_sample,
            "sources": source_citations(f.source),
        }
        for f in sorted(figures, key=lambda f: order[f.pk])
    ]


@router.get(
    "/production-figures/",
    response=ListResponse[ProductionFigureOut],
    url_name="production-figure-list",
    summary="Production figures by species, province and year",
    **LIST_OPERATION,
)
def production_figure_list(request, params: Query[FigureParams]):
    """Production figures of public species, filtered by species, province, commune and
    year; by species, province, the province-wide figure before its communes', newest
    year first."""
    query = FigureForm.read(params)
    figures = public_figures()
    for name in ("species", "province", "commune", "year"):
        if name in query:
            figures = figures.filter(**{name: query[name]})
    figures = ordered(
        figures,
        "species__title",
        "species_id",
        "province",
        F("commune__name").asc(nulls_first=True),
        "-year",
    )
    return list_response(request, query, figures, figure_data, title="Production figures")


@router.get(
    "/production-figures/{int:id}/",
    response={200: ProductionFigureOut, 404: NotFound},
    url_name="production-figure-detail",
    summary="One production figure",
)
def production_figure_detail(request, id: int, params: Query[DetailParams]):
    """One production figure of a public species, or 404."""
    pk = parse_id(id)
    figure = public_figures().filter(pk=pk).first() if pk else None
    if figure is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = figure_data([figure], request)[0]
        return detail_response(request, query, data, title=str(figure))


# --- The plans' targets, against the records ---------------------------------------------


class TargetParams(ListParams):
    plan: str | None = Field(None, description="The plan.", json_schema_extra={"enum": Plan.values})
    indicator: str | None = Field(
        None, description="The indicator.", json_schema_extra={"enum": Indicator.values}
    )
    species: str | None = Field(None, description="A species id (targets for that species).")
    province: str | None = Field(
        None, description="Province code.", json_schema_extra={"enum": Province.values}
    )


class TargetForm(ApiListForm):
    plan = forms.ChoiceField(required=False, choices=choices(Plan))
    indicator = forms.ChoiceField(required=False, choices=choices(Indicator))
    species = IdField(required=False)
    province = forms.ChoiceField(required=False, choices=choices(Province))


class CurrentOut(Schema):
    """Where the indicator stands today, computed from the museum's records. ``value``
    is null when the records give no figure yet (not zero: the records are not a full
    register)."""

    value: float | None
    year: int | None
    is_sample: bool
    sources: list[Citation]
    note: str


class PlanTargetOut(Schema):
    """A target of a provincial plan, as the plan words it, with the current value and how
    much of the target it reaches."""

    id: int
    plan: str
    plan_label: str
    indicator: str
    indicator_label: str
    species: SpeciesLink | None
    province: str
    province_label: str
    year: int
    target: float
    at_least: bool
    baseline: float | None
    baseline_year: int | None
    wording: str
    current: CurrentOut
    percent_reached: float | None
    sources: list[Citation]


def target_rows():
    """[(target, group, row)] of every target the dashboard shows, in its order (the
    plans, their indicators, then the target years)."""
    rows = []
    for section in dashboard.dashboard():
        for group in section.groups:
            for row in sorted(group.rows, key=lambda r: (r.target.year, r.target.pk)):
                rows.append((row.target, group, row))
    return rows


def target_data(rows, request):
    """``target_rows`` as the API gives them."""
    species_ids = public_ids(SpeciesPage)
    data = []
    for target, group, row in rows:
        current = group.current
        data.append(
            {
                "id": target.pk,
                "plan": target.plan,
                "plan_label": str(target.get_plan_display()),
                "indicator": target.indicator,
                "indicator_label": str(group.label),
                "species": species_link(target.species, species_ids, request),
                "province": target.province,
                "province_label": str(group.province_label),
                "year": target.year,
                "target": float(target.value),
                "at_least": target.at_least,
                "baseline": number(target.baseline_value),
                "baseline_year": target.baseline_year,
                "wording": target.wording,
                "current": {
                    "value": number(current.value),
                    "year": current.year,
                    "is_sample": current.is_sample,
                    "sources": source_citations(*current.sources),
                    "note": str(current.note),
                },
                "percent_reached": number(row.percent),
                "sources": source_citations(target.source),
            }
        )
    return data


@router.get(
    "/plan-targets/",
    response=ListResponse[PlanTargetOut],
    url_name="plan-target-list",
    summary="The provincial plans' targets against the current figures",
    **LIST_OPERATION,
)
def plan_target_list(request, params: Query[TargetParams]):
    """Every target of the plans (as the production dashboard shows them), filtered by
    plan, indicator, species and province, with the current value from the records."""
    query = TargetForm.read(params)
    rows = target_rows()
    for name in ("plan", "indicator", "province"):
        if name in query:
            rows = [r for r in rows if getattr(r[0], name) == query[name]]
    if "species" in query:
        rows = [r for r in rows if r[0].species_id == query["species"]]
    return list_response(request, query, rows, target_data, title="Plan targets")


@router.get(
    "/plan-targets/{int:id}/",
    response={200: PlanTargetOut, 404: NotFound},
    url_name="plan-target-detail",
    summary="One target of a plan",
)
def plan_target_detail(request, id: int, params: Query[DetailParams]):
    """One target with the current value, or 404 (also for a target about a species the
    public cannot see)."""
    pk = parse_id(id)
    rows = [r for r in target_rows() if r[0].pk == pk] if pk else []
    if not rows:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = target_data(rows, request)[0]
        return detail_response(request, query, data, title=data["wording"])


# --- Market prices ------------------------------------------------------------------------


class PriceParams(ListParams):
    species: str | None = Field(None, description="A species id.")
    part: str | None = Field(None, description="The code of a part used, e.g. root.")
    form: str | None = Field(
        None, description="fresh, dried or processed.", json_schema_extra={"enum": Form.values}
    )
    market: str | None = Field(None, description="A market's name, as the prices give it.")
    since: str | None = Field(None, description="From this day on (YYYY-MM-DD).")
    until: str | None = Field(None, description="Up to this day (YYYY-MM-DD).")
    latest: str | None = Field(
        None,
        description="true: for each species, part and form, only its latest day's prices.",
        json_schema_extra={"enum": ["true", "false"]},
    )


class PriceForm(ApiListForm):
    species = IdField(required=False)
    part = forms.SlugField(required=False, max_length=40)
    form = forms.ChoiceField(required=False, choices=choices(Form))
    market = forms.CharField(required=False, max_length=200)
    since = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    until = forms.DateField(required=False, input_formats=["%Y-%m-%d"])
    latest = forms.BooleanField(required=False)


class PartOut(Schema):
    code: str
    name: str


class MarketPriceOut(Schema):
    """The price of one species' part, in one form, at one market on one day."""

    id: int
    species: SpeciesLink
    part: PartOut | None
    form: str
    form_label: str
    market: str
    date: str
    price_vnd_per_kg: int
    is_sample: bool
    sources: list[Citation]


def public_prices():
    """Market prices of public species (as the dashboard reads them), in its order: by
    species, part (unnamed last), form, newest day first; then market and id."""
    prices = MarketPrice.objects.filter(species__in=dashboard.public_species())
    part_order = F("part__sort_order").asc(nulls_last=True)
    return prices.order_by(
        "species__title", "species_id", part_order, "part__code", "form", "-date", "market", "pk"
    )


def price_data(prices, request):
    """Market prices as the API gives them: a fixed number of queries."""
    order = {p.pk: i for i, p in enumerate(prices)}
    prices = MarketPrice.objects.filter(pk__in=order).select_related("species", "part")
    species_ids = public_ids(SpeciesPage)
    return [
        {
            "id": p.pk,
            "species": species_link(p.species, species_ids, request),
            "part": {"code": p.part.code, "name": p.part.name} if p.part_id else None,
            "form": p.form,
            "form_label": str(p.get_form_display()),
            "market": p.market,
            "date": p.date.isoformat(),
            "price_vnd_per_kg": p.price_vnd_per_kg,
            "is_sample": p.is_sample,
            "sources": source_citations(p.source),
        }
        for p in sorted(prices, key=lambda p: order[p.pk])
    ]


@router.get(
    "/market-prices/",
    response=ListResponse[MarketPriceOut],
    url_name="market-price-list",
    summary="Market prices of medicinal materials",
    **LIST_OPERATION,
)
def market_price_list(request, params: Query[PriceParams]):
    """Market prices of public species, filtered by species, part, form, market and days;
    ``latest=true`` keeps each species, part and form's latest day, as the dashboard's
    table does."""
    query = PriceForm.read(params)
    prices = public_prices()
    if "species" in query:
        prices = prices.filter(species_id=query["species"])
    if "part" in query:
        prices = prices.filter(part__code=query["part"])
    if "form" in query:
        prices = prices.filter(form=query["form"])
    if "market" in query:
        prices = prices.filter(market=query["market"])
    if "since" in query:
        prices = prices.filter(date__gte=query["since"])
    if "until" in query:
        prices = prices.filter(date__lte=query["until"])
    if query.get("latest"):
        prices = list(dashboard.latest_prices(prices))
    return list_response(request, query, prices, price_data, title="Market prices")


@router.get(
    "/market-prices/{int:id}/",
    response={200: MarketPriceOut, 404: NotFound},
    url_name="market-price-detail",
    summary="One market price",
)
def market_price_detail(request, id: int, params: Query[DetailParams]):
    """One market price of a public species, or 404."""
    pk = parse_id(id)
    price = public_prices().filter(pk=pk).first() if pk else None
    if price is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = price_data([price], request)[0]
        return detail_response(request, query, data, title=str(price))
