"""The catalogue as a Darwin Core Archive (issue 16), read back as a researcher or GBIF
would, with python-dwca-reader: the Taxon core and its extensions, the EML with the
museum, the licence and the citation; a sensitive species placed at the commune at most;
restricted names and restricted knowledge's labels never in it, for any visitor; a page
unpublished gone from the next download."""

import io
import zipfile

import pytest
from django.conf import settings
from django.test import Client
from dwca.darwincore.utils import qualname
from dwca.read import DwCAReader
from wagtail.models import PageViewRestriction

from base.models import Commune, Source
from base.open_data import PUBLISHER, data_licence
from knowledge.models import (
    LOCAL_CONTEXTS_URL,
    Community,
    KnowledgeIndexPage,
    KnowledgePage,
    RemedyIndexPage,
    RemedyIngredient,
    RemedyPage,
    TKLabel,
)
from species import darwin_core
from species.models import (
    PartUsed,
    SpeciesIndexPage,
    SpeciesPage,
    VernacularName,
)
from species.models.pages import SpeciesImage, SpeciesSource
from species.services import upsert_species
from tests.conftest import species_data
from tests.species.images import make_image

URL = "/open-data/darwin-core-archive.zip"
TAXON = "http://rs.tdwg.org/dwc/terms/Taxon"
VERNACULAR = "http://rs.gbif.org/terms/1.0/VernacularName"
DISTRIBUTION = "http://rs.gbif.org/terms/1.0/Distribution"
REFERENCE = "http://rs.gbif.org/terms/1.0/Reference"
MULTIMEDIA = "http://rs.gbif.org/terms/1.0/Multimedia"
IDENTIFIER = "http://rs.gbif.org/terms/1.0/Identifier"
DC = "http://purl.org/dc/terms/"

# A place finer than the commune, as a curator might type it for a poached plant.
SECRET_PLACE = "suối Nậm Sì Lường, 300 m above the ranger hut"
OPEN_PLACE = "dãy Hoàng Liên Sơn"
PUBLIC_NAME, RESTRICTED_NAMES = "Sâm Lai Châu", ("Tảo hưu", "A mi đa tè", "Xà thiệt bí truyền")
PROJECT = "3dbf5acc-e602-45a6-a45a-13c14efabe8d"
PUBLIC_LABEL, COMMUNITY_LABEL, WITHHELD_LABEL, REGISTERED_LABEL = "TK A", "TK CO", "TK SS", "TK NC"
OPEN_LABEL = "TK MC"


def _species(index, **kwargs):
    page, _created = upsert_species(index, species_data(**kwargs))
    return page


def _knowledge(parent, model, title, level, community, labels, **fields):
    page = model(
        title=title,
        title_vi=title,
        slug=f"item-{level}-{model.__name__.lower()}",
        access_level=level,
        community=community,
        **fields,
    )
    parent.add_child(instance=page)
    page.labels.set(TKLabel.objects.filter(code__in=labels))
    page.save_revision().publish()
    return page


