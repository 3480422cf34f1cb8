"""The archive's metadata (``eml.xml``): EML 2.1.1 in the GBIF profile, which is what
GBIF's registry and IPT read for a dataset's title, publisher, licence, coverage and
citation. The wording of the licence and the citation is ``base.open_data``'s."""

import datetime
import uuid
from xml.etree import ElementTree as ET

from django.conf import settings
from django.db.models import Max, Min
from django.urls import reverse

from base.models import Commune, Province
from base.open_data import PUBLISHER, cite_as, data_licence

EML_NS = "eml://ecoinformatics.org/eml-2.1.1"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
GBIF_PROFILE = "http://rs.gbif.org/schema/eml-gbif-profile/1.3/eml.xsd"
DATASET_TYPES = "GBIF Dataset Type Vocabulary: http://rs.gbif.org/vocabulary/gbif/dataset_type.xml"
PROVINCES = (Province.LAI_CHAU, Province.LAO_CAI)
TITLE = "Medicinal plants of Lai Châu and Lào Cai (Vietnam): the catalogue of Dược liệu số"
ABSTRACT = (
    "The species catalogue of Dược liệu số, the digital medicinal-plant museum of Lai Châu "
    "and Lào Cai: accepted names with synonyms, vernacular names, distribution in the two "
    "provinces, conservation assessments (IUCN, Vietnam Red Data Book, Vietnamese law, "
    "CITES) with their sources, references and images. Places of threatened or protected "
    "species are given at the commune at most; restricted community knowledge is never "
    "included."
)


def archive_url():
    """Where the archive is downloaded, on the public host."""
    return settings.PUBLIC_BASE_URL.rstrip("/") + reverse("species:darwin-core-archive")


def _text(parent, tag, text, **attrs):
    element = ET.SubElement(parent, tag, attrs)
    element.text = str(text)
    return element


def _party(parent, tag):
    """The museum as creator, metadata provider, contact or publisher."""
    party = ET.SubElement(parent, tag)
    _text(party, "organizationName", PUBLISHER)
    _text(party, "onlineUrl", settings.PUBLIC_BASE_URL)
    return party


def _intellectual_rights(dataset):
    text, uri = data_licence()
    para = ET.SubElement(ET.SubElement(dataset, "intellectualRights"), "para")
    if not uri:
        para.text = f"This work is licensed under {text}."
        return
    # GBIF reads the licence from a ulink to its URI (its IPT writes it this way).
    para.text = "This work is licensed under a "
    link = ET.SubElement(para, "ulink", {"url": uri})
    _text(link, "citetitle", text)
    link.tail = "."


def _bounds():
    """The provinces' extent from their communes' centres, or None when none is known."""
    box = Commune.objects.filter(
        province__in=PROVINCES, latitude__isnull=False, longitude__isnull=False
    ).aggregate(
        west=Min("longitude"), east=Max("longitude"), south=Min("latitude"), north=Max("latitude")
    )
    return None if box["west"] is None else box


def _coverage(dataset):
    box = _bounds()
    if box is None:
        return  # EML wants a bounding box with a geographic coverage; none is known
    names = " and ".join(str(label) for value, label in Province.choices if value in PROVINCES)
    geographic = ET.SubElement(ET.SubElement(dataset, "coverage"), "geographicCoverage")
    _text(
        geographic,
        "geographicDescription",
        f"{names} provinces, Vietnam (as they stand after the July 2025 reform). The box "
        "spans the centres of their communes.",
    )
    bounds = ET.SubElement(geographic, "boundingCoordinates")
    for tag, key in (
        ("westBoundingCoordinate", "west"),
        ("eastBoundingCoordinate", "east"),
        ("northBoundingCoordinate", "north"),
        ("southBoundingCoordinate", "south"),
    ):
        _text(bounds, tag, f"{float(box[key]):.5f}")


def eml_xml(today=None):
    """The EML document as UTF-8 bytes."""
    today = today or datetime.date.today()
    url = archive_url()
    ET.register_namespace("eml", EML_NS)
    ET.register_namespace("xsi", XSI_NS)
    root = ET.Element(
        f"{{{EML_NS}}}eml",
        {
            "packageId": str(uuid.uuid5(uuid.NAMESPACE_URL, url)),
            "system": "http://gbif.org",
            "scope": "system",
            f"{{{XSI_NS}}}schemaLocation": f"{EML_NS} {GBIF_PROFILE}",
            XML_LANG: "en",
        },
    )
    dataset = ET.SubElement(root, "dataset")
    _text(dataset, "alternateIdentifier", url)
    _text(dataset, "title", TITLE, **{XML_LANG: "en"})
    _party(dataset, "creator")
    _party(dataset, "metadataProvider")
    _text(dataset, "pubDate", today.isoformat())
    _text(dataset, "language", settings.LANGUAGE_CODE)
    _text(ET.SubElement(dataset, "abstract"), "para", ABSTRACT)
    keywords = ET.SubElement(dataset, "keywordSet")
    _text(keywords, "keyword", "Checklist")
    _text(keywords, "keywordThesaurus", DATASET_TYPES)
    _intellectual_rights(dataset)
    online = ET.SubElement(ET.SubElement(dataset, "distribution", {"scope": "document"}), "online")
    _text(online, "url", settings.PUBLIC_BASE_URL, function="information")
    _coverage(dataset)
    maintenance = ET.SubElement(dataset, "maintenance")
    _text(
        ET.SubElement(maintenance, "description"),
        "para",
        "Rebuilt from the catalogue whenever a page is published or changed.",
    )
    _text(maintenance, "maintenanceUpdateFrequency", "asNeeded")
    _party(dataset, "contact")
    _party(dataset, "publisher")
    gbif = ET.SubElement(
        ET.SubElement(ET.SubElement(root, "additionalMetadata"), "metadata"), "gbif"
    )
    _text(gbif, "dateStamp", datetime.datetime.now(datetime.UTC).isoformat(timespec="seconds"))
    _text(gbif, "hierarchyLevel", "dataset")
    _text(gbif, "citation", cite_as(url, TITLE, accessed=today))
    ET.indent(root)
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
