"""Taking knowledge offline: takedown on request, and withdrawal when consent expires.

Both go through ``withdraw``: the page is unpublished (which removes it from
the search index through the publishing signals), its level set to withheld
in a new revision so a later publish cannot bring it back open, cached copies
purged and the reason written to the audit log.
"""

import datetime

from django.db import transaction
from wagtail.contrib.frontend_cache.utils import purge_page_from_cache
from wagtail.log_actions import log

from knowledge.models import AccessLevel, ConsentRecord, KnowledgeItem
from knowledge.models.items import consent_current_q
from search import service


@transaction.atomic
def withdraw(item, user=None, reason="", action="knowledge.takedown"):
    """Withdraw ``item`` everywhere at once; returns the item."""
    item = item.specific
    previous = item.access_level
    was_live = item.live
    url = item.url if was_live else None
    item.access_level = AccessLevel.WITHHELD
    item.save(update_fields=["access_level"])
    latest = item.get_latest_revision_as_object()
    latest.access_level = AccessLevel.WITHHELD
    latest.save_revision(user=user, log_action=False, clean=False)
    if was_live:
        item.unpublish(user=user, log_action=True)
    service.remove_object(item)
    if url:
        purge_page_from_cache(item)
    log(
        instance=item,
        action=action,
        user=user,
        data={"from": previous, "to": AccessLevel.WITHHELD, "reason": reason},
    )
    return item


def expired_items(today=None):
    """Live items whose every display consent has expired."""
    today = today or datetime.date.today()
    with_consent = ConsentRecord.objects.values("item_id")
    current = ConsentRecord.objects.filter(consent_current_q(today)).values("item_id")
    return KnowledgeItem.objects.live().filter(pk__in=with_consent).exclude(pk__in=current)


def withdraw_expired(today=None):
    """Withdraw every item whose consent has expired; returns them."""
    withdrawn = []
    for item in expired_items(today):
        withdrawn.append(
            withdraw(
                item, reason="Consent for display expired.", action="knowledge.consent_expired"
            )
        )
    return withdrawn