@pytest.fixture(scope="module")
def catalogue(module_tree, django_db_blocker):
    """The module's species and knowledge, built once inside the module's tree."""
    with django_db_blocker.unblock():
        index = SpeciesIndexPage.objects.get(pk=module_tree["index"])
        Commune.objects.update_or_create(
            province="lai-chau",
            name="Khun Há",
            defaults={
                "former_district": "Tam Đường",
                "latitude": "22.2581",
                "longitude": "103.583",
            },
        )
        source = Source.objects.create(kind="book", authors="Đỗ Tất Lợi", title="Những cây thuốc")
        ginseng = _species(
            index,
            epithet="vietnamensis",
            infraspecific_rank="var.",
            infraspecific_name="fuscidiscus",
            authority="K.Komatsu, S.Zhu & S.Q.Cai",
            vi=PUBLIC_NAME,
            assessments=[
                {"scheme": "nd06-2019", "category": "IA"},
                {"scheme": "iucn", "category": "EN", "year": 2021},
                {"scheme": "cites", "category": "App. II"},
            ],
            distribution=[
                {"province": "lai-chau", "commune": "Khun Há", "place_note": SECRET_PLACE},
                {"province": "lai-chau", "former_district": "Mường Tè", "place_note": SECRET_PLACE},
            ],
            synonyms=[
                {"name": "Panax vietnamensis", "authority": "Ha & Grushv.", "kind": "basionym"},
                {"name": "Panax japonicus", "authority": "auct. non", "kind": "misapplied"},
            ],
        )
        ginseng.gbif_taxon_key, ginseng.ipni_id, ginseng.wikidata_id = (
            5350569,
            "77100428-1",
            "Q12345",
        )
        ginseng.vernacular_names = [
            VernacularName(name=PUBLIC_NAME, language="vi"),
            VernacularName(name="Lai Chau ginseng", language="en"),
            VernacularName(name="Nhân sâm Dao", language="dao"),
            VernacularName(name=RESTRICTED_NAMES[0], language="vi", access_level="registered"),
            VernacularName(
                name=RESTRICTED_NAMES[1], language="hni", access_level="community", community="dao"
            ),
            VernacularName(name=RESTRICTED_NAMES[2], language="hni", access_level="withheld"),
        ]
        ginseng.sources = [SpeciesSource(source=source, supports="uses")]
        image = make_image(
            title="Sâm Lai Châu, leaves", credit="Nguyễn Văn A", licence="CC BY-SA 4.0"
        )
        ginseng.gallery_images = [SpeciesImage(image=image, caption="Lá")]
        ginseng.save_revision().publish()
        cardamom = _species(
            index,
            genus="Lanxangia",
            epithet="tsaoko",
            vi="Thảo quả",
            family="Zingiberaceae",
            distribution=[{"province": "lao-cai", "place_note": OPEN_PLACE}],
        )
        hidden = _species(index, genus="Coptis", epithet="chinensis", vi="Hoàng liên")
        PageViewRestriction.objects.create(page=hidden, restriction_type="password", password="x")

        dao = Community.objects.create(
            code="dao", name="Người Dao", ethnic_group="Dao", local_contexts_project_id=PROJECT
        )
        hmong = Community.objects.create(code="hmong", name="Người H'Mông", ethnic_group="H'Mông")
        home = index.get_parent()
        remedies = home.add_child(instance=RemedyIndexPage(title="Bài thuốc", slug="bai-thuoc"))
        articles = home.add_child(instance=KnowledgeIndexPage(title="Tri thức", slug="tri-thuc"))
        root = PartUsed.objects.get(code="root")
        for level, community, labels, species in (
            ("public", dao, [PUBLIC_LABEL], ginseng),
            ("community", dao, [COMMUNITY_LABEL], cardamom),
        ):
            remedy = _knowledge(
                remedies,
                RemedyPage,
                f"Bài thuốc {level}",
                level,
                community,
                labels,
                summary="Bổ",
                cautions="<p>Không dùng khi có thai.</p>",
            )
            remedy.ingredients = [RemedyIngredient(species=species, part=root)]
            remedy.save_revision().publish()
        for level, labels in (("withheld", [WITHHELD_LABEL]), ("registered", [REGISTERED_LABEL])):
            article = _knowledge(
                articles,
                KnowledgePage,
                f"Tri thức {level}",
                level,
                hmong,
                labels,
                body="<p>Trồng dưới tán rừng.</p>",
            )
            article.species.set([ginseng, cardamom])
            article.save_revision().publish()
        # Public knowledge of no registered community: its label points to Local Contexts.
        article = _knowledge(
            articles, KnowledgePage, "Tri thức chung", "public", None, [OPEN_LABEL], body="<p>…</p>"
        )
        article.species.set([ginseng])
        article.save_revision().publish()
    return {"ginseng": ginseng.pk, "cardamom": cardamom.pk, "hidden": hidden.pk}


