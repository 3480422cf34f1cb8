"""Every way of opening an item wider is the stewards' alone, checked by the server: the
level, the community of a community-only item, consent records (add, change, remove,
expiry and scope), TK labels and the stub of a withheld item. A curator's post through the
real admin edit form changes nothing and says why; a steward's works and is in the audit
log. Curators still edit the content, and may still restrict."""

import pytest
from wagtail.models import PageLogEntry
from wagtail.test.utils.form_data import inline_formset

from knowledge.models import RemedyPage, TKLabel
from tests.knowledge import test_admin
from tests.knowledge.conftest import days
from tests.knowledge.test_admin import errors, remedy_form

# The admin tests' signed-in clients, as fixtures of this module.
steward = test_admin.steward

CONSENT = {"given_by": "Hội đồng thôn", "date": days(-30), "expires": days(300)}


def consent_row(record, **changes):
    """A consent record as the edit form posts it back, with ``changes``."""
    row = {
        "id": record.pk,
        "given_by": record.given_by,
        "given_by_kind": record.given_by_kind,
        "date": record.date.isoformat(),
        "expires": record.expires.isoformat() if record.expires else "",
        "covers_display": record.covers_display,
        "covers_research": record.covers_research,
        "covers_commercial": record.covers_commercial,
        "note": record.note,
    }
    row.update(changes)
    return row


def edit(client, remedy, publish=True, labels=None, url=None, **changes):
    """Post the admin edit form of ``remedy`` as it stands, with ``changes``."""
    consents = list(remedy.consents.all())
    data = {
        "slug_vi": remedy.slug,
        "access_level": remedy.access_level,
        "community": remedy.community.pk if remedy.community else "",
        "access_change_reason": "",
        "consents": inline_formset([consent_row(r) for r in consents], initial=len(consents)),
        "action-publish": "publish" if publish else "",
    }
    data.update(changes)
    ingredient = remedy.ingredient_list[0]
    source = remedy.evidence.first().source
    flat = remedy_form(ingredient.species, source, remedy.conditions.first(), **data)
    if labels is not None:
        flat["labels"] = [label.pk for label in labels]
    return client.post(url or f"/admin/pages/{remedy.pk}/edit/", flat)


def state(remedy):
    """What decides who sees the item, live and in its latest revision."""
    live = RemedyPage.objects.get(pk=remedy.pk)
    latest = live.get_latest_revision_as_object()
    return [
        (
            page.access_level,
            page.community_id,
            page.withheld_stub,
            sorted(label.pk for label in page.labels.all()),
            sorted(
                (c.given_by, c.date, c.expires, c.covers_display, c.covers_commercial)
                for c in page.consents.all()
            ),
        )
        for page in (live, latest)
    ] + [live.revisions.count()]


@pytest.fixture
def community_remedy(make_remedy):
    return make_remedy(level="community", media=False, consent=CONSENT)


def refused(response, *words):
    html = response.content.decode().lower()
    assert response.status_code == 200, "the form was accepted"
    assert "knowledge steward" in html or "người quản lý tri thức" in html, errors(response)
    for word in words:
        assert word in html


CURATOR_CHANGES = {
    "another community": lambda r, communities: {"community": communities["hmong"].pk},
    "a later expiry": lambda r, c: {
        "consents": inline_formset(
            [consent_row(r.consents.get(), expires=days(3000).isoformat())], initial=1
        )
    },
    "no expiry": lambda r, c: {
        "consents": inline_formset([consent_row(r.consents.get(), expires="")], initial=1)
    },
    "a wider scope": lambda r, c: {
        "consents": inline_formset(
            [consent_row(r.consents.get(), covers_commercial=True)], initial=1
        )
    },
    "a removed consent": lambda r, c: {
        "consents": inline_formset([consent_row(r.consents.get(), DELETE="1")], initial=1)
    },
    "an added consent": lambda r, c: {
        "consents": inline_formset(
            [
                consent_row(r.consents.get()),
                {
                    "given_by": "Trưởng bản",
                    "given_by_kind": "person",
                    "date": days(-1).isoformat(),
                    "covers_display": True,
                },
            ],
            initial=1,
        )
    },
}


@pytest.mark.parametrize("change", CURATOR_CHANGES)
def test_a_curator_cannot_open_an_item_wider(curator, community_remedy, communities, change):
    before = state(community_remedy)
    response = edit(
        curator,
        community_remedy,
        access_change_reason="Asked by the village",
        **CURATOR_CHANGES[change](community_remedy, communities),
    )
    refused(response)
    assert state(community_remedy) == before
    assert not PageLogEntry.objects.filter(
        page=community_remedy, action="knowledge.access_protocol"
    ).exists()


def test_a_curator_cannot_change_the_tk_labels(curator, community_remedy):
    before = state(community_remedy)
    response = edit(curator, community_remedy, labels=[TKLabel.objects.get(code="TK CO")])
    refused(response)
    assert state(community_remedy) == before


