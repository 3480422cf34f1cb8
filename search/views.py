"""The public search page and the JSON endpoint behind the suggestion box."""

from django.core.paginator import Paginator
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.http import urlencode
from django.utils.translation import get_language

from search import service
from search.backends.base import SearchUnavailable
from search.facets import facet_names, kind_label, label_values, registered_facets

MAX_PAGE = 500


def _page_number(value):
    try:
        return min(MAX_PAGE, max(1, int(value)))
    except (TypeError, ValueError):
        return 1


def search_view(request):
    """Results with facets as filters; every state is a plain URL and works without JS."""
    text = request.GET.get("q", "")[:500]
    names = facet_names()
    filters = {name: request.GET.getlist(name)[:20] for name in names if request.GET.getlist(name)}
    page = _page_number(request.GET.get("page"))
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
                ],
            }
        )
    active = []
    for name, values in filters.items():
        labels = label_values(name, values)
        for value in values:
            active.append({"label": labels[value], "remove": query_without(name, value)})
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
    try:
        suggestions = service.suggest(request.GET.get("q", ""), get_language(), request.user)
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
