"""How the value chain describes itself to the search service.

Producers, products and batches are found by their names and by their codes: the
facility code, the growing-area codes of a producer's areas, the batch code and GTINs.
The search folding cuts "VN-12-105-03430-001-24" at its dashes into the words
vn 12 105 03430 001 24, so a code typed with dashes or spaces matches those words;
each code also enters the index in its compact form (``compact_code``:
"VN121050343000124", one word) so a code typed without dashes matches too. A sample
record stays findable, and its text says it is sample data.

Growing areas are snippets, not pages: nothing publishes them, so a change to one
reindexes the producer (and the batches) whose documents carry its code.
"""

from django.db.models.signals import post_delete, post_save, pre_delete, pre_save
from django.utils import translation
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _

from search import service
from search.documents import SearchDocument, builds_documents_for, page_texts
from search.documents import translated as translated_field
from search.facets import register_kind
from valuechain.models import BatchPage, GrowingArea, ProducerPage, ProductPage, compact_code

SAMPLE = _("Sample data, not real.")
KINDS = {
    "producer": _("Producer"),
    "product": _("Product"),
    "batch": _("Batch"),
}


def code_names(*codes):
    """Each code as written and in its compact form, so either way of typing finds it."""
    names = []
    for code in codes:
        code = (code or "").strip()
        if not code:
            continue
        names.append(code)
        compact = compact_code(code)
        if compact and compact != code:
            names.append(compact)
    return list(dict.fromkeys(names))


def _in(lang, text):
    """A lazy text (a label, a choice) in ``lang``."""
    with translation.override(lang):
        return str(text) if text else ""


def _choice(lang, obj, field):
    """The label of ``obj``'s choice ``field`` in ``lang`` (``get_FOO_display`` gives it
    in the language active when it is called)."""
    with translation.override(lang):
        return str(getattr(obj, f"get_{field}_display")())


def _title(page, lang):
    """A related page's title in ``lang``, falling back on the Vietnamese one; nothing for
    a draft or restricted page, which a public document must not name."""
    if page is None or not page.live or page.get_view_restrictions().exists():
        return ""
    return translated_field(page, "title", lang) or page.title


def _commune_text(commune, lang):
    if commune is None:
        return ""
    text = f"{commune.name}, {_choice(lang, commune, 'province')}"
    if commune.former_district:
        with translation.override(lang):
            text += " " + str(
                _("(former %(district)s district)") % {"district": commune.former_district}
            )
    return text


def _sample(record, lang):
    return _in(lang, SAMPLE) if record.is_sample else ""


def _updated(page):
    return page.last_published_at.isoformat() if page.last_published_at else ""


def _province(*communes):
    return sorted({c.province for c in communes if c is not None})


@builds_documents_for(ProducerPage)
def producer_document(page):
    """A producer: its kind, commune, species and description; its facility code and the
    codes of its growing areas as names."""
    areas = list(page.growing_areas.select_related("commune").order_by("code", "name"))
    species = list(page.species.all())
    commune = page.commune

    def parts(lang):
        return [
            _sample(page, lang),
            _choice(lang, page, "kind"),
            _commune_text(commune, lang),
            strip_tags(translated_field(page, "description", lang)),
            ", ".join(_title(s, lang) for s in species),
            "\n".join(" ".join(p for p in (a.code, a.name) if p) for a in areas),
        ]

    titles, urls, bodies = page_texts(page, parts)
    names = code_names(page.facility_code, *[a.code for a in areas])
    names += [s.scientific_name for s in species]
    if commune is not None:
        names += [n for n in (commune.name, commune.former_district) if n]
    return SearchDocument(
        key=page.search_key(),
        kind="producer",
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        facets={"province": _province(commune, *[a.commune for a in areas])},
        updated=_updated(page),
    )


