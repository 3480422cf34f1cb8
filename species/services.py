"""Creating and updating species pages from plain data.

Both the spreadsheet import (``import_species``) and the demo content
(``load_demo``) describe a species as a ``dict`` and hand it to
``upsert_species``; there is one way to write a species, whoever writes it.
"""

from anyascii import anyascii
from django.conf import settings
from django.db import transaction
from django.utils import translation
from django.utils.text import slugify

from knowledge.models import Source
from search.folding import fold
from species.models import (
    ConservationCategory,
    Distribution,
    Family,
    LookAlike,
    PartUsed,
    SpeciesAssessment,
    SpeciesPage,
    SpeciesSource,
    StrategicGroup,
    Synonym,
    VernacularName,
)

LANGS = [code.replace("-", "_") for code, _name in settings.LANGUAGES]


def ascii_slug(text):
    """A URL slug without diacritics: 'Đương quy' -> 'duong-quy' (đ is not decomposable)."""
    return slugify(anyascii(text or ""))[:80]


def find_species(genus, epithet, infraspecific_name=""):
    """The species page with this accepted name, or None."""
    return SpeciesPage.objects.filter(
        genus=genus, epithet=epithet, infraspecific_name=infraspecific_name
    ).first()


def get_source(data):
    """A Source matching ``data`` by title (and URL), created if missing."""
    source, _created = Source.objects.get_or_create(
        title=data["title"],
        url=data.get("url", ""),
        defaults={k: v for k, v in data.items() if k not in {"title", "url"}},
    )
    return source


def set_translated(obj, field, values):
    """Set ``field`` per language from {'vi': ..., 'en': ...}; the plain field follows vi."""
    if values is None:
        return
    if isinstance(values, str):
        values = {"vi": values}
    for lang in LANGS:
        setattr(obj, f"{field}_{lang}", values.get(lang, "") or "")
    # Through modeltranslation the plain name writes the *active* language's column.
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        setattr(obj, field, values.get("vi", "") or "")


def add_index_page(parent, model, title, slug, intro=None):
    """Create and publish an index page of ``model`` under ``parent``; titles, slugs and
    intro given per language ({'vi': ..., 'en': ...})."""
    index = model()
    set_translated(index, "title", title)
    set_translated(index, "slug", slug)
    set_translated(index, "intro", intro)
    parent.add_child(instance=index)
    index.save_revision().publish()
    return index


def ensure_index_page(parent, model, title, slug, intro=None):
    """The index page of ``model`` under ``parent``, created as ``add_index_page`` does
    when there is none yet: demo builders call it so they can run again."""
    return model.objects.child_of(parent).first() or add_index_page(
        parent, model, title, slug, intro
    )


def add_species_index(parent, title, slug, intro=None):
    """Create and publish the species index under ``parent``."""
    from species.models import SpeciesIndexPage

    return add_index_page(parent, SpeciesIndexPage, title, slug, intro)


def _family(data):
    family, _created = Family.objects.get_or_create(latin_name=data["latin_name"])
    if data.get("name"):
        set_translated(family, "name", data["name"])
        family.save()
    return family


def _free_slug(parent, page, lang, slug, data):
    """``slug`` unless a sibling uses it in that language; then the scientific name is added
    (two species may share a common name, as tam thất hoang and sâm vũ diệp do in trade)."""
    siblings = SpeciesPage.objects.child_of(parent).filter(**{f"slug_{lang}": slug})
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    if not siblings.exists():
        return slug
    name = " ".join(
        filter(None, [data["genus"], data.get("epithet"), data.get("infraspecific_name")])
    )
    return f"{slug}-{ascii_slug(name)}"[:80]


