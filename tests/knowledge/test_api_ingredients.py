"""The research API's remedy list names each ingredient's species as the pages do, in
the language asked for, without reading each species whole (issue 17)."""

import json

from knowledge.models import RemedyIngredient
from species.models import PartUsed, SpeciesPage
from tests.page_cost import cost

LIST = "/api/v1/knowledge/?kind=remedy&lang={}"


def _root():
    return PartUsed.objects.get(code="root")


def _ingredients(client, language):
    data = json.loads(client.get(LIST.format(language)).content)
    (remedy,) = data["results"]
    return [(i["species"], i["scientific_name"]) for i in remedy["ingredients"]]


def test_each_ingredient_is_named_in_the_language_asked_for_or_its_fallback(
    client, make_remedy, make_species
):
    notoginseng = make_species(vi="Tam thất", en="Notoginseng")
    paris = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    SpeciesPage.objects.filter(pk=paris.pk).update(title_en=None)  # Vietnamese only
    remedy = make_remedy(species=notoginseng)
    RemedyIngredient.objects.create(page=remedy, species=paris, part=_root())

    assert _ingredients(client, "vi") == [
        ("Tam thất", "Panax notoginseng"),
        ("Bảy lá một hoa", "Paris polyphylla"),
    ]
    assert _ingredients(client, "en") == [
        ("Notoginseng", "Panax notoginseng"),
        ("Bảy lá một hoa", "Paris polyphylla"),
    ]


def test_more_ingredients_cost_no_more_queries(client, settings, make_remedy, make_species):
    settings.PAGE_CACHE_SECONDS = 0
    remedy = make_remedy(species=make_species(vi="Tam thất"))
    one = cost(client, LIST.format("vi"))
    for n, name in enumerate(["Bảy lá một hoa", "Hoàng tinh", "Sa nhân"]):
        species = make_species(genus="Paris", epithet=f"species{'abc'[n]}", vi=name)
        RemedyIngredient.objects.create(page=remedy, species=species, part=_root())
    queries, _pages, _longest = cost(client, LIST.format("vi"))
    assert queries == one[0]
    assert len(_ingredients(client, "vi")) == 4
