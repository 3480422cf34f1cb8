"""Creating and updating species pages from plain data.

Both the spreadsheet import (``import_species``) and the demo content
(``load_demo``) describe a species as a ``dict`` and hand it to
``upsert_species``; there is one way to write a species, whoever writes it.
"""

from collections import defaultdict

from anyascii import anyascii
from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.log_actions import log
from wagtail.models import Page, Revision
from wagtail.signals import page_published

from base.content import add_index_page, get_source, set_translated
from base.translated_slugs import clashing_languages, known_free
from search.folding import fold
from species.models import (
    ConservationCategory,
    Distribution,
    Family,
    LookAlike,
    PartUsed,
    SpeciesAssessment,
    SpeciesIndexPage,
    SpeciesPage,
    SpeciesSource,
    StrategicGroup,
    Synonym,
    VernacularName,
)

# Language codes as Django and modeltranslation spell them -> as field names end.
CODES = {code: code.replace("-", "_") for code, _name in settings.LANGUAGES}


def ascii_slug(text):
    """A URL slug without diacritics: 'Đương quy' -> 'duong-quy' (đ is not decomposable)."""
    return slugify(anyascii(text or ""))[:80]


def find_species(genus, epithet, infraspecific_name=""):
    """The species page with this accepted name, or None."""
    # The id first: loading a whole page (every translated column) only to learn that
    # there is none was a tenth of an import's time.
    pk = (
        SpeciesPage.objects.filter(
            genus=genus, epithet=epithet, infraspecific_name=infraspecific_name
        )
        .values_list("pk", flat=True)
        .first()
    )
    return SpeciesPage.objects.get(pk=pk) if pk else None


def add_species_index(parent, title, slug, intro=None):
    """Create and publish the species index under ``parent``."""
    return add_index_page(parent, SpeciesIndexPage, title, slug, intro)


def _family(data):
    family, _created = Family.objects.get_or_create(latin_name=data["latin_name"])
    if data.get("name"):
        set_translated(family, "name", data["name"])
        family.save()
    return family


def _free_slugs(parent, page, titles, data):
    """{field language: slug} from the titles, with the scientific name added in a language
    where a sibling already shows that slug (two species may share a common name, as tam
    thất hoang and sâm vũ diệp do in trade)."""
    wanted = {code: ascii_slug(titles.get(lang) or titles["vi"]) for code, lang in CODES.items()}
    siblings = SpeciesPage.objects.child_of(parent)
    if page.pk:
        siblings = siblings.exclude(pk=page.pk)
    name = " ".join(
        filter(None, [data["genus"], data.get("epithet"), data.get("infraspecific_name")])
    )
    taken = clashing_languages(siblings, wanted)
    if not taken and page.pk is None:
        known_free(page, wanted)
    return {
        CODES[code]: f"{slug}-{ascii_slug(name)}"[:80] if code in taken else slug
        for code, slug in wanted.items()
    }


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
    related = fill_species(index_page, page, data)
    if created and publish:
        add_published(index_page, [(page, related)])
        return page, created
    for name, objects in related.items():
        setattr(page, name, objects)
    if created:
        index_page.add_child(instance=page)
    else:
        page.save()
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page, created


