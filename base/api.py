"""What every endpoint of the research API (``/api/v1/``) shares.

Each app keeps its endpoints in ``<app>/api.py`` as a ninja ``Router``;
``museum/api.py`` puts them together in one ``NinjaAPI``. The conventions:

* Query strings are hostile. Every parameter is declared (so the OpenAPI
  description and the docs show it) as optional text, and then read through a
  ``GetFilterForm``: a value that is not usable drops that one filter, never an
  error, as on the site's index pages. Ids go through ``IdField``.
* A list is paginated in a stable order (``ordered`` adds the primary key as the
  last key): ``page``, ``page_size`` (at most ``MAX_PAGE_SIZE``), and the answer
  carries ``count``, ``pages`` and absolute ``next``/``previous`` URLs.
* ``?lang=`` (one of ``settings.LANGUAGES``) chooses the language of the texts.
* ``?format=csv`` gives every row of the list (all its pages; filters apply)
  flattened into a CSV (UTF-8 with a BOM, cells safe from formula injection); each
  row keeps its citations as text.
* Every JSON answer carries ``cite``: how to cite the item or the list, with the
  licence of the data and the date it was read. A CSV carries the same in its
  ``X-Cite-As`` header and a ``Link: <...>; rel="cite-as"``.
* What a signed-in visitor or a restricted item shows is kept by no cache
  (``private, no-store``); everything varies on the session cookie.

A list endpoint in an app, in full::

    from django import forms
    from ninja import Query, Router, Schema

    from base.api import (LIST_OPERATION, ApiDetailForm, ApiListForm, Citation,
                          DetailParams, ItemId, ListParams, ListResponse, NotFound,
                          detail_response, language, list_response, not_found,
                          ordered, parse_id)

    router = Router(tags=["plants"])

    class PlantParams(ListParams):          # documented in the OpenAPI description
        family: str | None = None

    class PlantForm(ApiListForm):           # how the values are really read
        family = forms.CharField(required=False, max_length=100)

    class PlantOut(Schema):
        id: int
        url: str
        title: str
        sources: list[Citation]

    def plant_data(pages, request):         # a whole page at once: prefetch here
        return [{"id": p.pk, "url": p.get_full_url(request), "title": p.title,
                 "sources": citations(p)} for p in pages]

    @router.get("/plants/", response=ListResponse[PlantOut], url_name="plant-list",
                **LIST_OPERATION)
    def plant_list(request, params: Query[PlantParams]):
        query = PlantForm.read(params)
        plants = ordered(PlantPage.objects.live().public(), "title")
        if "family" in query:
            plants = plants.filter(family__slug=query["family"])
        return list_response(request, query, plants, plant_data, title="Plants")

    @router.get("/plants/{int:id}/", response={200: PlantOut, 404: NotFound},
                url_name="plant-detail")
    def plant_detail(request, id: ItemId, params: Query[DetailParams]):
        query = ApiDetailForm.read(params)
        plant = PlantPage.objects.live().public().filter(pk=parse_id(id)).first()
        if plant is None:
            return not_found(request)
        with language(query):
            return detail_response(request, query, plant_data([plant], request)[0],
                                   title=plant.title)

Add the router in museum/api.py, the routes to tests/test_public_endpoints_fuzz.py,
and the fuzz test covers the operations by itself.

``list_response``/``detail_response`` return ready ``HttpResponse`` objects (so the
caching headers and the CSV can be set); ``response=`` documents their shape and the
OpenAPI fuzz test (tests/test_api_fuzz.py) checks every answer against it.
"""

import csv
import datetime
import math
from typing import Annotated, Generic, TypeVar

from django import forms
from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponse, JsonResponse
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.encoding import iri_to_uri
from django.utils.http import urlencode
from django.utils.text import slugify
from ninja import Field, Path, Schema

from base.filters import GetFilterForm, IdField, parse_id
from base.open_data import PUBLISHER, cite_as, data_licence
from base.spreadsheets import neutralise_row

__all__ = ["parse_id"]

DEFAULT_PAGE_SIZE = 50
MAX_PAGE_SIZE = 100
CSV_CHUNK = 500
LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
FORMATS = ["json", "csv"]
# Lists of values inside one CSV cell, and the fields of one value.
LIST_SEPARATOR = " | "
FIELD_SEPARATOR = "; "


# --- Parameters ---------------------------------------------------------------------------


class DetailParams(Schema):
    """The query string of an item: its language."""

    lang: str | None = Field(
        None,
        description="Language of the texts; the site's default (vi) if absent or unknown.",
        json_schema_extra={"enum": LANGUAGE_CODES},
    )


