"""Traditional knowledge: communities, TK labels, remedies, articles, protocols."""

from search.documents import OPENNESS

from .articles import KnowledgeIndexPage, KnowledgePage
from .communities import COMMUNITY_GROUP_PREFIX, Community
from .items import (
    AccessLevel,
    ConsentRecord,
    KnowledgeItem,
    KnowledgeItemSource,
    KnowledgeMedia,
    protected_storage,
)
from .labels import LOCAL_CONTEXTS_URL, TKLabel
from .remedies import Condition, RemedyEvidence, RemedyIndexPage, RemedyIngredient, RemedyPage

__all__ = [
    "OPENNESS",
    "COMMUNITY_GROUP_PREFIX",
    "LOCAL_CONTEXTS_URL",
    "AccessLevel",
    "Community",
    "Condition",
    "ConsentRecord",
    "KnowledgeIndexPage",
    "KnowledgeItem",
    "KnowledgeItemSource",
    "KnowledgeMedia",
    "KnowledgePage",
    "RemedyEvidence",
    "RemedyIndexPage",
    "RemedyIngredient",
    "RemedyPage",
    "TKLabel",
    "protected_storage",
]
