"""The catalogue as a Darwin Core Archive, the form GBIF's IPT and checklist tools read.

``/open-data/darwin-core-archive.zip`` holds a Taxon core with five extensions:

* ``taxon.txt``: one row per live public species page (its accepted name) and one per
  synonym. Synonyms are rows of their own pointing to the accepted one with
  ``acceptedNameUsageID``: the layout GBIF's checklist guide asks for and the only one
  the Taxon core can express (a basionym is also the accepted row's
  ``originalNameUsageID``). The IPNI id is the name's ``scientificNameID`` (an LSID,
  as Darwin Core's own example of the term).
* ``vernacularname.txt``: only the names whose own access level is public.
* ``distribution.txt``: where the species grows, at the commune at most (a sensitive
  species: commune and province only, never the curators' free-text place), and one
  row per conservation assessment with its threat status or CITES appendix.
* ``reference.txt``: the page's sources, and the Local Contexts labels (below).
* ``multimedia.txt``: gallery images, as the re-encoded rendition the public site links
  (no camera metadata such as GPS leaves with it), with credit and licence.
* ``identifier.txt``: the same taxon in GBIF, POWO, IPNI and Wikidata (GBIF's
  Alternative Identifiers extension), so an aggregator can join the catalogues.

Local Contexts: species linked to *public* knowledge items that carry TK labels (the
knowledge app answers the ``darwin_core_species_labels`` hook; this app sits below it
and must not import it). GBIF's Local Contexts pilot carries project references per
record; the Taxon core has no dedicated term, so the labels go where a reader of the
taxon row meets them, ``dcterms:accessRights`` (the conditions of use of the record),
and each label is also a References row whose identifier is the community's Hub
project page (when the community has one) or the Local Contexts label list.

The archive is built into a file under ``VAR_DIR`` once per content generation
(``base.page_cache.generation()``) and day (consent expires by date), and streamed
from there: a download costs a file read, a publish anywhere is seen at once.
"""

import datetime
import itertools
import os
import re
import secrets
import tempfile
import zipfile
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree as ET

from django.conf import settings
from django.db.models import Prefetch
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.images import get_image_model

from base.models import PublicLocation
from base.open_data import PUBLISHER, cite_as, data_licence
from base.page_cache import kept_key, shared_cache
from species.darwin_core_eml import eml_xml
from species.distribution_map import distribution_places
from species.models import SpeciesPage, Synonym, VernacularName
from species.models.pages import Distribution, SpeciesImage, SpeciesSource

LABELS_HOOK = "darwin_core_species_labels"
FILENAME = "darwin-core-archive.zip"
# The full-size rendition the public pages link (museum_tags.FULL_SIZE_SPEC): re-encoded,
# so no camera metadata (GPS) leaves with it, unlike the original upload.
IMAGE_SPEC = "width-1600|format-jpeg"
STALE_SECONDS = 600  # an archive of a past generation is deleted after this
CHUNK = 500  # species per query batch: bounded memory at 10,000 species
# Schemes whose assessment is global rather than Vietnam's (their codes are seeded by
# species/migrations/0002_seed_vocabularies.py).
GLOBAL_SCHEMES = {"iucn", "cites"}
CITES_SCHEME = "cites"
# Red lists whose category codes are IUCN's (what threatStatus expects).
IUCN_STYLE_SCHEMES = {"iucn", "sdvn-2007", "vnredlist"}
# Wild or grown, in the Darwin Core vocabularies of the Distribution extension:
# (establishmentMeans, degreeOfEstablishment) for each regional status.
ESTABLISHMENT = {
    SpeciesPage.RegionalStatus.NATIVE: ("native", "native"),
    SpeciesPage.RegionalStatus.CULTIVATED: ("introduced", "cultivated"),
    SpeciesPage.RegionalStatus.UNCONFIRMED: ("uncertain", ""),
}
TAXONOMIC_STATUS = {
    Synonym.Kind.SYNONYM: "synonym",
    Synonym.Kind.BASIONYM: "homotypicSynonym",
    Synonym.Kind.MISAPPLIED: "misapplied",
}
RANKS = {"var.": "variety", "subsp.": "subspecies", "f.": "form"}
VIETNAM = {"lai-chau", "lao-cai", "vietnam"}

