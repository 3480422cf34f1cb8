"""A demo database made by the release before the ``base`` app migrates forward intact.

The fixture is the demo as ``make run`` built it at that release (one image given a tag,
since tags hang on the image's content type). Models moved into ``base`` keep their
tables, so every page, source, commune, image, tag and reference must survive.
"""

import json
import lzma
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from species.vietnamese import sortable

# The database is migrated once for the module: its tests share a worker.
pytestmark = pytest.mark.xdist_group("migrate-forward")

FIXTURE = Path(__file__).parent / "fixtures" / "demo-before-base-app.sqlite3.xz"
ROOT = Path(__file__).resolve().parents[2]

# Read after migrating, with the models as they are now.
AFTER = """
import json
from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from base.models import Commune, Source
from species.models import SpeciesPage
from knowledge.models import KnowledgeItem

Image = get_image_model()
pages = {}
for page in Page.objects.order_by("pk"):
    specific = page.specific
    latest = page.get_latest_revision_as_object() if page.latest_revision_id else specific
    pages[page.pk] = [type(specific).__name__, specific.title, page.url_path, latest.title]
image_type = ContentType.objects.get_for_model(Image)
print(json.dumps({
    "pages": pages,
    "sources": sorted(Source.objects.values_list("title", flat=True)),
    "communes": sorted(Commune.objects.values_list("name", flat=True)),
    "images": {i.pk: [i.title, i.credit, i.licence, sorted(i.tags.names())]
               for i in Image.objects.all()},
    "renditions": Image.get_rendition_model().objects.count(),
    "cited": {p.pk: sorted(s.source.title for s in p.sources.all())
              for p in SpeciesPage.objects.all()},
    "sort_keys": {p.pk: [p.title_vi, p.title_en, p.name_sort_key_vi, p.name_sort_key_en]
                  for p in SpeciesPage.objects.all()},
    "item_sort_keys": {p.pk: [p.title_vi, p.title_en, p.name_sort_key_vi, p.name_sort_key_en]
                       for p in KnowledgeItem.objects.all()},
    "image_model": Image._meta.label,
    "image_type": [image_type.app_label, image_type.model],
    "references": ReferenceIndex.objects.count(),
    "dangling_references": ReferenceIndex.objects.filter(
        content_type__app_label__in=["museum", "knowledge"],
        content_type__model__in=["creditedimage", "source", "commune"]).count(),
}))
"""


def _before(path):
    """What the old database holds, read with plain SQL (the old models are gone)."""
    db = sqlite3.connect(path)
    try:
        rows = db.execute(
            "SELECT p.id, ct.model, p.title, p.url_path FROM wagtailcore_page p "
            "JOIN django_content_type ct ON ct.id = p.content_type_id ORDER BY p.id"
        ).fetchall()
        tagged = db.execute(
            "SELECT i.object_id, t.name FROM taggit_taggeditem i "
            "JOIN taggit_tag t ON t.id = i.tag_id "
            "JOIN django_content_type ct ON ct.id = i.content_type_id "
            "WHERE ct.app_label = 'museum' AND ct.model = 'creditedimage'"
        ).fetchall()
        return {
            "pages": {pk: [model, title, url] for pk, model, title, url in rows},
            "sources": sorted(r[0] for r in db.execute("SELECT title FROM knowledge_source")),
            "communes": sorted(r[0] for r in db.execute("SELECT name FROM museum_commune")),
            "images": {
                pk: [title, credit, licence]
                for pk, title, credit, licence in db.execute(
                    "SELECT id, title, credit, licence FROM museum_creditedimage"
                )
            },
            "tagged": tagged,
            "renditions": db.execute("SELECT count(*) FROM museum_creditedrendition").fetchone()[0],
            "cited": db.execute("SELECT count(*) FROM species_speciessource").fetchone()[0],
            "references": db.execute("SELECT count(*) FROM wagtailcore_referenceindex").fetchone()[
                0
            ],
        }
    finally:
        db.close()


def _manage(database, *args):
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}"}
    result = subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return result.stdout


@pytest.fixture(scope="module")
def migrated(tmp_path_factory):
    database = tmp_path_factory.mktemp("previous-release") / "demo.sqlite3"
    database.write_bytes(lzma.decompress(FIXTURE.read_bytes()))
    before = _before(database)
    assert before["pages"] and before["tagged"], "the fixture holds the demo and a tag"
    _manage(database, "migrate", "--noinput")
    after = json.loads(_manage(database, "shell", "-c", AFTER).strip().splitlines()[-1])
    return before, after, database


def test_every_page_keeps_its_type_title_and_address(migrated):
    before, after, _ = migrated
    assert len(after["pages"]) == len(before["pages"]) > 40
    for pk, (model, title, url) in before["pages"].items():
        kind, now_title, now_url, revision_title = after["pages"][str(pk)]
        assert kind.lower() == model
        assert (now_title, now_url, revision_title) == (title, url, title)


def test_sources_communes_and_citations_survive(migrated):
    before, after, _ = migrated
    assert after["sources"] == before["sources"] and len(after["sources"]) > 10
    assert after["communes"] == before["communes"] and after["communes"]
    assert sum(len(titles) for titles in after["cited"].values()) == before["cited"]


def test_images_keep_credits_tags_and_renditions_under_the_new_label(migrated):
    before, after, _ = migrated
    assert after["image_model"] == "base.CreditedImage"
    assert after["image_type"] == ["base", "creditedimage"]
    for pk, (title, credit, licence) in before["images"].items():
        assert after["images"][str(pk)][:3] == [title, credit, licence]
    for object_id, tag in before["tagged"]:
        assert tag in after["images"][str(object_id)][3]
    assert after["renditions"] == before["renditions"]


def test_references_follow_the_moved_models(migrated):
    before, after, _ = migrated
    assert after["references"] == before["references"] > 0
    assert after["dangling_references"] == 0


def test_nothing_is_left_to_migrate(migrated):
    *_, database = migrated
    _manage(database, "makemigrations", "--check", "--dry-run")
    _manage(database, "migrate", "--check")


def test_every_species_gets_its_vietnamese_sort_key_in_each_language(migrated):
    """The catalogue is ordered by a stored key (species 0012): an upgraded database
    fills it from each language's title, the Vietnamese one where none is written."""
    _, after, _ = migrated
    assert len(after["sort_keys"]) > 10
    for title_vi, title_en, key_vi, key_en in after["sort_keys"].values():
        assert key_vi == sortable(title_vi)
        assert key_en == sortable(title_en or title_vi)


def test_every_remedy_and_article_gets_its_sort_key_too(migrated):
    """The remedy index is ordered by the same kind of key (knowledge 0013)."""
    _, after, _ = migrated
    assert len(after["item_sort_keys"]) >= 3
    for title_vi, title_en, key_vi, key_en in after["item_sort_keys"].values():
        assert key_vi == sortable(title_vi)
        assert key_en == sortable(title_en or title_vi)
