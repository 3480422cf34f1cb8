"""Every operation of the research API, fuzzed from its own OpenAPI description.

Schemathesis reads /api/v1/openapi.json and sends each operation generated query
strings and ids, through the site's WSGI application: no answer is a server error,
every answer matches the description, and no restricted knowledge reaches a visitor
who may not see it (an anonymous visitor: only public; a signed-in researcher who
belongs to no community: public and registered, never community or withheld).

``world`` (built once for the module, rolled back after it) is what the API tests
of the species and knowledge apps share: import it from here.
"""

import contextlib
import datetime

import pytest
import schemathesis
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, transaction
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

from base.models import Commune, Source
from knowledge.models import (
    Community,
    Condition,
    ConsentRecord,
    KnowledgeIndexPage,
    KnowledgeItemSource,
    KnowledgePage,
    RemedyIndexPage,
    RemedyIngredient,
    RemedyPage,
)
from museum.models import HomePage
from search import service
from search.backends.embedded import EmbeddedBackend
from species.models import (
    ConservationCategory,
    ProtectedListPage,
    SpeciesIndexPage,
    SpeciesPage,
    VernacularName,
)
from species.services import upsert_species
from tests.conftest import build_home, build_index, species_data

# One word per restricted thing; none of them may reach a visitor who may not see it.
HIDDEN = {
    "registered": "Zarkwellia",
    "community": "Quintafexia",
    "withheld": "Vormiluxia",
    "expired": "Expirandia",  # public, but its consent has run out
}
PUBLIC_MARK = "Plumboria"
SECRET_NAME = "Xylotharnia"  # a vernacular name only the Dao community may see
REGISTERED_NAME = "Brevanthia"  # a vernacular name for signed-in researchers
KHUN_HA = ("22.25810", "103.58300")
# A point finer than the commune, offered by another app for the poached species.
EXACT_POINT = (22.2612345, 103.5912345)


def _publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


def _remedy(index, title, level, species, condition, source, community, consent=None):
    page = RemedyPage(
        title=title,
        title_vi=title,
        slug=title.lower().replace(" ", "-"),
        summary="Cầm máu",
        summary_vi="Cầm máu",
        cautions="<p>Không nhầm với thổ tam thất.</p>",
        cautions_vi="<p>Không nhầm với thổ tam thất.</p>",
        access_level=level,
        community=community,
    )
    page.ingredients = [RemedyIngredient(species=species, part_id=None)]
    page.sources = [KnowledgeItemSource(source=source, supports="uses")]
    if consent:
        page.consents = [ConsentRecord(**consent)]
    index.add_child(instance=page)
    page.conditions.set([condition])
    page.save_revision().publish()
    return page


def build_world(home, index):
    """Two species (one poached), a protected list, remedies at every access level, an
    article, and a researcher and a Dao community member. Returns ids and users."""
    Commune.objects.update_or_create(
        province="lai-chau",
        name="Khun Há",
        defaults={"former_district": "Tam Đường", "latitude": KHUN_HA[0], "longitude": KHUN_HA[1]},
    )
    source = Source.objects.create(kind="book", authors="Đỗ Tất Lợi", title="Những cây thuốc")
    ginseng, _ = upsert_species(
        index,
        species_data(
            epithet="vietnamensis",
            vi="Sâm Lai Châu",
            en="Lai Chau ginseng",
            authority="Ha & Grushv.",
            parts_used=["root"],
            assessments=[{"scheme": "nd06-2019", "category": "IA", "year": 2019}],
            distribution=[
                {"province": "lai-chau", "commune": "Khun Há", "former_district": "Tam Đường"}
            ],
            synonyms=[{"name": "Panax vietnamensis var. langbianensis", "kind": "synonym"}],
            vernacular_names=[{"name": "Sâm củ", "language": "vi"}],
        ),
    )
    ginseng.gbif_taxon_key = 7654321
    ginseng.ipni_id = "123456-1"
    ginseng.wikidata_id = "Q123456"
    ginseng.save()
    VernacularName.objects.create(
        page=ginseng, name=SECRET_NAME, language="dao", access_level="community", community="dao"
    )
    VernacularName.objects.create(
        page=ginseng, name=REGISTERED_NAME, language="hmn", access_level="registered"
    )
    ginseng.save_revision().publish()
    cardamom, _ = upsert_species(
        index,
        species_data(
            genus="Amomum",
            epithet="tsao-ko",
            vi="Thảo quả",
            family="Zingiberaceae",
            parts_used=["fruit"],
            distribution=[{"province": "lao-cai"}],
        ),
    )
    listed = ProtectedListPage(title="Nghị định 84/2021", slug="nd84", slug_vi="nd84")
    listed.categories = list(ConservationCategory.objects.filter(scheme__code="nd06-2019"))
    _publish(index, listed)

    dao = Community.objects.create(code="dao", name="Người Dao", ethnic_group="Dao")
    condition = Condition.objects.create(code="bleeding", name="Chảy máu")
    remedies = RemedyIndexPage(title="Bài thuốc", title_vi="Bài thuốc", slug="bai-thuoc")
    _publish(home, remedies)
    articles = KnowledgeIndexPage(title="Tri thức", title_vi="Tri thức", slug="tri-thuc")
    _publish(home, articles)
    ids = {"ginseng": ginseng.pk, "cardamom": cardamom.pk, "list": listed.pk}
    ids["public"] = _remedy(
        remedies, f"Thuốc {PUBLIC_MARK}", "public", ginseng, condition, source, dao
    ).pk
    for level in ("registered", "community", "withheld"):
        ids[level] = _remedy(
            remedies, f"Thuốc {HIDDEN[level]}", level, ginseng, condition, source, dao
        ).pk
    expired = {
        "given_by": "Hội đồng bản",
        "date": datetime.date.today() - datetime.timedelta(days=60),
        "covers_display": True,
        "expires": datetime.date.today() - datetime.timedelta(days=1),
    }
    ids["expired"] = _remedy(
        remedies, f"Thuốc {HIDDEN['expired']}", "public", ginseng, condition, source, dao, expired
    ).pk
    article = KnowledgePage(
        title="Thảo quả dưới tán rừng",
        title_vi="Thảo quả dưới tán rừng",
        slug="thao-qua",
        body="<p>Trồng dưới tán rừng.</p>",
        body_vi="<p>Trồng dưới tán rừng.</p>",
        access_level="public",
    )
    article.sources = [KnowledgeItemSource(source=source)]
    articles.add_child(instance=article)
    article.species.set([cardamom])
    article.save_revision().publish()
    ids["article"] = article.pk
    return ids


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, tmp_path_factory):
    """``build_world`` once for the module, in a transaction rolled back at its end; each
    test runs in a savepoint inside it. Adds the users: ``researcher`` and ``member``."""
    backend = EmbeddedBackend(tmp_path_factory.mktemp("api-world") / "search-index")
    backend.mark_built()
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            with pytest.MonkeyPatch.context() as patch:
                patch.setattr(service, "embedded_backend", lambda: backend)
                patch.setattr(service, "elastic_backend", lambda: None)
                home = build_home()
                ids = build_world(home, build_index(home))
                ids["researcher"] = get_user_model().objects.create_user("researcher").pk
                member = get_user_model().objects.create_user("dao-member")
                member.groups.add(
                    Group.objects.get(name=Community.objects.get(code="dao").group_name)
                )
                ids["member"] = member.pk
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    backend.close()
    try:
        yield ids
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)