DWC = "http://rs.tdwg.org/dwc/terms/"
DC = "http://purl.org/dc/terms/"
GBIF = "http://rs.gbif.org/terms/1.0/"

# (file, rowType, terms): the first column of every file is the taxon's id.
TAXON = (
    "taxon.txt",
    DWC + "Taxon",
    [
        DWC + "taxonID",
        DWC + "scientificNameID",
        DWC + "acceptedNameUsageID",
        DWC + "originalNameUsageID",
        DWC + "scientificName",
        DWC + "scientificNameAuthorship",
        DWC + "kingdom",
        DWC + "family",
        DWC + "genus",
        DWC + "specificEpithet",
        DWC + "infraspecificEpithet",
        DWC + "taxonRank",
        DWC + "verbatimTaxonRank",
        DWC + "taxonomicStatus",
        DWC + "taxonRemarks",
        DC + "references",
        DC + "bibliographicCitation",
        DC + "license",
        DC + "rightsHolder",
        DC + "accessRights",
        DC + "modified",
    ],
)
EXTENSIONS = (
    (
        "vernacularname.txt",
        GBIF + "VernacularName",
        [DWC + "taxonID", DWC + "vernacularName", DC + "language", DC + "source"],
    ),
    (
        "distribution.txt",
        GBIF + "Distribution",
        [
            DWC + "taxonID",
            DWC + "locality",
            DWC + "countryCode",
            DWC + "occurrenceStatus",
            DWC + "establishmentMeans",
            DWC + "degreeOfEstablishment",
            "http://iucn.org/terms/threatStatus",
            "http://rs.gbif.org/terms/1.0/appendixCITES",
            DWC + "eventDate",
            DWC + "occurrenceRemarks",
            DC + "source",
        ],
    ),
    (
        "reference.txt",
        GBIF + "Reference",
        [
            DWC + "taxonID",
            DC + "identifier",
            DC + "bibliographicCitation",
            DC + "title",
            DC + "creator",
            DC + "date",
            DC + "description",
            DC + "type",
        ],
    ),
    (
        "multimedia.txt",
        GBIF + "Multimedia",
        [
            DWC + "taxonID",
            DC + "type",
            DC + "format",
            DC + "identifier",
            DC + "references",
            DC + "title",
            DC + "description",
            DC + "creator",
            DC + "license",
            DC + "rightsHolder",
            DC + "source",
        ],
    ),
    (
        "identifier.txt",
        GBIF + "Identifier",
        [DWC + "taxonID", DC + "identifier", DC + "title", DC + "format"],
    ),
)
TABLES = (TAXON, *EXTENSIONS)
_SPACES = re.compile(r"\s+")


def _cell(value):
    """One field of a tab-separated line: no tab or line break may survive, since the
    archive declares no quote character (GBIF's recommended text layout)."""
    if value is None:
        return ""
    return _SPACES.sub(" ", str(value)).strip()


def absolute(url):
    """``url`` (a path or already absolute) on the public host, PUBLIC_BASE_URL."""
    if not url:
        return ""
    return urljoin(settings.PUBLIC_BASE_URL.rstrip("/") + "/", url)


def taxon_id(page_id):
    """The stable id of a species in the archive: a URN of the page id on the museum's
    host (LSID form, as IPNI's), which survives renamed slugs and titles."""
    host = urlsplit(settings.PUBLIC_BASE_URL).hostname or "localhost"
    return f"urn:lsid:{host}:taxon:{page_id}"


def synonym_id(page_id, synonym_pk):
    """The stable id of a synonym's row, under the accepted taxon's id."""
    return f"{taxon_id(page_id)}:name:{synonym_pk}"


def external_links(page):
    """``[(title, url)]`` of the species in other databases, for the page and the
    archive: GBIF, POWO and IPNI (one IPNI id names both) and Wikidata, when set."""
    links = []
    if page.gbif_taxon_key:
        links.append(("GBIF", f"https://www.gbif.org/species/{page.gbif_taxon_key}"))
    if page.ipni_id:
        lsid = f"urn:lsid:ipni.org:names:{page.ipni_id}"
        links.append(("Plants of the World Online", f"https://powo.science.kew.org/taxon/{lsid}"))
        links.append(("IPNI", f"https://www.ipni.org/n/{page.ipni_id}"))
    if page.wikidata_id:
        links.append(("Wikidata", f"https://www.wikidata.org/wiki/{page.wikidata_id}"))
    return links


