"""How the catalogue describes itself to the search service."""

from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from base.models import Province
from search.documents import PUBLIC, SearchDocument, builds_documents_for, page_texts, translated
from search.facets import register_facet, register_kind
from species.badges import badge_with_name
from species.models import ConservationCategory, PartUsed, SpeciesPage, StrategicGroup


@builds_documents_for(SpeciesPage)
def species_document(page):
    """The SearchDocument of a species page: names in every language, text, facets."""
    titles, urls, bodies = page_texts(
        page,
        lambda lang: (
            [translated(page, "summary", lang)]
            + [strip_tags(translated(page, name, lang)) for name in page.SECTIONS]
        ),
    )
    names = [page.scientific_name, page.abbreviated_name, page.family.latin_name]
    names += [s.name for s in page.synonyms.all()]
    # The document is public: a name a community holds stays out of the index.
    names += [v.name for v in page.vernacular_names.all() if v.access_level == PUBLIC]
    thumbnail = ""
    first = page.gallery_images.select_related("image").first()
    if first is not None:
        thumbnail = first.image.get_rendition("fill-120x90|format-webp").url
    return SearchDocument(
        key=page.search_key(),
        kind="species",
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        facets={
            "family": [page.family.latin_name],
            "part": [p.code for p in page.parts_used.all()],
            "status": [a.category.key for a in page.assessment_list],
            "province": sorted({d.province for d in page.distribution.all()}),
            "group": [g.code for g in page.strategic_groups.all()],
        },
        thumbnail=thumbnail,
        updated=page.last_published_at.isoformat() if page.last_published_at else "",
    )


def _labels(model, field):
    def labels(values):
        return {getattr(o, field): str(o) for o in model.objects.filter(**{f"{field}__in": values})}

    return labels


def register_search_facets():

    register_kind("species", _("Species"))
    register_facet("family", _("Family"), order=10)
    register_facet("part", _("Part used"), _labels(PartUsed, "code"), order=20)

    def status_labels(values):
        out = {}
        for c in ConservationCategory.objects.select_related("scheme"):
            if c.key in values:
                # No word code ("listed"): it would be English on every page.
                out[c.key] = badge_with_name(c)
        return out

    register_facet("status", _("Conservation status"), status_labels, order=30)
    register_facet("province", _("Province"), lambda values: dict(Province.choices), order=40)
    register_facet("group", _("Strategic group"), _labels(StrategicGroup, "code"), order=50)