def download(client=None):
    response = (client or Client()).get(URL)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"] == 'attachment; filename="darwin-core-archive.zip"'
    return response, b"".join(response.streaming_content)


def read(data, tmp_path, name="archive.zip"):
    path = tmp_path / name
    path.write_bytes(data)
    return DwCAReader(str(path))


def everything(data):
    """The text of every file of the archive, to look for what must never be there."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(name).decode() for name in archive.namelist())


def rows_of(dwca, taxon_pk, rowtype):
    core = next(row for row in dwca if row.id == darwin_core.taxon_id(taxon_pk))
    return [row.data for row in core.extensions if row.rowtype == rowtype]


def core_row(dwca, taxon_id):
    return next(row.data for row in dwca if row.id == taxon_id)


@pytest.fixture(scope="module")
def archive_bytes(catalogue, django_db_blocker):
    """The archive as an anonymous visitor downloads it, once for the module's readers."""
    with django_db_blocker.unblock():
        return download()[1]


@pytest.fixture
def archive(archive_bytes, index, tmp_path):
    with read(archive_bytes, tmp_path) as dwca:
        yield dwca, archive_bytes


def test_the_reader_accepts_the_archive_with_every_extension(archive):
    dwca, _data = archive
    assert dwca.descriptor.core.type == TAXON
    assert {e.type for e in dwca.descriptor.extensions} == {
        VERNACULAR,
        DISTRIBUTION,
        REFERENCE,
        MULTIMEDIA,
        IDENTIFIER,
    }
    for descriptor in [dwca.descriptor.core, *dwca.descriptor.extensions]:
        assert descriptor.file_encoding == "UTF-8"
        assert descriptor.fields_terminated_by == "\t"
        assert descriptor.lines_to_ignore == 1
    # Every accepted species has its rows in the extensions, read by its id.
    assert {row.rowtype for core in dwca for row in core.extensions} == {
        VERNACULAR,
        DISTRIBUTION,
        REFERENCE,
        MULTIMEDIA,
        IDENTIFIER,
    }


def test_eml_names_the_museum_the_licence_and_how_to_cite(archive):
    dwca, _data = archive
    eml = dwca.metadata
    dataset = eml.find("dataset")
    assert "Lai Châu" in dataset.find("title").text
    for role in ("creator", "contact", "publisher"):
        assert dataset.find(f"{role}/organizationName").text == PUBLISHER
        assert dataset.find(f"{role}/onlineUrl").text == settings.PUBLIC_BASE_URL
    text, uri = data_licence()
    link = dataset.find("intellectualRights/para/ulink")
    assert link.get("url") == uri == "https://creativecommons.org/licenses/by/4.0/"
    assert link.find("citetitle").text == text
    assert dataset.find("pubDate").text
    assert dataset.find("language").text == settings.LANGUAGE_CODE
    citation = eml.find("additionalMetadata/metadata/gbif/citation").text
    assert PUBLISHER in citation and URL in citation and text in citation
    box = dataset.find("coverage/geographicCoverage/boundingCoordinates")
    assert float(box.find("westBoundingCoordinate").text) == pytest.approx(103.583)


