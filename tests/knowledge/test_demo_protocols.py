"""The demo's restricted knowledge must not be public elsewhere in the demo: a withheld item
that holds a name the species page prints to everyone withholds nothing."""

from django.utils.html import strip_tags

from knowledge.demo.content import ARTICLES, REMEDIES
from species.demo.species import SPECIES


def texts(item):
    for key in ("title", "summary", "body", "cautions", "preparation"):
        value = item.get(key) or {}
        yield from (strip_tags(v) for v in (value.values() if isinstance(value, dict) else [value]))


def test_no_restricted_demo_item_holds_a_name_the_species_pages_publish():
    public_names = {
        name["name"].casefold()
        for species in SPECIES
        for name in species.get("vernacular_names", [])
        if name.get("access_level", "public") == "public"
    }
    for item in ARTICLES + REMEDIES:
        if item.get("access", "public") == "public":
            continue
        for text in texts(item):
            for name in public_names:
                assert name not in text.casefold(), (item["title"], name)
