"""The demo accounts load_demo creates, and museum.checks looks for in production."""

from search.documents import COMMUNITY_GROUP_PREFIX, STEWARDS_GROUP

# Shown by `make run` and the README, passwords included: only ever for a local demo
# database (settings.DEMO_ACCOUNTS_ALLOWED).
DEMO_ACCOUNTS = [
    ("admin", "admin-demo", "administrator (superuser)", None),
    ("curator", "curator-demo", "curator: writes pages, submits them for expert review", "Editors"),
    (
        "expert",
        "expert-demo",
        "expert reviewer: approves or rejects submitted pages",
        "Expert reviewers",
    ),
    (
        "steward",
        "steward-demo",
        "knowledge steward: sets access levels, records consent, takes knowledge down",
        STEWARDS_GROUP,
    ),
    ("researcher", "researcher-demo", "registered researcher: sees 'registered' items", ""),
    (
        "dao-member",
        "dao-member-demo",
        "member of the Dao community of Lào Cai: sees its community-only items",
        f"{COMMUNITY_GROUP_PREFIX}dao-lao-cai",
    ),
]