class ListParams(DetailParams):
    """The query string every list accepts; an app's list subclasses it with its filters."""

    # Text, not integers: a page number that is not one is ignored, not refused.
    page: str | None = Field(None, description="Page number, from 1.", examples=["1"])
    page_size: str | None = Field(
        None,
        description=f"Items per page, 1 to {MAX_PAGE_SIZE} (default {DEFAULT_PAGE_SIZE}).",
        examples=["50"],
    )
    format: str | None = Field(
        None,
        description="json (default) or csv: every row of the list (not one page), "
        "flattened, UTF-8 with a BOM.",
        json_schema_extra={"enum": FORMATS},
    )


class ApiDetailForm(GetFilterForm):
    """The query string of an item, read forgivingly (see the module's docstring)."""

    lang = forms.ChoiceField(required=False, choices=settings.LANGUAGES)

    @classmethod
    def read(cls, params):
        """The usable values of ``params`` (a ninja ``Schema`` of the query string)."""
        return cls(params.dict(exclude_none=True)).cleaned()


class ApiListForm(ApiDetailForm):
    """The query string every list accepts; an app's list form adds its filters."""

    page = IdField(required=False)
    page_size = IdField(required=False, max_value=MAX_PAGE_SIZE)
    format = forms.ChoiceField(required=False, choices=[(f, f) for f in FORMATS])


# --- Response shapes ------------------------------------------------------------------------


class Cite(Schema):
    """How to cite what this answer shows."""

    museum: str
    url: str
    licence: str
    licence_uri: str
    accessed: datetime.date
    text: str


class Citation(Schema):
    """One source an item rests on, as a reference list would print it."""

    citation: str
    url: str | None = None
    supports: str | None = None


class NotFound(Schema):
    """The item does not exist, or this visitor may not see it (the same answer)."""

    detail: str
    cite: Cite | None = None


ItemT = TypeVar("ItemT")


class ListResponse(Schema, Generic[ItemT]):
    """One page of a list."""

    count: int
    page: int
    pages: int
    page_size: int
    next: str | None
    previous: str | None
    cite: Cite
    results: list[ItemT]


# An item's id in a path: Django's int converter admits only digits; ids past the
# database's range are answered 404 by the view (parse_id), never refused with a 422.
ItemId = Annotated[int, Path(description="The item's id.", example=1)]

# Where an operation's answer may be a CSV: the OpenAPI description says so.
LIST_OPERATION = {
    "openapi_extra": {
        "responses": {
            200: {
                "description": "OK (JSON, or CSV with ?format=csv)",
                "content": {"text/csv": {"schema": {"type": "string"}}},
            }
        }
    }
}


# --- Building answers ----------------------------------------------------------------------


def ordered(queryset, *fields):
    """``queryset`` ordered by ``fields`` and then its primary key, so that pages never
    overlap or skip an item when two share the same sort values."""
    return queryset.order_by(*fields, "pk")


def cite_block(url, title=None):
    """The ``cite`` block of an answer about ``url``."""
    licence, uri = data_licence()
    accessed = datetime.date.today()
    return {
        "museum": PUBLISHER,
        "url": url,
        "licence": licence,
        "licence_uri": uri,
        "accessed": accessed,
        "text": cite_as(url, title=title, accessed=accessed),
    }


def _cacheable(request, response, restricted):
    """The caching rule of every answer: per visitor, and nothing kept of what is
    restricted or of what a signed-in visitor sees."""
    patch_vary_headers(response, ["Cookie"])
    if restricted or request.user.is_authenticated:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, private=True)
    return response


# An id no item has, reversed in its place to learn where an item's id goes in a URL.
_SOME_ID = 987654321


def item_url(request, name, pk):
    """The absolute URL of item ``pk`` at the API's endpoint ``name`` (``species-detail``,
    ``producer-detail``…).

    Reversed once per request and endpoint, then filled in with each id: a list of fifty
    remedies names some two hundred plants, and reversing each URL and checking the host
    again took a tenth of the list's time.
    """
    known = request.__dict__.setdefault("_api_item_urls", {})
    if name not in known:
        url = request.build_absolute_uri(reverse(f"api:{name}", kwargs={"id": _SOME_ID}))
        head, _id, tail = url.rpartition(str(_SOME_ID))
        known[name] = (head, tail)
    head, tail = known[name]
    return f"{head}{pk}{tail}"


def _json(request, payload, status=200, restricted=False):
    response = JsonResponse(payload, status=status, json_dumps_params={"ensure_ascii": False})
    response["Content-Language"] = translation.get_language()
    return _cacheable(request, response, restricted)


def _page_url(request, page):
    params = request.GET.copy()
    params["page"] = page
    return request.build_absolute_uri(f"{request.path}?{params.urlencode()}")


def _list_url(request):
    """The list's own URL with its filters, without the page (what a citation names)."""
    params = {k: v for k, v in request.GET.items() if k not in ("page", "format")}
    query = f"?{urlencode(params)}" if params else ""
    return request.build_absolute_uri(f"{request.path}{query}")


