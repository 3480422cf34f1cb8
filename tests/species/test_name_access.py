"""A vernacular name can be held by a community: restricted names follow the same access
levels as knowledge items at every exit that prints names — the species page, search hits
and suggestions, the JSON API, exports, the sitemap and QR labels — and only knowledge
stewards may open a name to a wider audience."""

import pytest
from django.test import Client
from wagtail.test.utils.form_data import inline_formset

from museum.labels import label_sheets
from search import service
from species.models import (
    ConservationCategory,
    ProtectedListPage,
    SpeciesAssessment,
    SpeciesPage,
    VernacularName,
)
from tests.knowledge import conftest as knowledge
from tests.sitemap_reader import sitemap_text
from tests.species.test_admin import form

# The knowledge app's communities, visitors and remedies, as fixtures of this module.
communities, visitors = knowledge.communities, knowledge.visitors
make_remedy, remedy_index = knowledge.make_remedy, knowledge.remedy_index
source, condition = knowledge.source, knowledge.condition

PUBLIC_NAME = "Trọng lâu"
REGISTERED_NAME = "Tảo hưu"
COMMUNITY_NAME = "A mi đa tè"
WITHHELD_NAME = "Xà thiệt bí truyền"
RESTRICTED = (REGISTERED_NAME, COMMUNITY_NAME, WITHHELD_NAME)


@pytest.fixture
def paris(make_species):
    page = make_species(
        genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa", family="Melanthiaceae"
    )
    page.vernacular_names = [
        VernacularName(name=PUBLIC_NAME, language="vi"),
        VernacularName(name=REGISTERED_NAME, language="vi", access_level="registered"),
        VernacularName(
            name=COMMUNITY_NAME, language="hni", access_level="community", community="dao"
        ),
        VernacularName(name=WITHHELD_NAME, language="hni", access_level="withheld"),
    ]
    page.save_revision().publish()
    return SpeciesPage.objects.get(pk=page.pk)


def page_as(user, page):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(page.url)
    assert response.status_code == 200
    return response.content.decode()


def test_the_anonymous_page_shows_public_names_only(paris):
    html = page_as(None, paris)
    assert PUBLIC_NAME in html
    for name in RESTRICTED:
        assert name not in html


def test_each_visitor_sees_the_names_their_access_allows(paris, visitors):
    page_as(None, paris)  # the anonymous page, now in the page cache, is not theirs
    member = page_as(visitors["member"], paris)
    assert COMMUNITY_NAME in member and REGISTERED_NAME in member
    assert WITHHELD_NAME not in member
    other = page_as(visitors["other"], paris)
    assert COMMUNITY_NAME not in other and REGISTERED_NAME in other
    steward = page_as(visitors["steward"], paris)
    assert COMMUNITY_NAME in steward and WITHHELD_NAME not in steward


def test_search_knows_public_names_only(paris, visitors):
    document = paris.search_document()
    assert PUBLIC_NAME in document.names
    assert not set(RESTRICTED) & set(document.names)
    for user in (None, visitors["member"]):
        assert not service.search(COMMUNITY_NAME, user=user).hits
        assert not service.search(WITHHELD_NAME, user=user).hits
        suggestions = repr(service.suggest("A mi đa", user=user)).lower()
        assert COMMUNITY_NAME.lower() not in suggestions
    hits = service.search(PUBLIC_NAME).hits
    assert [hit.key for hit in hits] == [paris.search_key()]
    for name in RESTRICTED:
        assert name.lower() not in repr(hits).lower()


def test_no_export_prints_a_restricted_name(paris, make_remedy, index):
    make_remedy(species=paris)
    controlled = ConservationCategory.objects.get(scheme__code="tt16-2022", code="controlled")
    paris.assessments.add(SpeciesAssessment(category=controlled))
    paris.save_revision().publish()
    decree = ProtectedListPage(title="TT 16/2022", slug="tt16", slug_vi="tt16", slug_en="tt16")
    decree.categories = [controlled]
    index.add_child(instance=decree)
    decree.save_revision().publish()
    exits = {
        "API": "/api/v1/knowledge/",
        "API detail": f"/api/v1/knowledge/?species={paris.pk}",
        "remedy CSV": "/vi/bai-thuoc/csv/",
        "remedy feed": "/vi/bai-thuoc/feed/",
        "list CSV": decree.url + "csv/",
        "list": decree.url,
    }
    for exit_name, url in exits.items():
        response = Client().get(url)
        assert response.status_code == 200, exit_name
        text = b"".join(response) if response.streaming else response.content
        for name in RESTRICTED:
            assert name not in text.decode(), f"{exit_name} prints {name}"
    sitemap = sitemap_text(Client())  # the index, then every file it lists
    for name in RESTRICTED:
        assert name not in sitemap, f"sitemap prints {name}"
    assert "Bảy lá một hoa" in Client().get(decree.url).content.decode()
    sheet = label_sheets([paris])
    for name in RESTRICTED:
        assert name not in sheet


# -- the admin --------------------------------------------------------------------------


def names_form(page, rows, initial):
    data = form(
        page.family,
        title_vi="Bảy lá một hoa",
        slug_vi=page.slug_vi,
        genus="Paris",
        epithet="polyphylla",
        vernacular_names=inline_formset(rows, initial=initial),
        **{"action-publish": ""},
    )
    return data


