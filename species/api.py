"""The research API's species and protected lists.

``/api/v1/species/`` (filters: family, part, province, scheme, category, list, q),
``/api/v1/species/{id}/``, ``/api/v1/protected-lists/`` and
``/api/v1/protected-lists/{id}/``. Only live, public pages. What the public may not
know stays out as on the pages: vernacular names other than public ones, and any
place of a poached species finer than its commune (``species.distribution_map``).
The conventions (pagination, citation, caching, CSV) are base/api.py's.
"""

from django import forms
from django.conf import settings
from django.db.models import Prefetch, Q
from django.utils.html import strip_tags
from ninja import Field, Query, Router, Schema

from base.api import (
    LIST_OPERATION,
    ApiDetailForm,
    ApiListForm,
    Citation,
    DetailParams,
    ItemId,
    ListParams,
    ListResponse,
    NotFound,
    detail_response,
    item_url,
    language,
    list_response,
    not_found,
    ordered,
    parse_id,
)
from base.filters import IdField
from base.models import Province
from base.page_meta import SHARE_IMAGE_SPEC, absolute
from search.documents import PUBLIC
from species import distribution_map
from species.models import (
    ProtectedListPage,
    SpeciesAssessment,
    SpeciesImage,
    SpeciesPage,
    SpeciesSource,
)

router = Router(tags=["species"])

GBIF_URL = "https://www.gbif.org/species/{}"
IPNI_URL = "https://www.ipni.org/n/{}"
POWO_URL = "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:{}"
WIKIDATA_URL = "https://www.wikidata.org/wiki/{}"
# The order of the scientific name, then the id: stable whatever the titles' language.
SCIENTIFIC_ORDER = ("genus", "epithet", "infraspecific_rank", "infraspecific_name")


# --- Parameters -------------------------------------------------------------------------------


class SpeciesParams(ListParams):
    """The filters of the species list; all must hold."""

    family: str | None = Field(None, description="Family, by its Latin name (Zingiberaceae).")
    part: str | None = Field(None, description="Part used, by its code.")
    province: str | None = Field(
        None,
        description="Grows in this province.",
        json_schema_extra={"enum": list(Province.values)},
    )
    scheme: str | None = Field(None, description="Assessed under this scheme (its code).")
    category: str | None = Field(
        None, description="Assessed in this category (its code, e.g. VU); with scheme, in it."
    )
    list: str | None = Field(None, description="On this protected list (its id).")
    q: str | None = Field(None, description="Part of a name: common, scientific or synonym.")


class SpeciesForm(ApiListForm):
    """The species list's query string, read forgivingly."""

    family = forms.CharField(required=False, max_length=100)
    part = forms.CharField(required=False, max_length=40)
    province = forms.ChoiceField(required=False, choices=Province.choices)
    scheme = forms.CharField(required=False, max_length=40)
    category = forms.CharField(required=False, max_length=30)
    list = IdField(required=False)
    q = forms.CharField(required=False, max_length=100)


# --- Response shapes ------------------------------------------------------------------------


class Code(Schema):
    code: str
    name: str


class ScientificName(Schema):
    full: str = Field(description="The name without authority.")
    genus: str
    epithet: str
    infraspecific_rank: str
    infraspecific_name: str
    authority: str


class Family(Schema):
    latin_name: str
    name: str


class Synonym(Schema):
    name: str
    authority: str
    kind: str


class Vernacular(Schema):
    name: str
    language: str
    language_name: str
    note: str


class Assessment(Schema):
    scheme: str
    scheme_name: str
    category: str
    category_name: str
    year: int | None
    criteria: str
    note: str
    source: Citation | None


class ListRef(Schema):
    id: int
    title: str
    url: str
    api_url: str


class Location(Schema):
    commune: str
    province: str
    latitude: float
    longitude: float
    precision: str = Field(description="'commune': the commune's centre, no finer.")


class Place(Schema):
    province: str
    commune: str
    former_district: str
    place_note: str
    altitude_min: int | None
    altitude_max: int | None
    location: Location | None


class OtherPlace(Schema):
    title: str
    url: str
    kind: str
    location: Location


class Image(Schema):
    url: str
    width: int
    height: int
    caption: str
    credit: str
    licence: str
    licence_uri: str
    source_url: str