def fill_species(index_page, page, data):
    """Set ``page``'s own fields from ``data`` (slugs free under ``index_page``) and return
    its related lists given in ``data``, {relation or many-to-many field: objects}, for
    the caller to assign or to insert in bulk."""
    for field in ("genus", "epithet", "infraspecific_rank", "infraspecific_name", "authority"):
        setattr(page, field, data.get(field, "") or "")
    page.family = _family(data["family"])
    page.regional_status = data.get("regional_status", SpeciesPage.RegionalStatus.NATIVE)
    page.is_toxic = bool(data.get("is_toxic", False))
    set_translated(page, "title", data["title"])
    titles = data["title"] if isinstance(data["title"], dict) else {"vi": data["title"]}
    for lang, slug in _free_slugs(index_page, page, titles, data).items():
        setattr(page, f"slug_{lang}", slug)
    with translation.override(settings.MODELTRANSLATION_DEFAULT_LANGUAGE):
        page.slug = page.slug_vi
    texts = ("summary", "summary_for_children", "summary_for_experts", "taxonomic_note")
    for field in (*texts, *SpeciesPage.SECTIONS):
        if field in data:
            set_translated(page, field, data[field])

    related = {}
    if "parts_used" in data:
        related["parts_used"] = list(PartUsed.objects.filter(code__in=data["parts_used"]))
    if "strategic_groups" in data:
        related["strategic_groups"] = list(
            StrategicGroup.objects.filter(code__in=data["strategic_groups"])
        )
    if "synonyms" in data:
        related["synonyms"] = [Synonym(**s) for s in data["synonyms"]]
    if "vernacular_names" in data:
        related["vernacular_names"] = _vernacular_names(page, data["vernacular_names"])
    if "assessments" in data:
        related["assessments"] = [
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
        related["distribution"] = [
            Distribution(
                **{k: v for k, v in d.items() if k != "source"},
                source=get_source(d["source"]) if d.get("source") else None,
            )
            for d in data["distribution"]
        ]
    if "provinces" in data:
        # Adds a bare province record only where none exists, so curated places
        # (communes, altitudes) survive a re-import.
        places = related.get("distribution")
        if places is None:
            places = list(page.distribution.all()) if page.pk else []
        known = {d.province for d in places}
        related["distribution"] = places + [
            Distribution(province=code) for code in data["provinces"] if code not in known
        ]
    if "sources" in data:
        related["sources"] = [
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
        related["look_alikes"] = look_alikes
    return related


# Species whose related rows and revisions are inserted together by upsert_many.
BATCH = 200


@transaction.atomic
def upsert_many(index_page, rows, publish=True):
    """``upsert_species`` for many rows (an import); returns [(page, created)].

    New species to publish are added one by one (each validated, its slugs checked
    against those added before it) and finished in batches by ``finish_published``;
    existing ones are updated through ``upsert_species``.
    """
    results, staged = [], []
    for data in rows:
        page = find_species(
            data["genus"], data.get("epithet", ""), data.get("infraspecific_name", "")
        )
        if page is not None or not publish:
            results.append(upsert_species(index_page, data, publish=publish))
            continue
        page = SpeciesPage()
        related = fill_species(index_page, page, data)
        add_live(index_page, page)
        staged.append((page, related))
        results.append((page, True))
        if len(staged) >= BATCH:
            finish_published(staged)
            staged = []
    finish_published(staged)
    return results


def add_published(parent, staged):
    """Add new pages under ``parent``, live, each with its first revision published;
    ``staged`` is a list of (page, {relation: objects}) as ``fill_species`` returns."""
    for page, _related in staged:
        add_live(parent, page)
    finish_published(staged)


def add_live(parent, page):
    """Add ``page`` under ``parent`` as live (saved once, and validated); its related rows,
    revision and publication record follow in ``finish_published``, in the same
    transaction."""
    now = timezone.now()
    page.live, page.first_published_at, page.last_published_at = True, now, now
    page.locale_id = page.locale_id or parent.locale_id  # what Wagtail would look up
    parent.add_child(instance=page)


@transaction.atomic
def finish_published(staged):
    """Publish pages just added by ``add_live``, writing what Wagtail's publish of a page's
    first revision writes: the related rows, the revision, the live revision, the
    "published" log entry and the ``page_published`` signal.

    The related rows and revisions of all the pages are inserted together. Creating,
    revising and publishing through Wagtail saves a page three times and each related
    row one by one, which held an import of a national list to a dozen species a
    second.
    """
    if not staged:
        return
    now = timezone.now()
    _insert_related(staged)
    pages = [page for page, _related in staged]
    # The revision as save_revision() writes it, without its second save of the page.
    revisions = Revision.objects.bulk_create(
        [
            Revision(
                content_object=page,
                base_content_type=page.get_base_content_type(),
                content=page.serializable_data(),
                object_str=str(page),
                created_at=now,
            )
            for page in pages
        ]
    )
    for page, revision in zip(pages, revisions, strict=True):
        page.latest_revision = page.live_revision = revision
        page.latest_revision_created_at, page.draft_title = now, page.title
    Page.objects.bulk_update(
        pages,
        ["latest_revision", "live_revision", "latest_revision_created_at", "draft_title"],
        batch_size=BATCH,
    )
    for page, revision in zip(pages, revisions, strict=True):
        log(instance=page, action="wagtail.publish", revision=revision, content_changed=True)
        page_published.send(sender=page.specific_class, instance=page, revision=revision)


def _insert_related(staged):
    """Insert the related rows of newly added pages, one statement per table, then hold
    them on their pages as if assigned (what the revisions record)."""
    rows, links = defaultdict(list), defaultdict(list)
    for page, related in staged:
        for name, objects in related.items():
            field = page._meta.get_field(name)
            if field.many_to_many:
                through = field.remote_field.through
                links[through] += [
                    through(**{field.m2m_field_name(): page, field.m2m_reverse_field_name(): obj})
                    for obj in objects
                ]
            else:
                for obj in objects:
                    setattr(obj, field.field.name, page)
                rows[field.related_model] += objects
    for model, objects in [*rows.items(), *links.items()]:
        model.objects.bulk_create(objects, batch_size=500)
    for page, related in staged:
        for name, objects in related.items():
            setattr(page, name, objects)


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