@builds_documents_for(ProductPage)
def product_document(page):
    """A product: its producer, ingredients, OCOP stars, GI and where to buy it."""
    producer = page.producer
    ingredients = list(page.ingredients.select_related("species", "part"))
    gi = page.geographical_indication

    def parts(lang):
        ocop = ""
        if page.ocop_stars:
            ocop = f"OCOP {page.ocop_stars}★" + (f" ({page.ocop_year})" if page.ocop_year else "")
        return [
            _sample(page, lang),
            _title(producer, lang),
            ", ".join(_title(i.species, lang) for i in ingredients),
            ocop,
            str(gi) if gi else "",
            strip_tags(translated_field(page, "description", lang)),
            translated_field(page, "where_to_buy", lang),
        ]

    titles, urls, bodies = page_texts(page, parts)
    names = code_names(page.gtin)
    names += list(dict.fromkeys(i.species.scientific_name for i in ingredients))
    thumbnail = ""
    first = page.images.select_related("image").first()
    if first is not None:
        thumbnail = first.image.get_rendition("fill-120x90|format-webp").url
    return SearchDocument(
        key=page.search_key(),
        kind="product",
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        facets={"province": _province(producer.commune if producer else None)},
        thumbnail=thumbnail,
        updated=_updated(page),
    )


@builds_documents_for(BatchPage)
def batch_document(page):
    """A batch: its code (and its growing area's), product, species and producer."""
    area = page.growing_area
    producer = page.producer

    def parts(lang):
        return [
            _sample(page, lang),
            _in(lang, _("Recalled")) if page.recalled else "",
            _title(page.product, lang),
            _title(page.species, lang),
            _title(producer, lang),
            # No harvest date: its year would match the year in a batch code, and the
            # result's snippet would open there instead of at the sample notice.
            translated_field(page, "cultivation_protocol", lang),
        ]

    titles, urls, bodies = page_texts(page, parts)
    names = code_names(page.batch_code, page.gtin, area.code if area else "")
    return SearchDocument(
        key=page.search_key(),
        kind="batch",
        titles=titles,
        urls=urls,
        names=names,
        bodies=bodies,
        facets={
            "province": _province(
                area.commune if area else None, producer.commune if producer else None
            )
        },
        updated=_updated(page),
    )


# -- growing areas: a snippet's change reindexes the pages that carry its code ---------
def _remember_producer(sender, instance, raw=False, **kwargs):
    # The producer before the change: an area moved to another producer leaves the old
    # producer's document, which would otherwise still find it by its code.
    instance._search_previous_producer_id = None
    if instance.pk and not raw:
        instance._search_previous_producer_id = (
            GrowingArea.objects.filter(pk=instance.pk).values_list("producer_id", flat=True).first()
        )


def _reindex_for_area(sender, instance, raw=False, **kwargs):
    if raw:  # loading fixtures: the pages are indexed by a rebuild
        return
    producer_ids = {instance.producer_id, getattr(instance, "_search_previous_producer_id", None)}
    for producer in ProducerPage.objects.filter(pk__in=producer_ids - {None}):
        service.index_object(producer)
    if instance.pk is not None:
        for batch in BatchPage.objects.filter(growing_area_id=instance.pk):
            service.index_object(batch)


def _remember_batches(sender, instance, **kwargs):
    # Deleting the area empties the batches' link to it (SET_NULL) before post_delete.
    instance._search_batch_ids = list(
        BatchPage.objects.filter(growing_area_id=instance.pk).values_list("pk", flat=True)
    )


def _reindex_after_area_deleted(sender, instance, **kwargs):
    pages = (
        list(ProducerPage.objects.filter(pk=instance.producer_id)) if instance.producer_id else []
    )
    pages += BatchPage.objects.filter(pk__in=getattr(instance, "_search_batch_ids", []))
    for page in pages:
        service.index_object(page)


def register_search_kinds():
    """Register the value chain's kinds of search result, and keep codes of growing areas
    in step with the documents that carry them."""
    for kind, label in KINDS.items():
        register_kind(kind, label)
    pre_save.connect(_remember_producer, sender=GrowingArea, dispatch_uid="search-area-before")
    post_save.connect(_reindex_for_area, sender=GrowingArea, dispatch_uid="search-area-saved")
    pre_delete.connect(_remember_batches, sender=GrowingArea, dispatch_uid="search-area-deleting")
    post_delete.connect(
        _reindex_after_area_deleted, sender=GrowingArea, dispatch_uid="search-area-deleted"
    )
