"""Knowledge items as plain data, shared by the API and the CSV export."""

from django.urls import reverse
from django.utils import translation
from django.utils.html import strip_tags

from base.api import item_url


def species_api_url(species, request=None):
    """The research API's URL of a catalogue species, or None if its page is not live."""
    if species is None or not species.live:
        return None
    if request is not None:
        return item_url(request, "species-detail", species.pk)
    return reverse("api:species-detail", kwargs={"id": species.pk})


def _species_ref(species, request):
    return {
        "id": species.pk,
        "title": species.title,
        "scientific_name": species.scientific_name,
        "api_url": species_api_url(species, request),
    }


def citations(item):
    """The item's sources as a reference list prints them."""
    return [
        {"citation": s.source.formatted(), "url": s.source.url, "supports": s.supports}
        for s in item.source_list
    ]


def item_data(item, request=None, detail=False):
    """One item as a dict: what a researcher reads, with its protocol and citations."""
    data = {
        "id": item.pk,
        "kind": item.item_kind,
        "title": item.title,
        "url": item.get_full_url(request),
        "language": translation.get_language(),
        "summary": item.summary,
        "access_level": item.access_level,
        "community": item.community.name if item.community_id else None,
        "community_code": item.community.code if item.community_id else None,
        "tk_labels": [{"code": label.code, "name": label.name} for label in item.labels.all()],
        "sources": citations(item),
    }
    if item.item_kind == "remedy":
        data["conditions"] = [c.name for c in item.conditions.all()]
        data["condition_codes"] = [c.code for c in item.conditions.all()]
        data["ingredients"] = [
            {
                "species_id": i.species_id,
                "species_api_url": species_api_url(i.species, request),
                "species": i.species.title if i.species else None,
                "scientific_name": i.species.scientific_name if i.species else None,
                "part": str(i.part) if i.part else None,
                "other": i.other or None,
                "amount": i.amount or None,
                "preparation": i.preparation or None,
            }
            for i in item.ingredient_list
        ]
        linked = {i.species.pk: i.species for i in item.ingredient_list if i.species}
        data["species"] = [_species_ref(s, request) for s in linked.values() if s.live]
        data["evidence"] = [
            {"level": e.get_level_display(), "summary": e.summary, "source": e.source.formatted()}
            for e in item.evidence_list
        ]
        data["cautions"] = strip_tags(item.cautions)
        if detail:
            data["contraindications"] = strip_tags(item.contraindications)
            data["preparation"] = strip_tags(item.preparation)
    else:
        # Articles name the plants they are about; a bare KnowledgeItem has no such field.
        plants = item.species.all() if hasattr(item, "body") else []
        data["species"] = [_species_ref(s, request) for s in plants if s.live]
        if detail:
            data["text"] = strip_tags(item.body)
    if detail:
        data["media"] = [
            {
                "kind": m.kind,
                "title": m.title,
                "url": request.build_absolute_uri(m.url) if request else m.url,
                "credit": m.credit,
                "licence": m.licence,
                "transcript": m.transcript,
            }
            for m in item.media.all()
        ]
    return data