class ExternalIds(Schema):
    gbif_taxon_key: int | None
    gbif_url: str | None
    ipni_id: str | None
    ipni_url: str | None
    powo_url: str | None
    wikidata_id: str | None
    wikidata_url: str | None


class SpeciesOut(Schema):
    """A species in a list."""

    id: int
    url: str
    api_url: str
    title: str
    titles: dict[str, str] = Field(description="The common name in each language of the site.")
    scientific_name: ScientificName
    family: Family
    regional_status: Code
    parts_used: list[Code]
    assessments: list[Assessment]
    external_ids: ExternalIds
    sources: list[Citation]


class SpeciesDetail(SpeciesOut):
    """One species with its names, conservation, places, images and sources."""

    summary: str
    synonyms: list[Synonym]
    vernacular_names: list[Vernacular] = Field(description="Public names only.")
    protected_lists: list[ListRef]
    location_is_sensitive: bool = Field(
        description="Poached: no place finer than the commune is published."
    )
    distribution: list[Place]
    other_places: list[OtherPlace]
    images: list[Image]
    cautions: str
    is_toxic: bool


class ListEntry(Schema):
    species_id: int
    api_url: str
    title: str
    scientific_name: str
    categories: list[str] = Field(description="The matching assessments: 'scheme:code'.")
    note: str = Field(description="Why it was added by hand, if it was.")


class ProtectedListOut(Schema):
    """A protected list in a list: its rule, not its species."""

    id: int
    url: str
    api_url: str
    title: str
    categories: list[str]
    harvest_rule: str
    province: str
    count: int


class ProtectedListDetail(ProtectedListOut):
    """One protected list with its legal basis and its species."""

    legal_basis: str
    species: list[ListEntry]


# --- Data ---------------------------------------------------------------------------------------


def public_species():
    """The species the API shows: live pages open to the public (no private view rule)."""
    return SpeciesPage.objects.live().public()


def _citation(source):
    if source is None:
        return None
    return {"citation": source.formatted(), "url": source.url or None, "supports": None}


def _external_ids(page):
    key, ipni, wikidata = page.gbif_taxon_key, page.ipni_id or None, page.wikidata_id or None
    return {
        "gbif_taxon_key": key,
        "gbif_url": GBIF_URL.format(key) if key else None,
        "ipni_id": ipni,
        "ipni_url": IPNI_URL.format(ipni) if ipni else None,
        "powo_url": POWO_URL.format(ipni) if ipni else None,
        "wikidata_id": wikidata,
        "wikidata_url": WIKIDATA_URL.format(wikidata) if wikidata else None,
    }


def _assessment(a):
    return {
        "scheme": a.category.scheme.code,
        "scheme_name": a.category.scheme.name,
        "category": a.category.code,
        "category_name": a.category.name,
        "year": a.year,
        "criteria": a.criteria,
        "note": a.note,
        "source": _citation(a.source),
    }


def _titles(page):
    return {
        code: getattr(page, f"title_{code.replace('-', '_')}", None) or page.title_vi or ""
        for code, _name in settings.LANGUAGES
    }


def species_data(page, request):
    """One species as a list shows it (what ``with_list_details`` prefetched)."""
    return {
        "id": page.pk,
        "url": page.get_full_url(request),
        "api_url": item_url(request, "species-detail", page.pk),
        "title": page.title,
        "titles": _titles(page),
        "scientific_name": {
            "full": page.scientific_name,
            "genus": page.genus,
            "epithet": page.epithet,
            "infraspecific_rank": page.infraspecific_rank,
            "infraspecific_name": page.infraspecific_name,
            "authority": page.authority,
        },
        "family": {"latin_name": page.family.latin_name, "name": page.family.name},
        "regional_status": {
            "code": page.regional_status,
            "name": str(page.get_regional_status_display()),
        },
        "parts_used": [{"code": p.code, "name": p.name} for p in page.parts_used.all()],
        "assessments": [_assessment(a) for a in page.assessment_list],
        "external_ids": _external_ids(page),
        "sources": [
            {"citation": s.source.formatted(), "url": s.source.url or None, "supports": s.supports}
            for s in page.sources.all()
        ],
    }


