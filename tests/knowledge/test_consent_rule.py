"""Which items consent lets the public see: the rule every listing, search, the API, the
sitemap and the exports ask the database (``consented()``), and each page asks of
itself (``consent_allows_display``). The two must agree on every case."""

import pytest

from knowledge.models import ConsentRecord, KnowledgeItem, KnowledgePage
from tests.knowledge.conftest import days

CASES = {
    # name: (records as (covers_display, expires), shown?)
    "no consent recorded": ((), True),
    "consent without an end": (((True, None),), True),
    "consent ending today": (((True, days(0)),), True),
    "consent ended yesterday": (((True, days(-1)),), False),
    "consent for research only": (((False, None),), False),
    "an ended record and a current one": (((True, days(-400)), (True, days(30))), True),
    "two ended records": (((True, days(-400)), (True, days(-2))), False),
    "a current record not covering display": (((False, days(30)), (True, days(-2))), False),
}


@pytest.fixture
def items(knowledge_index, source):
    made = {}
    for number, (name, (records, _shown)) in enumerate(CASES.items()):
        page = KnowledgePage(
            title=name, title_vi=name, slug=f"consent-{number}", body="<p>Ghi chép.</p>"
        )
        knowledge_index.add_child(instance=page)
        for covers_display, expires in records:
            ConsentRecord.objects.create(
                item=page,
                given_by="Hội đồng thôn",
                date=days(-500),
                covers_display=covers_display,
                expires=expires,
            )
        page.save_revision().publish()
        made[name] = KnowledgeItem.objects.get(pk=page.pk)
    return made


def test_the_listings_rule_and_the_pages_rule_agree_on_every_case(items):
    listed = set(KnowledgeItem.objects.consented().values_list("pk", flat=True))
    for name, (_records, shown) in CASES.items():
        item = items[name]
        assert (item.pk in listed) is shown, name
        assert item.consent_allows_display() is shown, name


def test_an_anonymous_visitor_is_listed_only_what_consent_allows(items):
    visible = set(KnowledgeItem.objects.visible_to(None).values_list("title", flat=True))
    assert visible == {name for name, (_records, shown) in CASES.items() if shown}
