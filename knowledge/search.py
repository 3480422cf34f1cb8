"""How remedies and knowledge articles describe themselves to the search service."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from base.filters import parse_id
from knowledge.models import Community, Condition, KnowledgeItem, RemedyPage
from search.documents import SearchDocument, builds_documents_for, page_texts, translated
from search.facets import register_facet, register_kind
from species.models import SpeciesPage


@builds_documents_for(KnowledgeItem)
def item_document(item):
    """The SearchDocument of a knowledge item, carrying its access level and community.

    The level is the one in force now (withheld once consent has expired), and
    the search backends never store a withheld document.
    """
    item = item.specific
    is_remedy = isinstance(item, RemedyPage)
    text_fields = ["summary", "cautions", "preparation"] if is_remedy else ["summary", "body"]
    titles, urls, bodies = page_texts(
        item, lambda lang: [strip_tags(translated(item, name, lang)) for name in text_fields]
    )
    names, facets = [], {}
    if is_remedy:
        if item.local_name:
            names.append(item.local_name)
        species = [i.species for i in item.ingredient_list if i.species]
        names += [s.scientific_name for s in species]
        facets["condition"] = [c.code for c in item.conditions.all()]
        facets["part"] = sorted({i.part.code for i in item.ingredient_list if i.part})
        facets["plant"] = sorted({str(s.pk) for s in species})
    else:
        species = list(item.species.all())
        names += [s.scientific_name for s in species]
        facets["plant"] = sorted({str(s.pk) for s in species})
    if item.community_id:
        facets["community"] = [item.community.code]
    return SearchDocument(
        key=item.search_key(),
        kind="remedy" if is_remedy else "knowledge",
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        facets=facets,
        access=item.effective_access,
        community=item.community.code if item.community_id else "",
        updated=item.last_published_at.isoformat() if item.last_published_at else "",
        visible_until=ends.isoformat() if (ends := item.consent_ends()) else "",
    )


def _labels(model, field, label=str, parse=str):
    """A facet's labeller: ``values`` from the query string -> {value: label}.

    ``parse`` turns a value into what ``field`` holds, or None for a value it
    cannot hold (a plant id that is not a number), which then gets no label.
    """

    def labels(values):
        wanted = {parse(v) for v in values} - {None}
        return {
            str(getattr(o, field)): label(o)
            for o in model.objects.filter(**{f"{field}__in": wanted})
        }

    return labels


def register_search_facets():
    register_kind("remedy", _("Remedy"))
    register_kind("knowledge", _("Knowledge"))
    register_facet("condition", _("Used for"), _labels(Condition, "code"), order=25)
    register_facet(
        "plant", _("Plant"), _labels(SpeciesPage, "pk", lambda p: p.title, parse_id), order=27
    )
    register_facet("community", _("Community"), _labels(Community, "code"), order=45)