def with_list_details(species):
    """``species`` with what ``species_data`` reads, prefetched: a page of a list costs a
    fixed number of queries."""
    return species.select_related("family").prefetch_related(
        "parts_used",
        Prefetch("sources", queryset=SpeciesSource.objects.select_related("source")),
        Prefetch(
            "assessments",
            queryset=SpeciesPage.assessments_in_order(),
            to_attr="prefetched_assessments",
        ),
    )


def _location(location):
    if location is None or not location.has_point:
        return None
    return {
        "commune": location.commune,
        "province": location.province,
        "latitude": location.latitude,
        "longitude": location.longitude,
        "precision": location.precision,
    }


def _image(item, request):
    image = item.image
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return {
        "url": absolute(rendition.url, request),
        "width": rendition.width,
        "height": rendition.height,
        "caption": item.caption or image.title,
        "credit": image.credit,
        "licence": image.licence,
        "licence_uri": image.licence_uri,
        "source_url": image.source_url,
    }


def public_lists():
    """The live public protected lists, in a stable order."""
    return ProtectedListPage.objects.live().public().order_by("title", "pk")


def lists_of(species):
    """The public protected lists ``species`` is on: one question per list, answered by
    the database (a list's rule is a query; its members are never loaded)."""
    return [lst for lst in public_lists() if lst.members().filter(pk=species.pk).exists()]


def _list_ref(page, request):
    return {
        "id": page.pk,
        "title": page.title,
        "url": page.get_full_url(request),
        "api_url": item_url(request, "protected-list-detail", page.pk),
    }


def species_detail_data(page, request):
    """One species in full, at what the public may know."""
    data = species_data(page, request)
    places = distribution_map.distribution_places(page)
    names = [n for n in page.vernacular_names.all() if n.access_level == PUBLIC]
    data.update(
        {
            "summary": page.summary,
            "synonyms": [
                {"name": s.name, "authority": s.authority, "kind": s.kind}
                for s in page.synonyms.all()
            ],
            "vernacular_names": [
                {
                    "name": n.name,
                    "language": n.language,
                    "language_name": str(n.get_language_display()),
                    "note": n.note,
                }
                for n in names
            ],
            "protected_lists": [_list_ref(lst, request) for lst in lists_of(page)],
            "location_is_sensitive": page.location_is_sensitive,
            "distribution": [
                {
                    "province": str(p["row"].get_province_display()),
                    "commune": p["row"].commune,
                    "former_district": p["row"].former_district,
                    "place_note": p["row"].place_note,
                    "altitude_min": p["row"].altitude_min,
                    "altitude_max": p["row"].altitude_max,
                    "location": _location(p["location"]),
                }
                for p in places
            ],
            "other_places": [
                {
                    "title": str(item["title"]),
                    "url": absolute(item["url"], request) if item.get("url") else "",
                    "kind": str(item.get("kind_label", "")),
                    "location": _location(item["location"]),
                }
                for item in distribution_map.other_places(page, request)
            ],
            "images": [
                _image(item, request)
                for item in SpeciesImage.objects.filter(page=page).select_related("image")
                if item.image.is_credited
            ],
            "cautions": strip_tags(page.cautions),
            "is_toxic": page.is_toxic,
        }
    )
    return data


def _public_name_filter(q):
    """Species whose names hold ``q``: titles in every language, the scientific name, its
    synonyms and the public vernacular names (a restricted name must not find its species)."""
    rule = Q(genus__icontains=q) | Q(epithet__icontains=q) | Q(synonyms__name__icontains=q)
    for code, _name in settings.LANGUAGES:
        rule |= Q(**{f"title_{code.replace('-', '_')}__icontains": q})
    rule |= Q(vernacular_names__name__icontains=q, vernacular_names__access_level=PUBLIC)
    genus, _sep, epithet = q.partition(" ")
    if epithet:
        rule |= Q(genus__iexact=genus, epithet__istartswith=epithet.strip())
    return rule


# --- Endpoints ----------------------------------------------------------------------------------