def not_found(request):
    """The 404 answer: the same whether the item is missing or not visible to this visitor."""
    # LocaleMiddleware answers a 404 outside the language prefix with a redirect to
    # /vi/<path> whenever the page tree's catch-all matches it, which it always does. It
    # asks request.urlconf whether the site uses language prefixes: the API's own URLs
    # (set only now, after every reverse() of this view) use none, so the 404 stays.
    request.urlconf = "museum.api"
    return _json(request, {"detail": "Not found."}, status=404)


def detail_response(request, query, data, *, title=None, restricted=False):
    """One item's ``data`` as JSON, with its ``cite`` block. Call it (and build ``data``)
    inside ``with language(query):``."""
    url = data.get("api_url") or request.build_absolute_uri(request.path)
    payload = {**data, "cite": cite_block(data.get("url") or url, title)}
    return _json(request, payload, restricted=restricted)


def detail(request, params, queryset, id, serialize):
    """The usual item endpoint: the object of ``queryset`` with ``id`` (404 when it is
    missing or not visible), serialized by ``serialize(objects, request)`` in the asked
    language, with its ``cite`` block naming its title."""
    pk = parse_id(id)
    found = queryset.filter(pk=pk).first() if pk else None
    if found is None:
        return not_found(request)
    query = ApiDetailForm.read(params)
    with language(query):
        data = serialize([found], request)[0]
        return detail_response(request, query, data, title=data["title"])


def language(query):
    """The translation to build the answer in: ``?lang=`` or the site's default."""
    return translation.override(query.get("lang", settings.LANGUAGE_CODE))


def list_response(request, query, items, serialize, *, title=None, restricted=False):
    """One page of ``items`` (an ordered queryset, see ``ordered``) as JSON or CSV.

    ``serialize(objects, request)`` turns the page's objects into dicts in one go, so
    it can prefetch what they need. ``restricted`` marks a list that may hold
    restricted items (the whole answer is then kept by no cache).
    """
    with language(query):
        cite = cite_block(_list_url(request), title)
        if query.get("format") == "csv":
            # A spreadsheet is the whole list: read in chunks, so each chunk's serializer
            # prefetches for a bounded number of objects.
            chunks = Paginator(items, CSV_CHUNK)
            results = [
                row
                for number in chunks.page_range
                if chunks.count
                for row in serialize(list(chunks.page(number).object_list), request)
            ]
            return _cacheable(request, _csv(results, cite, title), restricted)
        size = query.get("page_size", DEFAULT_PAGE_SIZE)
        paginator = Paginator(items, size)
        # get_page: a page past the end gives the last page, never an error.
        page = paginator.get_page(query.get("page"))
        results = serialize(list(page.object_list), request) if paginator.count else []
        payload = {
            "count": paginator.count,
            "page": page.number,
            "pages": max(math.ceil(paginator.count / size), 1),
            "page_size": size,
            "next": _page_url(request, page.next_page_number()) if page.has_next() else None,
            "previous": (
                _page_url(request, page.previous_page_number()) if page.has_previous() else None
            ),
            "cite": cite,
            "results": results,
        }
        return _json(request, payload, restricted=restricted)


# --- CSV -------------------------------------------------------------------------------------


def cell_text(value):
    """One value as the text of a CSV cell: lists joined by " | ", a citation as its
    text, other objects as "key: value; ..."."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(t for t in (cell_text(v) for v in value) if t)
    if isinstance(value, dict):
        if "citation" in value:
            return value["citation"]
        return FIELD_SEPARATOR.join(
            f"{key}: {text}" for key, v in value.items() if (text := cell_text(v))
        )
    return str(value)


def flatten(data):
    """One result as a CSV row: ``{column: text}``. A nested object's fields become
    their own columns (``names.scientific``); lists become one cell."""
    row = {}
    for key, value in data.items():
        if isinstance(value, dict) and "citation" not in value:
            for sub, text in flatten(value).items():
                row[f"{key}.{sub}"] = text
        else:
            row[key] = cell_text(value)
    return row


def _csv(results, cite, title):
    rows = [flatten(r) for r in results]
    columns = list(dict.fromkeys(column for row in rows for column in row))
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    name = slugify(title or "") or "data"
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["Content-Language"] = translation.get_language()
    response["X-Cite-As"] = cite["text"]
    response["Link"] = (
        f'<{iri_to_uri(cite["url"])}>; rel="cite-as", <{cite["licence_uri"]}>; rel="license"'
        if cite["licence_uri"]
        else f'<{iri_to_uri(cite["url"])}>; rel="cite-as"'
    )
    response.write("\ufeff")  # so spreadsheet programs read the Vietnamese as UTF-8
    writer = csv.writer(response)
    writer.writerow(columns)
    for row in rows:
        writer.writerow(neutralise_row([row.get(column, "") for column in columns]))
    return response