def _rank(page):
    if page.infraspecific_name:
        return RANKS.get(page.infraspecific_rank, "")
    return "species" if page.epithet else "genus"


def _synonym_rank(name):
    """The rank a synonym's name shows by its words ("Genus epithet var. name")."""
    words = name.split()
    for marker, rank in RANKS.items():
        if marker in words:
            return rank
    return {1: "genus", 2: "species"}.get(len(words), "")


def species_pages():
    """The species the public may see: live, and behind no password or login."""
    return (
        SpeciesPage.objects.live()
        .public()
        .select_related("family")
        .prefetch_related(
            "synonyms",
            Prefetch(
                "vernacular_names",
                queryset=VernacularName.objects.filter(
                    access_level=VernacularName.Access.PUBLIC
                ).select_related("source"),
                to_attr="public_vernacular_names",
            ),
            Prefetch(
                "assessments",
                queryset=SpeciesPage.assessments_in_order(),
                to_attr="prefetched_assessments",
            ),
            Prefetch("distribution", queryset=Distribution.objects.select_related("source")),
            Prefetch("sources", queryset=SpeciesSource.objects.select_related("source")),
            Prefetch(
                "gallery_images",
                queryset=SpeciesImage.objects.select_related("image").prefetch_related(
                    Prefetch(
                        "image__renditions",
                        queryset=get_image_model()
                        .get_rendition_model()
                        .objects.filter(filter_spec=IMAGE_SPEC),
                        to_attr="prefetched_renditions",
                    )
                ),
            ),
        )
        .order_by("pk")
    )


def species_labels(page_ids):
    """``{page id: [label, ...]}``: the Local Contexts labels of public knowledge about
    each species, from every app that answers the ``darwin_core_species_labels`` hook.
    A label is ``{"code", "name", "community", "url"}``, ``url`` being the community's
    Local Contexts Hub project or, without one, Local Contexts' description of the labels."""
    found = {}
    for hook in hooks.get_hooks(LABELS_HOOK):
        for page_id, labels in (hook(page_ids) or {}).items():
            found.setdefault(page_id, []).extend(labels)
    return found


def _label_text(label):
    text = f"{label['name']} ({label['code']})"
    if label.get("community"):
        text += f", {label['community']}"
    return text


def _access_rights(labels):
    if not labels:
        return ""
    parts = []
    for label in labels:
        parts.append(f"{_label_text(label)} <{label['url']}>")
    return "Local Contexts Traditional Knowledge labels: " + "; ".join(parts)