def test_one_accepted_row_per_public_species_and_synonyms_pointing_to_it(archive, catalogue):
    dwca, _data = archive
    accepted = {row.id for row in dwca if row.data[qualname("taxonomicStatus")] == "accepted"}
    assert accepted == {darwin_core.taxon_id(catalogue[k]) for k in ("ginseng", "cardamom")}
    ginseng_id = darwin_core.taxon_id(catalogue["ginseng"])
    ginseng = core_row(dwca, ginseng_id)
    assert ginseng[qualname("scientificName")] == (
        "Panax vietnamensis var. fuscidiscus K.Komatsu, S.Zhu & S.Q.Cai"
    )
    assert ginseng[qualname("scientificNameAuthorship")] == "K.Komatsu, S.Zhu & S.Q.Cai"
    assert ginseng[qualname("genus")] == "Panax"
    assert ginseng[qualname("specificEpithet")] == "vietnamensis"
    assert ginseng[qualname("infraspecificEpithet")] == "fuscidiscus"
    assert ginseng[qualname("taxonRank")] == "variety"
    assert ginseng[qualname("family")] == "Araliaceae"
    assert ginseng[qualname("kingdom")] == "Plantae"
    assert ginseng[qualname("scientificNameID")] == "urn:lsid:ipni.org:names:77100428-1"
    page_url = ginseng[DC + "references"]
    assert page_url.startswith(settings.PUBLIC_BASE_URL)
    assert page_url.endswith(SpeciesPage.objects.get(pk=catalogue["ginseng"]).url)
    assert ginseng[DC + "license"] == data_licence()[1]
    synonyms = {
        row.data[qualname("scientificName")]: row.data
        for row in dwca
        if row.data[qualname("acceptedNameUsageID")] == ginseng_id
    }
    assert synonyms["Panax vietnamensis Ha & Grushv."][qualname("taxonomicStatus")] == (
        "homotypicSynonym"
    )
    assert synonyms["Panax japonicus auct. non"][qualname("taxonomicStatus")] == "misapplied"
    basionym = synonyms["Panax vietnamensis Ha & Grushv."][qualname("taxonID")]
    assert ginseng[qualname("originalNameUsageID")] == basionym


def test_a_page_behind_a_password_is_not_in_the_archive(archive):
    _dwca, data = archive
    assert "Coptis" not in everything(data)


def test_only_public_vernacular_names_with_their_language(archive, catalogue):
    dwca, data = archive
    names = {
        row[qualname("vernacularName")]: row[DC + "language"]
        for row in rows_of(dwca, catalogue["ginseng"], VERNACULAR)
    }
    # A language without a certain ISO 639 code gets none rather than a guess.
    assert names == {PUBLIC_NAME: "vi", "Lai Chau ginseng": "en", "Nhân sâm Dao": ""}
    text = everything(data)
    for name in RESTRICTED_NAMES:
        assert name not in text


@pytest.mark.parametrize("who", ["anonymous", "researcher"])
def test_what_a_researcher_downloads_holds_nothing_restricted_either(
    catalogue, index, django_user_model, who
):
    client = Client()
    if who == "researcher":
        client.force_login(django_user_model.objects.create_user("researcher", password="pw"))
    _response, data = download(client)
    text = everything(data)
    for name in RESTRICTED_NAMES:
        assert name not in text
    for code in (COMMUNITY_LABEL, WITHHELD_LABEL, REGISTERED_LABEL):
        label = TKLabel.objects.get(code=code)
        assert f"({code})" not in text and label.name not in text
    assert SECRET_PLACE not in text


def test_a_sensitive_species_is_placed_at_the_commune_and_no_finer(archive, catalogue):
    dwca, data = archive
    places = rows_of(dwca, catalogue["ginseng"], DISTRIBUTION)
    localities = [row[qualname("locality")] for row in places if row[qualname("occurrenceStatus")]]
    # Rows of equal sort order come in the database's order (PostgreSQL's differs).
    assert any(locality.startswith("Khun Há, Lai Châu") for locality in localities)
    where = [row for row in places if row[qualname("occurrenceStatus")]]
    assert where and all(row[qualname("countryCode")] == "VN" for row in where)
    assert SECRET_PLACE not in everything(data)
    # Not sensitive: the curators' place is published as the page shows it.
    open_places = rows_of(dwca, catalogue["cardamom"], DISTRIBUTION)
    assert any(OPEN_PLACE in row[qualname("locality")] for row in open_places)


def test_assessments_give_the_threat_status_and_the_cites_appendix(archive, catalogue):
    dwca, _data = archive
    places = rows_of(dwca, catalogue["ginseng"], DISTRIBUTION)
    threat = {row["http://iucn.org/terms/threatStatus"] for row in places}
    assert "EN" in threat
    appendix = {row["http://rs.gbif.org/terms/1.0/appendixCITES"] for row in places}
    assert "II" in appendix
    iucn = next(row for row in places if row[qualname("eventDate")] == "2021")
    assert iucn[qualname("countryCode")] == ""  # a global assessment, not Vietnam's