def test_a_curator_cannot_show_a_stub_of_a_withheld_item(curator, make_remedy):
    remedy = make_remedy(level="withheld", media=False)
    before = state(remedy)
    refused(edit(curator, remedy, withheld_stub="on"))
    assert state(remedy) == before


def test_a_curator_cannot_open_an_item_by_reverting_to_an_older_revision(
    curator, steward, make_remedy, communities
):
    remedy = make_remedy(level="public", media=False)
    public_revision = remedy.latest_revision
    response = edit(
        steward,
        remedy,
        access_level="community",
        community=communities["dao"].pk,
        access_change_reason="The community asked",
    )
    assert response.status_code == 302, errors(response)
    remedy = RemedyPage.objects.get(pk=remedy.pk)
    before = state(remedy)

    revert = f"/admin/pages/{remedy.pk}/revisions/{public_revision.pk}/revert/"
    assert curator.get(revert).status_code == 200
    response = edit(
        curator,
        remedy,
        url=revert,
        publish=False,
        access_level="public",
        access_change_reason="Reverting",
        **{"action-submit": "submit"},
    )
    refused(response)
    assert state(remedy) == before


def test_a_curator_still_edits_the_content_and_keeps_the_consent(curator, community_remedy):
    response = edit(curator, community_remedy, publish=False, summary_vi="Cầm máu vết thương.")
    assert response.status_code == 302, errors(response)
    latest = RemedyPage.objects.get(pk=community_remedy.pk).get_latest_revision_as_object()
    assert latest.summary_vi == "Cầm máu vết thương."
    assert [c.given_by for c in latest.consents.all()] == ["Hội đồng thôn"]
    assert latest.community == community_remedy.community


def test_a_curator_still_restricts(curator, make_remedy, communities):
    remedy = make_remedy(level="public", media=False, community=None)
    response = edit(
        curator,
        remedy,
        publish=False,
        access_level="community",
        community=communities["dao"].pk,
        access_change_reason="The community asked",
    )
    assert response.status_code == 302, errors(response)
    latest = RemedyPage.objects.get(pk=remedy.pk).get_latest_revision_as_object()
    assert (latest.access_level, latest.community.code) == ("community", "dao")


def test_a_steward_moves_an_item_to_another_community_with_a_reason(
    steward, community_remedy, communities, visitors
):
    response = edit(steward, community_remedy, community=communities["hmong"].pk)
    assert response.status_code == 200  # no reason given
    assert RemedyPage.objects.get(pk=community_remedy.pk).community.code == "dao"

    response = edit(
        steward,
        community_remedy,
        community=communities["hmong"].pk,
        access_change_reason="Held by the H'Mông, not the Dao.",
    )
    assert response.status_code == 302, errors(response)
    assert RemedyPage.objects.get(pk=community_remedy.pk).community.code == "hmong"
    log = PageLogEntry.objects.get(page=community_remedy, action="knowledge.access_protocol")
    assert log.user == visitors["steward"]
    assert log.data == {
        "field": "community",
        "from": "dao",
        "to": "hmong",
        "reason": "Held by the H'Mông, not the Dao.",
    }
    assert "dao → hmong" in log.message


def test_a_steward_records_consent_and_it_is_logged(steward, community_remedy, visitors):
    record = community_remedy.consents.get()
    response = edit(
        steward,
        community_remedy,
        consents=inline_formset(
            [consent_row(record, expires=days(3000).isoformat(), covers_research=True)],
            initial=1,
        ),
    )
    assert response.status_code == 302, errors(response)
    record.refresh_from_db()
    assert record.expires == days(3000) and record.covers_research
    log = PageLogEntry.objects.get(page=community_remedy, action="knowledge.access_protocol")
    assert log.user == visitors["steward"] and log.data["field"] == "consents"
    assert "display, research" in log.data["to"][0] and str(days(3000)) in log.data["to"][0]
    assert str(days(300)) in log.data["from"][0]

    response = edit(
        steward,
        RemedyPage.objects.get(pk=community_remedy.pk),
        consents=inline_formset([consent_row(record, DELETE="1")], initial=1),
    )
    assert response.status_code == 302, errors(response)
    assert not RemedyPage.objects.get(pk=community_remedy.pk).consents.exists()
    assert (
        PageLogEntry.objects.filter(
            page=community_remedy, action="knowledge.access_protocol"
        ).count()
        == 2
    )


def test_a_steward_changes_the_tk_labels(steward, community_remedy):
    label = TKLabel.objects.get(code="TK CO")
    response = edit(steward, community_remedy, labels=[label])
    assert response.status_code == 302, errors(response)
    assert list(RemedyPage.objects.get(pk=community_remedy.pk).labels.all()) == [label]
    log = PageLogEntry.objects.get(page=community_remedy, action="knowledge.access_protocol")
    assert log.data["field"] == "labels" and log.data["from"] == []