class _Rows:
    """Rows of one species for every table, as lists of cells."""

    def __init__(self, page, labels):
        self.page = page
        self.labels = labels
        self.id = taxon_id(page.pk)
        parts = page.get_url_parts()
        self.url = absolute(parts[2]) if parts else ""

    def taxon(self):
        page = self.page
        licence_text, licence_uri = data_licence()
        synonyms = list(page.synonyms.all())
        basionym = next((s for s in synonyms if s.kind == Synonym.Kind.BASIONYM), None)
        name = page.scientific_name if page.epithet else page.genus
        yield [
            self.id,
            f"urn:lsid:ipni.org:names:{page.ipni_id}" if page.ipni_id else "",
            "",
            synonym_id(page.pk, basionym.pk) if basionym else "",
            f"{name} {page.authority}".strip(),
            page.authority,
            "Plantae",  # the catalogue holds medicinal plants only
            page.family.latin_name,
            page.genus,
            page.epithet,
            page.infraspecific_name,
            _rank(page),
            page.infraspecific_rank,
            "accepted",
            page.taxonomic_note,
            self.url,
            cite_as(self.url, page.title),
            licence_uri or licence_text,
            PUBLISHER,
            _access_rights(self.labels),
            page.last_published_at.date().isoformat() if page.last_published_at else "",
        ]
        for synonym in synonyms:
            words = synonym.name.split()
            yield [
                synonym_id(page.pk, synonym.pk),
                "",
                self.id,
                "",
                str(synonym),
                synonym.authority,
                "Plantae",
                "",
                words[0] if words else "",
                "",
                "",
                _synonym_rank(synonym.name),
                "",
                TAXONOMIC_STATUS.get(synonym.kind, "synonym"),
                "",
                self.url,
                "",
                licence_uri or licence_text,
                PUBLISHER,
                "",
                "",
            ]

    def vernacular_names(self):
        for name in self.page.public_vernacular_names:
            remark = "" if name.html_lang else str(name.get_language_display())
            source = name.source.formatted() if name.source_id and name.source else ""
            # A language without a certain ISO 639 code is named in words, never guessed.
            yield [self.id, name.name, name.html_lang, "; ".join(p for p in (remark, source) if p)]

    def distribution(self):
        page = self.page
        sensitive = page.location_is_sensitive
        means, degree = ESTABLISHMENT.get(page.regional_status, ("", ""))
        for place in distribution_places(page):
            row = place["row"]
            yield [
                self.id,
                self._locality(row, place["location"], sensitive),
                "VN" if row.province in VIETNAM else "",
                "present",
                means if row.province in VIETNAM else "",
                degree if row.province in VIETNAM else "",
                "",
                "",
                "",
                "",
                row.source.formatted() if row.source_id and row.source else "",
            ]
        for assessment in page.assessment_list:
            scheme, category = assessment.category.scheme, assessment.category
            yield [
                self.id,
                str(scheme.name),
                "" if scheme.code in GLOBAL_SCHEMES else "VN",
                "",
                "",
                "",
                # IUCN's codes only ("EN", "VU"): a list's "listed" is no threat status.
                category.code
                if scheme.code in IUCN_STYLE_SCHEMES and category.code.isupper()
                else "",
                category.code.removeprefix("App.").strip() if scheme.code == CITES_SCHEME else "",
                assessment.year or "",
                "; ".join(
                    p
                    for p in (
                        f"{scheme.short_name}: {category.code} {category.name}",
                        assessment.criteria,
                        assessment.note,
                    )
                    if p
                ),
                assessment.source.formatted() if assessment.source else "",
            ]

    @staticmethod
    def _locality(row, location, sensitive):
        """The place at the public precision: the commune at most. A sensitive
        species' row says commune and province only, from the commune list when the
        commune is known (``distribution_map``), never the free-text place note."""
        if isinstance(location, PublicLocation):
            text = location.label
        else:
            parts = [row.commune, row.get_province_display()]
            text = ", ".join(str(p) for p in parts if p)
            if row.former_district:
                text += " " + _("(former %(district)s district)") % {
                    "district": row.former_district
                }
        if not sensitive and row.place_note:
            text = f"{text}; {row.place_note}" if text else row.place_note
        return text

    def references(self):
        for cited in self.page.sources.all():
            source = cited.source
            yield [
                self.id,
                source.url,
                source.formatted(),
                source.title,
                source.authors,
                source.year or "",
                cited.supports,
                "",
            ]
        for label in self.labels:
            yield [
                self.id,
                label["url"],
                f"Local Contexts Traditional Knowledge label: {_label_text(label)}",
                label["name"],
                label.get("community", ""),
                "",
                "",
                "Local Contexts label",
            ]

    def multimedia(self):
        for item in self.page.gallery_images.all():
            image = item.image
            if not image.is_credited:
                continue
            try:
                rendition = image.get_rendition(IMAGE_SPEC)
            except OSError:  # Wagtail's SourceImageIOError: the file is missing on disk
                continue  # no image rather than no archive
            yield [
                self.id,
                "StillImage",
                "image/jpeg",
                absolute(rendition.url),
                self.url,
                image.title,
                item.caption,
                image.credit,
                image.licence_uri or image.licence,
                image.credit,
                image.source_url,
            ]

    def identifiers(self):
        for title, url in external_links(self.page):
            yield [self.id, url, title, "text/html"]


ROW_METHODS = ("taxon", "vernacular_names", "distribution", "references", "multimedia")
ROW_METHODS += ("identifiers",)


def _batched(iterable, size):
    """``iterable`` in tuples of ``size`` (itertools.batched arrives with Python 3.12)."""
    iterator = iter(iterable)
    while batch := tuple(itertools.islice(iterator, size)):
        yield batch


def _header(terms):
    return "\t".join(term.rsplit("/", 1)[-1] for term in terms) + "\n"