def test_public_knowledge_labels_travel_with_the_taxon_and_restricted_never(archive, catalogue):
    dwca, _data = archive
    project_url = f"https://localcontextshub.org/projects/{PROJECT}/"
    ginseng = core_row(dwca, darwin_core.taxon_id(catalogue["ginseng"]))
    rights = ginseng[DC + "accessRights"]
    assert f"({PUBLIC_LABEL})" in rights and project_url in rights
    for code in (COMMUNITY_LABEL, WITHHELD_LABEL, REGISTERED_LABEL):
        assert f"({code})" not in rights
    references = rows_of(dwca, catalogue["ginseng"], REFERENCE)
    labels = [row for row in references if row[DC + "type"] == "Local Contexts label"]
    assert [row[DC + "identifier"] for row in labels] == [project_url, LOCAL_CONTEXTS_URL]
    assert f"({OPEN_LABEL})" in rights
    assert any(row[DC + "bibliographicCitation"].startswith("Đỗ Tất Lợi") for row in references)
    # The cardamom's only labelled knowledge is the community's: nothing travels.
    cardamom = core_row(dwca, darwin_core.taxon_id(catalogue["cardamom"]))
    assert cardamom[DC + "accessRights"] == ""


def test_images_are_public_renditions_with_credit_and_licence(archive, catalogue):
    dwca, _data = archive
    (image,) = rows_of(dwca, catalogue["ginseng"], MULTIMEDIA)
    assert image[DC + "license"] == "https://creativecommons.org/licenses/by-sa/4.0/"
    assert image[DC + "creator"] == image[DC + "rightsHolder"] == "Nguyễn Văn A"
    url = image[DC + "identifier"]
    assert url.startswith(settings.PUBLIC_BASE_URL + "/media/images/")
    # What the archive points to, an anonymous visitor may fetch.
    response = Client().get(url.removeprefix(settings.PUBLIC_BASE_URL))
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"


def test_external_identifiers_are_carried(archive, catalogue):
    dwca, _data = archive
    links = {
        row[DC + "title"]: row[DC + "identifier"]
        for row in rows_of(dwca, catalogue["ginseng"], IDENTIFIER)
    }
    assert links == {
        "GBIF": "https://www.gbif.org/species/5350569",
        "Plants of the World Online": (
            "https://powo.science.kew.org/taxon/urn:lsid:ipni.org:names:77100428-1"
        ),
        "IPNI": "https://www.ipni.org/n/77100428-1",
        "Wikidata": "https://www.wikidata.org/wiki/Q12345",
    }
    assert rows_of(dwca, catalogue["cardamom"], IDENTIFIER) == []


def test_the_archive_is_built_once_per_change(catalogue, index, monkeypatch, tmp_path):
    first, data = download()
    builds = []
    real_build = darwin_core.build_archive
    monkeypatch.setattr(darwin_core, "build_archive", lambda t: builds.append(t) or real_build(t))
    again, _same = download()
    assert builds == [] and again["ETag"] == first["ETag"]
    assert Client().get(URL, HTTP_IF_NONE_MATCH=first["ETag"]).status_code == 304

    SpeciesPage.objects.get(pk=catalogue["cardamom"]).unpublish()
    after, changed = download()
    assert len(builds) == 1 and after["ETag"] != first["ETag"]
    cardamom = darwin_core.taxon_id(catalogue["cardamom"])
    with read(data, tmp_path) as before:
        assert cardamom in {row.id for row in before}
    with read(changed, tmp_path, "changed.zip") as now:
        assert cardamom not in {row.id for row in now}


def test_only_get_and_head(catalogue, index):
    assert Client().head(URL).status_code == 200
    assert Client().post(URL).status_code == 405
