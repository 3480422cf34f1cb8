"""Where a species grows, on a map, at the precision the public may know.

A distribution row names a province and, when the literature is that precise, a commune;
it never holds a point of its own. So a row is drawn at the centre of its commune (a
3 km circle, ``precision: "commune"``) when that commune and its centre are known, and
is left to the page's table otherwise (a range, a former district, a country).

A sensitive species (poached: threatened, or under a wild-harvest rule, see
``SpeciesPage.location_is_sensitive``) is never shown finer than the commune centre,
whatever a row may one day hold.

Other apps may add the places where they show the species (a museum place, a garden
station) through the ``species_map_places`` hook: each hook gets (page, request) and
returns ``{"title", "url", "kind_label", "location"}`` items, ``location`` being the
place's own ``PublicLocation``; a sensitive species keeps only those at commune
precision. The GeoJSON has the shape the museum's map page serves
(``museum.models.maps.feature_collection``), so site.js draws both alike; this module
reads no museum code (the app floors: species sits below museum).
"""

import unicodedata

from django.utils.translation import gettext as _
from wagtail import hooks

from base.models import COMMUNE, Commune, PublicLocation

HOOK = "species_map_places"
# Prefixes a curator may type before a commune's name ("Xã Khun Há").
_DIVISIONS = ("xã ", "phường ", "thị trấn ", "đặc khu ")


def _name_key(name):
    """A commune's name compared without case or a division prefix. Accents are kept:
    Lào Cai has both a Tả Phìn and a Tà Phìn, and a map must not confuse them."""
    text = " ".join(unicodedata.normalize("NFC", str(name or "")).casefold().split())
    for prefix in _DIVISIONS:
        if text.startswith(prefix):
            return text[len(prefix) :]
    return text


def _communes_for(rows):
    """{(province, name key): Commune} for the communes ``rows`` name, in one query."""
    provinces = {row.province for row in rows if row.commune.strip()}
    if not provinces:
        return {}
    return {
        (commune.province, _name_key(commune.name)): commune
        for commune in Commune.objects.filter(province__in=provinces)
    }


def _location(row, commune, sensitive):
    """The public location of one distribution row, or None when it has no commune
    centre to be drawn at."""
    if commune is None or commune.latitude is None or commune.longitude is None:
        return None
    # A row holds no point finer than its commune: the centre is all there is, and all a
    # sensitive species could ever publish.
    return PublicLocation(
        commune=commune.name,
        province=commune.get_province_display(),
        former_district=row.former_district or commune.former_district,
        latitude=float(commune.latitude),
        longitude=float(commune.longitude),
        precision=COMMUNE,
        sensitive=sensitive,
    )


def distribution_places(page):
    """The species' distribution rows in page order, each as ``{"row", "location"}``;
    ``location`` is a ``PublicLocation`` at the commune centre, or None for a row the map
    cannot show (no commune named, or no centre known for it)."""
    rows = list(page.distribution.all())
    communes = _communes_for(rows)
    sensitive = page.location_is_sensitive
    places = []
    for row in rows:
        commune = communes.get((row.province, _name_key(row.commune))) if row.commune else None
        places.append({"row": row, "location": _location(row, commune, sensitive)})
    return places


def other_places(page, request):
    """The places other apps show ``page`` at (``species_map_places`` hooks), with a point
    the map may draw: for a poached species, at the commune and no finer."""
    sensitive = page.location_is_sensitive
    found = []
    for hook in hooks.get_hooks(HOOK):
        for item in hook(page, request) or ():
            location = item.get("location")
            if location is None or not location.has_point:
                continue
            if sensitive and location.precision != COMMUNE:
                continue  # the other app's own rule should have made it coarse; never show it
            found.append(item)
    return found


def distribution_map(page, request=None):
    """What the species page says of its map: the places, the other apps' places, how
    many the map can show, and whether they are shown by commune because the species is
    poached."""
    places = distribution_places(page)
    others = other_places(page, request)
    on_map = [place for place in places if place["location"] is not None]
    return {
        "places": places,
        "others": others,
        "on_map": len(on_map) + len(others),
        "off_map": len(places) - len(on_map),
        "sensitive": page.location_is_sensitive,
    }


def feature_collection(page, request):
    """The species' mapped places as a GeoJSON FeatureCollection (RFC 7946: longitude
    first): one feature per commune of its distribution (two rows in one commune share
    its circle), then the other apps' places."""
    url = page.get_url(request)
    items = [
        {"title": page.title, "url": url, "kind_label": _("where it grows"), **place}
        for place in distribution_places(page)
        if place["location"] is not None
    ]
    features, seen = [], set()
    for item in items + other_places(page, request):
        location = item["location"]
        point = (round(location.longitude, 6), round(location.latitude, 6))
        key = (point, item["url"])
        if key in seen:
            continue
        seen.add(key)
        features.append(
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": list(point)},
                "properties": {
                    "title": str(item["title"]),
                    "kind_label": str(item["kind_label"]),
                    "url": item["url"],
                    "place": location.label,
                    "precision": location.precision,
                },
            }
        )
    return {"type": "FeatureCollection", "features": features}