def write_tables(directory):
    """Write every table of the archive into ``directory`` in one pass over the
    species, a batch at a time; returns the paths in ``TABLES`` order."""
    paths = [Path(directory) / name for name, _row_type, _terms in TABLES]
    files = [path.open("w", encoding="utf-8", newline="") for path in paths]
    try:
        for file, (_name, _row_type, terms) in zip(files, TABLES, strict=True):
            file.write(_header(terms))
        ids = SpeciesPage.objects.live().public().order_by("pk").values_list("pk", flat=True)
        for batch in _batched(ids.iterator(), CHUNK):
            labels = species_labels(list(batch))
            for page in species_pages().filter(pk__in=batch):
                rows = _Rows(page, labels.get(page.pk, []))
                for file, method, (_name, _type, terms) in zip(
                    files, ROW_METHODS, TABLES, strict=True
                ):
                    for row in getattr(rows, method)():
                        if len(row) != len(terms):  # a shifted column would mislabel data
                            raise ValueError(f"{method}: {len(row)} cells for {len(terms)} terms")
                        file.write("\t".join(_cell(v) for v in row) + "\n")
    finally:
        for file in files:
            file.close()
    return paths


def meta_xml():
    """The archive's descriptor: the Taxon core and each extension, tab-separated UTF-8
    with one header line, the first column being the taxon's id."""
    ET.register_namespace("", "http://rs.tdwg.org/dwc/text/")
    ns = "{http://rs.tdwg.org/dwc/text/}"
    archive = ET.Element(f"{ns}archive", {"metadata": "eml.xml"})
    for index, (name, row_type, terms) in enumerate(TABLES):
        element = ET.SubElement(
            archive,
            f"{ns}core" if index == 0 else f"{ns}extension",
            {
                "encoding": "UTF-8",
                "fieldsTerminatedBy": "\\t",
                "linesTerminatedBy": "\\n",
                "fieldsEnclosedBy": "",
                "ignoreHeaderLines": "1",
                "rowType": row_type,
            },
        )
        location = ET.SubElement(ET.SubElement(element, f"{ns}files"), f"{ns}location")
        location.text = name
        ET.SubElement(element, f"{ns}id" if index == 0 else f"{ns}coreid", {"index": "0"})
        for column, term in enumerate(terms):
            if index == 0 or column > 0:
                ET.SubElement(element, f"{ns}field", {"index": str(column), "term": term})
    ET.indent(archive)
    return ET.tostring(archive, encoding="utf-8", xml_declaration=True)


def build_archive(target):
    """Write the whole archive to the path ``target``."""
    with translation.override(settings.LANGUAGE_CODE), tempfile.TemporaryDirectory() as work:
        paths = write_tables(work)
        with zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, data in (("meta.xml", meta_xml()), ("eml.xml", eml_xml())):
                entry = zipfile.ZipInfo(name, datetime.datetime.now().timetuple()[:6])
                entry.compress_type = zipfile.ZIP_DEFLATED
                entry.external_attr = 0o644 << 16  # readable once unpacked, as the tables
                archive.writestr(entry, data)
            for path in paths:
                archive.write(path, arcname=path.name)


def _folder():
    folder = Path(settings.VAR_DIR) / "open-data"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def archive_path():
    """The archive for the content as it stands: built once per content generation and
    day, then reused by every request and process that shares the cache.

    The cache holds only the file's name (random: a cache emptied and restarted at
    generation 1 never finds an older generation's file under the same key); a name
    whose file is gone (another machine's disk) is built again."""
    key = kept_key("darwin-core")
    cache = shared_cache()
    name = cache.get(key)
    folder = _folder()
    if name and (folder / name).is_file():
        return folder / name
    name = f"dwca-{secrets.token_hex(8)}.zip"
    partial = folder / f".{name}.part"
    try:
        build_archive(partial)
        os.replace(partial, folder / name)
    finally:
        partial.unlink(missing_ok=True)
    cache.set(key, name, timeout=None)
    _forget_older(keep=name)
    return folder / name


def _forget_older(keep):
    """Delete archives of past generations once no request can still be about to open
    them (a download under way keeps its open file anyway)."""
    stale = datetime.datetime.now().timestamp() - STALE_SECONDS
    for path in _folder().glob("dwca-*.zip"):
        try:
            if path.name != keep and path.stat().st_mtime < stale:
                path.unlink(missing_ok=True)
        except OSError:
            continue