def name_row(name, **changes):
    row = {
        "id": name.pk,
        "name": name.name,
        "language": name.language,
        "note": name.note,
        "access_level": name.access_level,
        "community": name.community,
    }
    row.update(changes)
    return row


def rows_of(page, **changes_by_name):
    names = list(page.vernacular_names.all())
    return [name_row(n, **changes_by_name.get(n.name, {})) for n in names], len(names)


def stored_names(page):
    latest = SpeciesPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    return sorted((n.name, n.access_level, n.community) for n in latest.vernacular_names.all())


def test_the_editor_shows_the_access_of_each_name(admin_client, paris):
    html = admin_client.get(f"/admin/pages/{paris.pk}/edit/").content.decode()
    assert "vernacular_names-0-access_level" in html
    assert "vernacular_names-0-community" in html


@pytest.mark.parametrize(
    "changes",
    [
        {COMMUNITY_NAME: {"access_level": "public", "community": ""}},
        {WITHHELD_NAME: {"access_level": "registered"}},
        {COMMUNITY_NAME: {"community": "hmong"}},
    ],
    ids=["community to public", "withheld to registered", "to another community"],
)
def test_a_curator_cannot_open_a_name(curator, paris, changes):
    before = stored_names(paris)
    rows, initial = rows_of(paris, **changes)
    response = curator.post(f"/admin/pages/{paris.pk}/edit/", names_form(paris, rows, initial))
    assert response.status_code == 200
    # The curator's admin speaks Vietnamese: "only a knowledge steward may show the name".
    assert "Chỉ người quản lý tri thức mới được hiện tên" in response.content.decode()
    assert stored_names(paris) == before


def test_a_curator_cannot_publish_a_restricted_name_again_as_a_new_one(curator, paris):
    before = stored_names(paris)
    rows, initial = rows_of(paris, **{COMMUNITY_NAME: {"DELETE": "1"}})
    rows.append({"name": "a mi đa tè", "language": "hni", "access_level": "public"})
    response = curator.post(f"/admin/pages/{paris.pk}/edit/", names_form(paris, rows, initial))
    assert response.status_code == 200
    assert stored_names(paris) == before


def test_a_curator_may_restrict_and_add_names(curator, paris):
    rows, initial = rows_of(paris, **{PUBLIC_NAME: {"access_level": "withheld"}})
    rows.append({"name": "Cây rắn cắn", "language": "vi", "access_level": "public"})
    response = curator.post(f"/admin/pages/{paris.pk}/edit/", names_form(paris, rows, initial))
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert (PUBLIC_NAME, "withheld", "") in stored_names(paris)
    assert ("Cây rắn cắn", "public", "") in stored_names(paris)


def test_a_community_name_needs_its_community(admin_client, paris):
    rows, initial = rows_of(paris, **{PUBLIC_NAME: {"access_level": "community"}})
    response = admin_client.post(f"/admin/pages/{paris.pk}/edit/", names_form(paris, rows, initial))
    assert response.status_code == 200


def test_a_steward_opens_a_name(visitors, paris):
    steward = Client()
    steward.force_login(visitors["steward"])
    rows, initial = rows_of(paris, **{COMMUNITY_NAME: {"access_level": "public", "community": ""}})
    response = steward.post(f"/admin/pages/{paris.pk}/edit/", names_form(paris, rows, initial))
    assert response.status_code == 302, response.content.decode()[-3000:]
    assert (COMMUNITY_NAME, "public", "") in stored_names(paris)


def test_importing_a_list_again_never_opens_a_restricted_name(paris, index):
    from species.services import upsert_species
    from tests.conftest import species_data

    upsert_species(
        index,
        species_data(
            genus="Paris",
            epithet="polyphylla",
            vi="Bảy lá một hoa",
            family="Melanthiaceae",
            vernacular_names=[
                {"name": PUBLIC_NAME, "language": "vi"},
                {"name": "a mi da te", "language": "hni"},  # typed without diacritics
            ],
        ),
    )
    names = {n.name: n for n in SpeciesPage.objects.get(pk=paris.pk).vernacular_names.all()}
    assert names["a mi da te"].access_level == "community"
    assert names["a mi da te"].community == "dao"
    # Restricted names the sheet leaves out stay; only a steward removes them.
    assert names[WITHHELD_NAME].access_level == "withheld"
    assert names[REGISTERED_NAME].access_level == "registered"
    assert COMMUNITY_NAME not in names and "a mi da te" not in page_as(None, paris)


def test_the_recording_of_a_restricted_name_is_served_only_to_whom_may_see_it(paris, visitors):
    from django.core.files.base import ContentFile
    from wagtail.documents import get_document_model

    recording = get_document_model().objects.create(
        title="A mi đa tè", file=ContentFile(b"ID3 recording", name="a-mi-da-te.mp3")
    )
    VernacularName.objects.filter(name=COMMUNITY_NAME).update(audio=recording)
    anonymous, member, other = Client(), Client(), Client()
    member.force_login(visitors["member"])
    other.force_login(visitors["other"])
    assert anonymous.get(recording.url).status_code == 404
    assert other.get(recording.url).status_code == 404
    assert member.get(recording.url).status_code == 200