def client_as(world, who, django_user_model):
    """A test client for ``who``: "anonymous", "researcher" or "member"."""
    client = Client()
    if who != "anonymous":
        client.force_login(django_user_model.objects.get(pk=world[who]))
    return client


# --- the fuzz ----------------------------------------------------------------------------------

CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]
EXAMPLES = 15  # per operation and visitor: the whole file stays well under a minute


@contextlib.contextmanager
def _connection_kept():
    """Django's WSGI handler closes the database connection after each request, which
    would end the test's transaction; the test client does the same as here."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


@pytest.fixture
def api_schema(db, world):
    with _connection_kept():
        yield schemathesis.openapi.from_wsgi("/api/v1/openapi.json", WSGIHandler())


def _operations(schema):
    return [result.ok() for result in schema.get_all_operations()]


def _fuzz_operation(operation, known, cookies, must_not_show):
    """Up to EXAMPLES generated requests to ``operation``; the status codes answered."""
    seen = []

    @settings(
        max_examples=EXAMPLES, deadline=None, database=None, suppress_health_check=list(HealthCheck)
    )
    @given(data=st.data())
    def run(data):
        case = data.draw(operation.as_strategy())
        if case.path_parameters and "id" in case.path_parameters:
            # Random ids would almost never name the items that matter: draw those too.
            case.path_parameters["id"] = data.draw(
                st.sampled_from([*known, case.path_parameters["id"]])
            )
        # Uncompressed: schemathesis reads the body as sent (the site gzips otherwise).
        response = case.call(cookies=cookies, headers={"Accept-Encoding": "identity"})
        case.validate_response(response, checks=CHECKS)
        body = response.content.decode("utf-8", "replace")
        leaked = [word for word in must_not_show if word in body]
        assert not leaked, (operation.label, case.formatted_path, leaked)
        seen.append(response.status_code)

    run()
    return seen


def _fuzz(schema, world, cookies, must_not_show):
    known = [v for k, v in world.items() if k not in ("researcher", "member")]
    for operation in _operations(schema):
        assert _fuzz_operation(operation, known, cookies, must_not_show), operation.label


def _session_cookie(world, who, django_user_model):
    client = client_as(world, who, django_user_model)
    return {"sessionid": client.cookies["sessionid"].value}


def test_the_description_lists_every_endpoint(api_schema):
    labels = {operation.label for operation in _operations(api_schema)}
    for path in (
        "/api/v1/species/",
        "/api/v1/species/{id}/",
        "/api/v1/protected-lists/",
        "/api/v1/protected-lists/{id}/",
        "/api/v1/knowledge/",
        "/api/v1/knowledge/{id}/",
    ):
        assert f"GET {path}" in labels


def test_an_anonymous_visitor_never_sees_restricted_knowledge(api_schema, world):
    _fuzz(api_schema, world, {}, [*HIDDEN.values(), SECRET_NAME, REGISTERED_NAME])


def test_a_researcher_sees_registered_items_but_no_community_ones(
    api_schema, world, django_user_model
):
    cookies = _session_cookie(world, "researcher", django_user_model)
    _fuzz(api_schema, world, cookies, [HIDDEN["community"], HIDDEN["withheld"], HIDDEN["expired"]])
    # And the researcher does see the registered item through the same session.
    client = client_as(world, "researcher", django_user_model)
    assert client.get(f"/api/v1/knowledge/{world['registered']}/").status_code == 200
    assert Client().get(f"/api/v1/knowledge/{world['registered']}/").status_code == 404


def test_the_fixture_holds_what_the_fuzz_must_not_find(db, world):
    # Without the restricted items in the database the fuzz above could not fail.
    titles = set(RemedyPage.objects.values_list("title", flat=True))
    assert {f"Thuốc {word}" for word in HIDDEN.values()} <= titles
    assert VernacularName.objects.filter(name=SECRET_NAME).exists()
    assert SpeciesPage.objects.get(pk=world["ginseng"]).location_is_sensitive
    assert HomePage.objects.exists() and SpeciesIndexPage.objects.exists()
