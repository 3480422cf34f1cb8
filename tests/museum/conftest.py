"""Fixtures for the museum: visit, exhibit, lesson and map pages, communes, places."""

import pytest

from base.content import add_index_page
from base.models import Commune
from museum.models import (
    EventPage,
    ExhibitIndexPage,
    ExhibitPage,
    GardenPage,
    GardenStationPage,
    LessonIndexPage,
    LessonKitPage,
    MapPage,
    PlacePage,
    VisitIndexPage,
)
from species.models import ConservationCategory, SpeciesAssessment


def publish(parent, page):
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def visit(home):
    return add_index_page(
        home, VisitIndexPage, {"vi": "Tham quan", "en": "Visit"}, {"vi": "tham-quan", "en": "visit"}
    )


@pytest.fixture
def exhibits(home):
    return add_index_page(
        home,
        ExhibitIndexPage,
        {"vi": "Trưng bày", "en": "Exhibits"},
        {"vi": "trung-bay", "en": "exhibits"},
    )


@pytest.fixture
def lessons(home):
    return add_index_page(
        home,
        LessonIndexPage,
        {"vi": "Nhà trường", "en": "Schools"},
        {"vi": "nha-truong", "en": "schools"},
    )


@pytest.fixture
def map_page(home):
    return add_index_page(
        home, MapPage, {"vi": "Bản đồ", "en": "Map"}, {"vi": "ban-do", "en": "map"}
    )


@pytest.fixture
def commune(db):
    return Commune.objects.create(
        name="Khun Há",
        province="lai-chau",
        former_district="Tam Đường",
        latitude="22.45",
        longitude="103.55",
    )


@pytest.fixture
def poached(make_species):
    """A species under a wild-harvest rule (Decree 06/2019 listed): its places are sensitive."""
    species = make_species(
        genus="Panax", epithet="vietnamensis", vi="Sâm Lai Châu", en="Lai Chau ginseng"
    )
    category = ConservationCategory.objects.get(scheme__code="nd06-2019", code="listed")
    SpeciesAssessment.objects.create(page=species, category=category)
    return species


@pytest.fixture
def common(make_species):
    return make_species(genus="Cinnamomum", epithet="cassia", vi="Quế", en="Chinese cassia")


@pytest.fixture
def make_place(visit, commune):
    def make(slug="noi", species=(), **fields):
        page = PlacePage(
            title=fields.pop("title", slug),
            slug=slug,
            kind="growing-area",
            summary="Tóm tắt",
            commune=commune,
            **fields,
        )
        page.species = list(species)
        return publish(visit, page)

    return make


@pytest.fixture
def garden(visit, commune):
    return publish(
        visit, GardenPage(title="Vườn", slug="vuon", summary="Vườn mẫu", commune=commune)
    )


@pytest.fixture
def make_station(garden):
    def make(species, number=1, **fields):
        return publish(
            garden,
            GardenStationPage(
                title=f"Trạm {number}",
                slug=f"tram-{number}",
                number=number,
                species=species,
                **fields,
            ),
        )

    return make


@pytest.fixture
def make_event(visit):
    def make(slug="le-hoi", **fields):
        return publish(
            visit,
            EventPage(
                title=fields.pop("title", "Lễ hội"), slug=slug, summary="Lễ hội văn hóa", **fields
            ),
        )

    return make


def quiz_question(question, answers, correct=0, explanation=""):
    return {
        "question": question,
        "choices": [{"text": a, "correct": i == correct} for i, a in enumerate(answers)],
        "explanation": explanation,
    }


@pytest.fixture
def make_exhibit(exhibits):
    def make(body=(), slug="trien-lam", **fields):
        return publish(
            exhibits,
            ExhibitPage(
                title=fields.pop("title", "Triển lãm"),
                slug=slug,
                summary="Câu chuyện",
                body=list(body),
                **fields,
            ),
        )

    return make


@pytest.fixture
def lesson(lessons):
    return publish(
        lessons,
        LessonKitPage(
            title="Cây thuốc quý",
            slug="cay-thuoc-quy",
            age_group="11–14",
            summary="Bài học",
            objectives="<p>Biết tên cây</p>",
            worksheet="<p>Câu hỏi in</p>",
            quiz=[
                (
                    "question",
                    quiz_question(
                        "Quế Lào Cai là loài nào?",
                        ["Cinnamomum cassia", "Cinnamomum verum"],
                        0,
                        "C. verum là quế Xri Lan-ca.",
                    ),
                ),
                ("question", quiz_question("Vỏ quế gọi là gì?", ["Quế chi", "Quế nhục"], 1)),
            ],
        ),
    )


# The knowledge fixtures (communities, visitors, remedies) serve exhibits' remedy cards.
from tests.knowledge.conftest import (  # noqa: E402, F401
    communities,
    condition,
    make_remedy,
    remedy_index,
    source,
    visitors,
)
