"""The public search page and the JSON endpoint behind the suggestion box."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language

from search import service
from search.backends.base import SearchUnavailable
from search.facets import facet_names, kind_label, label_values, registered_facets

MAX_PAGE = 500
MAX_VALUES = 20


class FacetValuesField(forms.Field):
    """The chosen values of one facet (the parameter repeated, one value each).

    A value no facet could hold (empty, a NUL, which PostgreSQL refuses, or
    longer than any code) is dropped, not an error: the rest of the search stands.
    """

    widget = forms.MultipleHiddenInput
    value_field = forms.CharField(max_length=200)

    def to_python(self, value):
        kept = []
        for item in value or []:
            try:
                kept.append(self.value_field.clean(item))
            except ValidationError:
                continue
        return list(dict.fromkeys(kept))[:MAX_VALUES]


class SuggestForm(forms.Form):
    """What the suggestion box sends: the text typed so far (a NUL makes it no text)."""

    q = forms.CharField(required=False)

    def clean_q(self):
        return self.cleaned_data["q"][:500]

    def text(self):
        self.is_valid()
        return self.cleaned_data.get("q", "")


class SearchForm(SuggestForm):
    """What the search page reads: the text, the page and each registered facet."""

    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data):
        super().__init__(data)
        for name in facet_names():
            self.fields[name] = FacetValuesField(required=False)

    def clean_page(self):
        return min(MAX_PAGE, self.cleaned_data["page"] or 1)

    def values(self):
        """Text, page and filters, each field falling back on its default when invalid."""
        self.is_valid()
        data = self.cleaned_data
        filters = {name: data[name] for name in facet_names() if data.get(name)}
        return self.text(), data.get("page", 1), filters


def search_view(request):
    """Results with facets as filters; every state is a plain URL and works without JS."""
    text, page, filters = SearchForm(request.GET).values()
    language = get_language()
    try:
        results = service.search(text, language, filters, page, request.user)
    except SearchUnavailable:
        return _unavailable(request, text)

    def query_without(name, value):
        params = [
            (k, v)
            for k in request.GET
            if k != "page"
            for v in request.GET.getlist(k)
            if not (k == name and v == value)
        ]
        return urlencode(params)

    facets = []
    for facet in registered_facets():
        values = results.facets.get(facet.name, [])
        chosen = filters.get(facet.name, [])
        labels = label_values(facet.name, [v for v, _c in values] + chosen)
        facets.append(
            {
                "name": facet.name,
                "label": facet.label,
                "values": [
                    {"value": v, "label": labels[v], "count": c, "chosen": v in chosen}
                    for v, c in values
                ]
                # A chosen value past the facet's most frequent (VALUES_SHOWN) stays a
                # ticked box, so that the next search or "Apply filters" keeps it.
                + [
                    {"value": v, "label": labels[v], "count": None, "chosen": True}
                    for v in chosen
                    if v not in {value for value, _count in values}
                ],
            }
        )
    # A chip names its facet as the index pages' chips do: "Lai Châu" alone could be a
    # province or a growing area.
    facet_labels = {f["name"]: f["label"] for f in facets}
    active = []
    for name, values in filters.items():
        labels = label_values(name, values)
        for value in values:
            active.append(
                {
                    "facet": facet_labels.get(name, ""),
                    "label": labels[value],
                    "remove": query_without(name, value),
                }
            )
    paginator = Paginator(range(results.total), 20)
    page_obj = paginator.get_page(page)
    for hit in results.hits:
        hit.kind_label = kind_label(hit.kind)
    base = [(k, v) for k in request.GET if k != "page" for v in request.GET.getlist(k)]
    return render(
        request,
        "search/search.html",
        {
            "query": text,
            "results": results,
            "facets": facets,
            "active": active,
            "page_obj": page_obj,
            "base_query": urlencode(base),
            "did_you_mean": urlencode([("q", results.suggestion)]) if results.suggestion else "",
        },
    )


def _unavailable(request, text):
    """The index cannot answer: say so plainly (the service has logged why, once)."""
    response = render(request, "search/unavailable.html", {"query": text}, status=503)
    response["Retry-After"] = "300"
    return response


def suggest_view(request):
    """Up to eight titles that match what has been typed; JSON for the suggestion box."""
    text = SuggestForm(request.GET).text()
    try:
        suggestions = service.suggest(text, get_language(), request.user)
    except SearchUnavailable:
        return JsonResponse({"suggestions": [], "unavailable": True}, status=503)
    return JsonResponse(
        {
            "suggestions": [
                {"title": s.title, "url": s.url, "kind": str(kind_label(s.kind))}
                for s in suggestions
            ]
        }
    )
