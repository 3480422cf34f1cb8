"""A knowledge tree (remedy and knowledge indexes), communities, the five kinds of visitor,
and a factory for remedies at any access level."""

import datetime

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile

from base.content import add_index_page
from base.models import Source
from knowledge.access import STEWARDS_GROUP
from knowledge.models import (
    Community,
    Condition,
    ConsentRecord,
    KnowledgeIndexPage,
    KnowledgeItemSource,
    KnowledgeMedia,
    KnowledgePage,
    RemedyEvidence,
    RemedyIndexPage,
    RemedyIngredient,
    RemedyPage,
)
from species.models import PartUsed


@pytest.fixture
def remedy_index(home):
    return add_index_page(
        home,
        RemedyIndexPage,
        {"vi": "Bài thuốc", "en": "Remedies"},
        {"vi": "bai-thuoc", "en": "remedies"},
    )


@pytest.fixture
def knowledge_index(home):
    return add_index_page(
        home,
        KnowledgeIndexPage,
        {"vi": "Tri thức", "en": "Knowledge"},
        {"vi": "tri-thuc", "en": "knowledge"},
    )


@pytest.fixture
def communities(db):
    dao = Community(code="dao", name="Người Dao", ethnic_group="Dao", provinces=["lao-cai"])
    dao.save()
    hmong = Community(code="hmong", name="Người H'Mông", ethnic_group="H'Mông")
    hmong.save()
    return {"dao": dao, "hmong": hmong}


@pytest.fixture
def source(db):
    return Source.objects.create(kind="book", authors="Đỗ Tất Lợi", title="Những cây thuốc")


@pytest.fixture
def condition(db):
    return Condition.objects.create(code="bleeding", name="Chảy máu")


@pytest.fixture
def visitors(db, communities, django_user_model):
    """anonymous, registered, member (of dao), other (member of hmong), steward."""
    from django.contrib.auth.models import AnonymousUser

    def user(name, group=None):
        u = django_user_model.objects.create_user(name, password="pw")
        if group:
            u.groups.add(Group.objects.get(name=group))
        return u

    return {
        "anonymous": AnonymousUser(),
        "registered": user("researcher"),
        "member": user("dao-member", "Community: dao"),
        "other": user("hmong-member", "Community: hmong"),
        "steward": user("steward", STEWARDS_GROUP),
    }


@pytest.fixture
def make_remedy(remedy_index, make_species, source, condition, communities):
    """Publish a remedy using a species, at ``level``, with a media file and a source."""

    def make(
        title="Tam thất cầm máu",
        level="public",
        community="dao",
        species=None,
        stub=False,
        consent=None,
        media=True,
        slug=None,
    ):
        species = species or make_species()
        page = RemedyPage(
            title=title,
            title_vi=title,
            slug=slug or f"remedy-{level}",
            cautions="<p>Không nhầm với thổ tam thất.</p>",
            cautions_vi="<p>Không nhầm với thổ tam thất.</p>",
            summary="Cầm máu",
            summary_vi="Cầm máu",
            access_level=level,
            community=communities[community] if community else None,
            withheld_stub=stub,
        )
        page.ingredients = [
            RemedyIngredient(species=species, part=PartUsed.objects.get(code="root"))
        ]
        page.evidence = [RemedyEvidence(level=1, source=source)]
        page.sources = [KnowledgeItemSource(source=source, supports="uses")]
        if consent:
            page.consents = [ConsentRecord(**consent)]
        if media:
            page.media = [
                KnowledgeMedia(
                    kind="document",
                    title="Field notes",
                    credit="Demo",
                    licence="CC BY",
                    file=ContentFile(b"secret field notes", name=f"notes-{level}.txt"),
                )
            ]
        remedy_index.add_child(instance=page)
        page.conditions.set([condition])
        page.save_revision().publish()
        return RemedyPage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def make_article(knowledge_index, communities, source):
    def make(title="Thảo quả dưới tán rừng", level="public", community=None, species=()):
        page = KnowledgePage(
            title=title,
            title_vi=title,
            slug=f"article-{level}",
            body="<p>Trồng dưới tán rừng.</p>",
            body_vi="<p>Trồng dưới tán rừng.</p>",
            access_level=level,
            community=communities[community] if community else None,
        )
        page.sources = [KnowledgeItemSource(source=source)]
        knowledge_index.add_child(instance=page)
        page.species.set(species)
        page.save_revision().publish()
        return KnowledgePage.objects.get(pk=page.pk)

    return make


def days(n):
    return datetime.date.today() + datetime.timedelta(days=n)