@transaction.atomic
def upsert_species(index_page, data, publish=True):
    """Create or update the species page described by ``data``; returns (page, created).

    The page is found by its accepted scientific name, so running the same
    data twice updates the page instead of making a second one. Related
    lists given in ``data`` (names, assessments, places, sources…) replace
    the page's current ones; lists not given are left as they are.
    """
    page = find_species(data["genus"], data.get("epithet", ""), data.get("infraspecific_name", ""))
    created = page is None
    if created:
        page = SpeciesPage()
    for field in ("genus", "epithet", "infraspecific_rank", "infraspecific_name", "authority"):
        setattr(page, field, data.get(field, "") or "")
    page.family = _family(data["family"])
    page.regional_status = data.get("regional_status", SpeciesPage.RegionalStatus.NATIVE)
    page.is_toxic = bool(data.get("is_toxic", False))
    set_translated(page, "title", data["title"])
    titles = data["title"] if isinstance(data["title"], dict) else {"vi": data["title"]}
    for lang in LANGS:
        slug = ascii_slug(titles.get(lang) or titles["vi"])
        setattr(page, f"slug_{lang}", _free_slug(index_page, page, lang, slug, data))
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        page.slug = page.slug_vi
    for field in ("summary", "taxonomic_note", *SpeciesPage.SECTIONS):
        if field in data:
            set_translated(page, field, data[field])

    if "parts_used" in data:
        page.parts_used = list(PartUsed.objects.filter(code__in=data["parts_used"]))
    if "strategic_groups" in data:
        page.strategic_groups = list(
            StrategicGroup.objects.filter(code__in=data["strategic_groups"])
        )

    if "synonyms" in data:
        page.synonyms = [Synonym(**s) for s in data["synonyms"]]
    if "vernacular_names" in data:
        page.vernacular_names = _vernacular_names(page, data["vernacular_names"])
    if "assessments" in data:
        page.assessments = [
            SpeciesAssessment(
                category=ConservationCategory.objects.get(
                    scheme__code=a["scheme"], code=a["category"]
                ),
                year=a.get("year"),
                criteria=a.get("criteria", ""),
                note=a.get("note", ""),
                source=get_source(a["source"]) if a.get("source") else None,
            )
            for a in data["assessments"]
        ]
    if "distribution" in data:
        page.distribution = [
            Distribution(
                **{k: v for k, v in d.items() if k != "source"},
                source=get_source(d["source"]) if d.get("source") else None,
            )
            for d in data["distribution"]
        ]
    if "provinces" in data:
        # Adds a bare province record only where none exists, so curated places
        # (communes, altitudes) survive a re-import.
        known = {d.province for d in page.distribution.all()}
        page.distribution = list(page.distribution.all()) + [
            Distribution(province=code) for code in data["provinces"] if code not in known
        ]
    if "sources" in data:
        page.sources = [
            SpeciesSource(source=get_source(s["source"]), supports=s.get("supports", ""))
            for s in data["sources"]
        ]
    if "look_alikes" in data:
        look_alikes = []
        for la in data["look_alikes"]:
            item = LookAlike(
                name=la.get("name", ""),
                other_species=find_species(*la["species"]) if la.get("species") else None,
                source=get_source(la["source"]) if la.get("source") else None,
            )
            set_translated(item, "reason", la["reason"])
            look_alikes.append(item)
        page.look_alikes = look_alikes

    if created:
        index_page.add_child(instance=page)
    else:
        page.save()
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page, created


def _vernacular_names(page, names):
    """The names of a sheet or the demo, keeping what a steward decided about each.

    A name held by a community keeps its access level when a list that mentions it
    is imported again: an import never opens a name wider. Names missing from the
    list are dropped, as before, except restricted ones, which only a steward may
    remove (in the admin).
    """
    held = {fold(n.name): n for n in page.vernacular_names.all()} if page.pk else {}
    out = []
    for v in names:
        name = VernacularName(
            name=v["name"],
            language=v["language"],
            note=v.get("note", ""),
            source=get_source(v["source"]) if v.get("source") else None,
        )
        previous = held.pop(fold(v["name"]), None)
        if previous is not None and previous.access_level != VernacularName.Access.PUBLIC:
            name.access_level, name.community = previous.access_level, previous.community
            name.audio = previous.audio
        out.append(name)
    out += [n for n in held.values() if n.access_level != VernacularName.Access.PUBLIC]
    return out
