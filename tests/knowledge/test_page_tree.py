"""Where knowledge pages may go: one remedy index and one knowledge index under home,
remedies and articles only in theirs, and never a bare knowledge item."""

import pytest

from knowledge.models import (
    KnowledgeIndexPage,
    KnowledgeItem,
    KnowledgePage,
    RemedyIndexPage,
    RemedyPage,
)
from museum.models import HomePage

RULES = [
    (RemedyIndexPage, {HomePage}, {RemedyPage}),
    (RemedyPage, {RemedyIndexPage}, set()),
    (KnowledgeIndexPage, {HomePage}, {KnowledgePage}),
    (KnowledgePage, {KnowledgeIndexPage}, set()),
]


@pytest.mark.parametrize("model, parents, children", RULES, ids=[r[0].__name__ for r in RULES])
def test_knowledge_pages_go_where_curators_expect(model, parents, children):
    assert set(model.allowed_parent_page_models()) == parents
    assert set(model.allowed_subpage_models()) == children


def test_a_knowledge_item_is_always_a_remedy_or_an_article():
    # The access protocol is shared, but a page must say what it documents.
    assert not KnowledgeItem.is_creatable
    assert KnowledgeItem not in HomePage.creatable_subpage_models()


@pytest.mark.parametrize("model", [RemedyIndexPage, KnowledgeIndexPage])
def test_each_knowledge_index_exists_once(model):
    assert model.max_count == 1
