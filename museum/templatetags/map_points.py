"""Map lists grouped by the point each item shows at, so a list can say how many items
share one circle on the map (two places in one commune share its centre)."""

from django import template

from museum.models.maps import map_items

register = template.Library()


def _point(item):
    location = item.get("location")
    if location is None or not location.has_point:
        return None
    return (round(float(location.latitude), 6), round(float(location.longitude), 6))


@register.filter
def by_point(items):
    """``map_of``/``map_items`` items as ``[{"location", "items", "count"}]``, one group per
    point on the map, in the order the items come; items with no point are left out (see
    ``off_map``)."""
    groups = {}
    for item in items or ():
        point = _point(item)
        if point is None:
            continue
        group = groups.setdefault(point, {"location": item["location"], "items": []})
        group["items"].append(item)
    for group in groups.values():
        group["count"] = len(group["items"])
    return list(groups.values())


@register.filter
def off_map(items):
    """The items that have no point on the map (no place given, or no commune centre)."""
    return [item for item in items or () if _point(item) is None]


@register.simple_tag
def with_places(stops):
    """A tour's ``(stop, page)`` pairs as ``(stop, page, public location)``: the places
    of all stops read at once, as the map reads them (a sensitive one at its commune),
    so a longer tour costs no more queries."""
    pages = [page for _stop, page in stops]
    places = {
        item["page"].pk: item["location"]
        for item in map_items(ids=[p.pk for p in pages], models={p.specific_class for p in pages})
    }
    return [(stop, page, places.get(page.pk)) for stop, page in stops]