@router.get(
    "/species/",
    response=ListResponse[SpeciesOut],
    url_name="species-list",
    summary="Species",
    **LIST_OPERATION,
)
def species_list(request, params: Query[SpeciesParams]):
    """The catalogue's species, by scientific name, filtered by family, part used,
    province, conservation scheme and category, protected list and name."""
    query = SpeciesForm.read(params)
    species = public_species()
    if "family" in query:
        species = species.filter(family__latin_name__iexact=query["family"])
    if "part" in query:
        species = species.filter(parts_used__code=query["part"])
    if "province" in query:
        species = species.filter(distribution__province=query["province"])
    if "scheme" in query or "category" in query:
        # One assessment must match both, not one the scheme and another the category.
        assessments = SpeciesAssessment.objects.all()
        if "scheme" in query:
            assessments = assessments.filter(category__scheme__code=query["scheme"])
        if "category" in query:
            assessments = assessments.filter(category__code__iexact=query["category"])
        species = species.filter(pk__in=assessments.values("page_id"))
    if "list" in query:
        found = public_lists().filter(pk=query["list"]).first()
        species = species.filter(pk__in=found.members().values("pk")) if found else species.none()
    if "q" in query:
        named = SpeciesPage.objects.filter(_public_name_filter(query["q"]))
        species = species.filter(pk__in=named.values("pk"))
    species = with_list_details(ordered(species, *SCIENTIFIC_ORDER))

    def serialize(pages, request):
        return [species_data(page, request) for page in pages]

    return list_response(request, query, species, serialize, title="Species")


@router.get(
    "/species/{int:id}/",
    response={200: SpeciesDetail, 404: NotFound},
    url_name="species-detail",
    summary="One species",
)
def species_detail(request, id: ItemId, params: Query[DetailParams]):
    """One species: names, conservation, where it grows (at the public precision),
    images with their credit and licence, identifiers elsewhere and sources."""
    pk = parse_id(id)
    page = with_list_details(public_species()).filter(pk=pk).first() if pk else None
    if page is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        return detail_response(request, query, species_detail_data(page, request), title=page.title)


def public_members(lst):
    """The list's species the API shows (a live page behind a private view rule stays
    out), in the list's order: a query."""
    return lst.members().filter(pk__in=public_species().values("pk"))


def public_entries(lst):
    """The list's entries (species, matching assessments, note) the API shows."""
    return lst.entries(public_members(lst))


def _categories(lst):
    return [f"{c.scheme.code}:{c.code}" for c in lst.categories.all()]


def protected_list_data(lst, request, count):
    """A protected list's rule and how many species it holds."""
    return {
        "id": lst.pk,
        "url": lst.get_full_url(request),
        "api_url": item_url(request, "protected-list-detail", lst.pk),
        "title": lst.title,
        "categories": _categories(lst),
        "harvest_rule": lst.harvest_rule,
        "province": lst.province,
        "count": count,
    }


@router.get(
    "/protected-lists/",
    response=ListResponse[ProtectedListOut],
    url_name="protected-list-list",
    summary="Protected lists",
    **LIST_OPERATION,
)
def protected_lists(request, params: Query[ListParams]):
    """The museum's protected lists (legal and red lists), by title."""
    query = ApiListForm.read(params)
    lists = ordered(ProtectedListPage.objects.live().public(), "title").prefetch_related(
        "categories__scheme"
    )

    def serialize(pages, request):
        return [protected_list_data(lst, request, public_members(lst).count()) for lst in pages]

    return list_response(request, query, lists, serialize, title="Protected lists")


@router.get(
    "/protected-lists/{int:id}/",
    response={200: ProtectedListDetail, 404: NotFound},
    url_name="protected-list-detail",
    summary="One protected list",
)
def protected_list_detail(request, id: ItemId, params: Query[DetailParams]):
    """One protected list: its rule, legal basis, and each species with the assessments
    that put it there."""
    pk = parse_id(id)
    lists = ProtectedListPage.objects.live().public().prefetch_related("categories__scheme")
    lst = lists.filter(pk=pk).first() if pk else None
    if lst is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        entries = public_entries(lst)
        data = protected_list_data(lst, request, len(entries))
        data["legal_basis"] = strip_tags(lst.legal_basis)
        data["species"] = [
            {
                "species_id": species.pk,
                "api_url": item_url(request, "species-detail", species.pk),
                "title": species.title,
                "scientific_name": species.scientific_name,
                "categories": [f"{a.category.scheme.code}:{a.category.code}" for a in matching],
                "note": note,
            }
            for species, matching, note in entries
        ]
        return detail_response(request, query, data, title=lst.title)
