"""The research API's knowledge items: ``/api/v1/knowledge/`` and ``/api/v1/knowledge/{id}/``.

``?kind=remedy&condition=<code>&species=<id>&community=<code>&lang=en&format=csv``.
The session decides what is visible, by the same rule as the pages
(``KnowledgeItem.objects.visible_to``: access level, community, consent). The
conventions (pagination, citation, caching, CSV) are base/api.py's.
"""

from django import forms
from django.db.models import Prefetch, Q
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
    language,
    list_response,
    not_found,
    ordered,
    parse_id,
)
from base.filters import IdField
from knowledge.models import KnowledgeItem, KnowledgePage, RemedyPage
from knowledge.models.remedies import remedy_details
from knowledge.serializers import item_data
from search.documents import PUBLIC
from species.models import SpeciesPage

router = Router(tags=["knowledge"])

KINDS = {"remedy": RemedyPage, "knowledge": KnowledgePage}


class KnowledgeParams(ListParams):
    """The filters of the knowledge list."""

    kind: str | None = Field(
        None, description="remedy or knowledge (article).", json_schema_extra={"enum": list(KINDS)}
    )
    condition: str | None = Field(None, description="A condition's code (remedies only).")
    species: str | None = Field(
        None, description="A species id: remedies using it, articles on it."
    )
    community: str | None = Field(None, description="A community's code.")


class ApiQueryForm(ApiListForm):
    """The list's query string; codes are matched as given, so an unknown code finds nothing."""

    kind = forms.ChoiceField(required=False, choices=[(k, k) for k in KINDS])
    condition = forms.CharField(required=False, max_length=100)
    species = IdField(required=False)
    community = forms.CharField(required=False, max_length=100)


class Label(Schema):
    code: str
    name: str


class SpeciesRef(Schema):
    id: int
    title: str
    scientific_name: str
    api_url: str | None


class Ingredient(Schema):
    species_id: int | None
    species_api_url: str | None
    species: str | None
    scientific_name: str | None
    part: str | None
    other: str | None
    amount: str | None
    preparation: str | None


class Evidence(Schema):
    level: str
    summary: str
    source: str


class Media(Schema):
    kind: str
    title: str
    url: str
    credit: str
    licence: str
    transcript: str


class KnowledgeOut(Schema):
    """A knowledge item in a list: a remedy (with conditions and ingredients) or an article."""

    id: int
    kind: str
    title: str
    url: str
    language: str
    summary: str
    access_level: str
    community: str | None
    community_code: str | None
    tk_labels: list[Label]
    sources: list[Citation]
    species: list[SpeciesRef]
    conditions: list[str] | None = Field(None, description="Remedies: the conditions' names.")
    condition_codes: list[str] | None = Field(None, description="Remedies: the conditions' codes.")
    ingredients: list[Ingredient] | None = None
    evidence: list[Evidence] | None = None
    cautions: str | None = None


class KnowledgeDetail(KnowledgeOut):
    """One knowledge item with its text, media and citations."""

    contraindications: str | None = None
    preparation: str | None = None
    text: str | None = None
    media: list[Media]


def _with_details(items):
    """``items`` as their specific types, in order, with what ``item_data`` reads
    prefetched: a page costs a fixed number of queries."""
    ids = [item.pk for item in items]
    kinds = {item.specific_class for item in items}  # from the cached content types
    found = {}
    if RemedyPage in kinds:
        found.update((r.pk, r) for r in remedy_details(RemedyPage.objects.filter(pk__in=ids)))
    if KnowledgePage in kinds:
        articles = KnowledgePage.objects.filter(pk__in=ids).with_details()
        articles = articles.prefetch_related(Prefetch("species", SpeciesPage.objects.all()))
        found.update((a.pk, a) for a in articles)
    return [found[pk] for pk in ids if pk in found]


def _serialize(items, request):
    return [item_data(item, request) for item in _with_details(items)]


@router.get(
    "/knowledge/",
    response=ListResponse[KnowledgeOut],
    url_name="knowledge-list",
    summary="Knowledge items this visitor may see",
    **LIST_OPERATION,
)
def item_list(request, params: Query[KnowledgeParams]):
    """Remedies and articles the visitor may see (as on the pages), filtered by kind,
    condition, species and community, by title."""
    query = ApiQueryForm.read(params)
    model = KINDS.get(query.get("kind"), KnowledgeItem)
    items = model.objects.visible_to(request.user)
    # Filters name fields of the subclasses; from the base table they need the subclass prefix.
    remedy = "" if model is RemedyPage else "remedypage__"
    article = "" if model is KnowledgePage else "knowledgepage__"
    # A filter on a related list is a subquery of ids, not a join: a join repeats an
    # item per matching row and needed DISTINCT, which compared every column of every
    # item to count them and again to show a page (a tenth of a second at 2,000).
    if "condition" in query:
        if model is KnowledgePage:
            items = items.none()  # articles have no conditions
        else:
            found = model.objects.filter(**{f"{remedy}conditions__code": query["condition"]})
            items = items.filter(pk__in=found.values("pk"))
    if "species" in query:
        species = query["species"]
        rule = Q()
        if model is not KnowledgePage:
            rule |= Q(**{f"{remedy}ingredients__species_id": species})
        if model is not RemedyPage:
            rule |= Q(**{f"{article}species__id": species})
        items = items.filter(pk__in=model.objects.filter(rule).values("pk"))
    if "community" in query:
        items = items.filter(community__code=query["community"])
    # A page of the list is read again by ``_with_details`` as its specific types: here
    # its ids and types are all it needs, not rows of every text in every language.
    items = ordered(items, "title").only("pk", "content_type")
    # The list may hold restricted items: whoever is signed in gets an answer kept by no
    # cache (base.api), and an anonymous visitor sees only public ones.
    return list_response(request, query, items, _serialize, title="Knowledge")


@router.get(
    "/knowledge/{int:id}/",
    response={200: KnowledgeDetail, 404: NotFound},
    url_name="knowledge-detail",
    summary="One knowledge item",
)
def item_detail(request, id: ItemId, params: Query[DetailParams]):
    """One item with its text, media and citations, or 404 if the visitor may not see it."""
    # The URL takes any run of digits; past the database's range the lookup would raise.
    pk = parse_id(id)
    items = KnowledgeItem.objects.visible_to(request.user)
    item = items.filter(pk=pk).specific().first() if pk else None
    if item is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = item_data(item, request, detail=True)
        return detail_response(
            request, query, data, title=item.title, restricted=item.effective_access != PUBLIC
        )
