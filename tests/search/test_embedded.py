"""The embedded backend: Vietnamese without diacritics, names, ranking, facets, access."""

import pytest
from django.contrib.auth.models import AnonymousUser, Group

from search import service
from search.backends import embedded
from search.documents import AccessScope
from tests.search.factories import CATALOGUE, doc


@pytest.fixture
def catalogue(search_backend):
    search_backend.index(CATALOGUE)
    return search_backend


def titles(text, **kwargs):
    return [h.title for h in service.search(text, "vi", **kwargs).hits]


class TestVietnameseWithoutDiacritics:
    @pytest.mark.parametrize(
        ("query", "first"),
        [
            ("tam that", "Tam thất"),
            ("duong quy", "Đương quy"),
            ("Sam Lai Chau", "Sâm Lai Châu"),
            ("SÂM LAI CHÂU", "Sâm Lai Châu"),
            ("tâm thật", "Tam thất"),  # wrong diacritics
            ("hmong", "Hoàng liên"),  # H'Mông in the body
        ],
    )
    def test_finds(self, db, catalogue, query, first):
        assert titles(query)[0] == first

    def test_exact_diacritics_rank_first_when_folding_merges_words(self, db, catalogue):
        assert titles("đương")[0] == "Đương quy"
        assert titles("dương")[0] == "Dương xỉ thuốc"


class TestScientificNames:
    @pytest.mark.parametrize(
        ("query", "first"),
        [
            ("Panax notoginseng", "Tam thất"),
            ("notoginseng", "Tam thất"),
            ("P. notoginseng", "Tam thất"),
            ("Aralia quinquefolia", "Tam thất"),  # synonym
            ("Coptis", "Hoàng liên"),  # genus
            ("Ranunculaceae", "Hoàng liên"),  # family
            ("phang linh", "Hoàng liên"),  # ethnic-language name
        ],
    )
    def test_finds(self, db, catalogue, query, first):
        assert titles(query)[0] == first

    def test_genus_finds_every_species(self, db, catalogue):
        assert set(titles("Panax")) == {"Tam thất", "Tam thất hoang", "Sâm Lai Châu", "Nhân sâm"}


class TestRanking:
    def test_exact_name_then_prefix_then_other_fields(self, db, catalogue):
        # "Tam thất" is the exact title, "Tam thất hoang" starts with it, Sâm Lai Châu only
        # has it among its names ("Tam thất đen") and body.
        assert titles("tam that")[:3] == ["Tam thất", "Tam thất hoang", "Sâm Lai Châu"]

    def test_one_typo_in_long_words(self, db, catalogue):
        results = service.search("notogingseng", "vi")
        assert [h.title for h in results.hits] == ["Tam thất"]
        assert results.corrected and results.suggestion == "notoginseng"
        assert service.search("hoangg lien", "vi").hits[0].title == "Hoàng liên"

    def test_short_words_are_not_corrected(self, db, catalogue):
        assert service.search("tamm", "vi").total == 0

    def test_curated_synonyms(self, db, catalogue):
        from search.models import SearchSynonym

        assert titles("renshen") == []
        SearchSynonym.objects.create(terms="nhân sâm, renshen")
        service.cache.delete(service.SYNONYMS_CACHE_KEY)
        assert titles("renshen")[0] == "Nhân sâm"


class TestPartialWords:
    def test_search_as_you_type(self, db, catalogue):
        assert titles("hoang li") == ["Hoàng liên"]

    def test_suggestions(self, db, catalogue):
        suggestions = service.suggest("tam th", "vi")
        assert [s.title for s in suggestions][:2] == ["Tam thất", "Tam thất hoang"]
        assert suggestions[0].url == "/vi/tam-that/"
        assert [s.title for s in service.suggest("noto", "vi")] == ["Tam thất"]


class TestFacets:
    def test_counts(self, db, catalogue):
        facets = service.search("", "vi").facets
        assert dict(facets["family"])["Araliaceae"] == 4
        assert dict(facets["part"]) == {"root": 4, "rhizome": 3, "leaf": 1}

    def test_a_facet_shows_its_most_frequent_values_only(self, db, search_backend, monkeypatch):
        """A national catalogue's plant facet put thousands of checkboxes on the page."""
        monkeypatch.setattr(embedded, "VALUES_SHOWN", 3)
        plants = ["a", "a", "a", "b", "b", "c", "c", "d", "e"]
        search_backend.index(
            [doc(f"r{n}", f"Bài {n}", kind="remedy", plant=[p]) for n, p in enumerate(plants)]
        )
        assert service.search("", "vi").facets["plant"] == [("a", 3), ("b", 2), ("c", 2)]

    def test_filter_and_multi_select_counts(self, db, catalogue):
        results = service.search("", "vi", {"part": ["rhizome"]})
        assert results.total == 3
        # The chosen facet keeps its other values; the others count within the filter.
        assert dict(results.facets["part"])["root"] == 4
        assert dict(results.facets["family"]) == {"Araliaceae": 2, "Ranunculaceae": 1}

    def test_filters_combine(self, db, catalogue):
        assert set(titles("", filters={"part": ["root"], "province": ["lao-cai"]})) == {
            "Tam thất",
            "Đương quy",
        }


class TestAccess:
    @pytest.fixture
    def protected(self, search_backend):
        search_backend.index(
            [
                doc("open", "Bài thuốc tắm công khai", body="tắm lá thuốc", kind="remedy"),
                doc(
                    "reg",
                    "Bài thuốc tắm cho nhà nghiên cứu",
                    body="tắm lá thuốc",
                    kind="remedy",
                    access="registered",
                ),
                doc(
                    "dao",
                    "Bài thuốc tắm người Dao",
                    body="tắm lá thuốc",
                    kind="remedy",
                    access="community",
                    community="dao-ta-phin",
                    condition=["postpartum"],
                ),
                doc(
                    "hidden",
                    "Bài thuốc tắm giữ kín",
                    body="tắm lá thuốc",
                    kind="remedy",
                    access="withheld",
                ),
            ]
        )

    def see(self, user):
        results = service.search("tam la thuoc", "vi", user=user)
        return (
            {h.key for h in results.hits},
            results.total,
            results.facets,
            service.suggest("bai thuoc", "vi", user=user),
        )

    def test_anonymous(self, db, protected):
        keys, total, facets, suggestions = self.see(AnonymousUser())
        assert keys == {"open"} and total == 1
        assert "condition" not in facets
        assert [s.title for s in suggestions] == ["Bài thuốc tắm công khai"]

    def test_signed_in(self, db, protected, django_user_model):
        user = django_user_model.objects.create_user("researcher")
        keys, total, facets, suggestions = self.see(user)
        assert keys == {"open", "reg"} and total == 2 and len(suggestions) == 2

    def test_community_member_and_other_community(self, db, protected, django_user_model):
        member = django_user_model.objects.create_user("member")
        member.groups.add(Group.objects.create(name="Community: dao-ta-phin"))
        keys, total, facets, _s = self.see(member)
        assert keys == {"open", "reg", "dao"} and total == 3
        assert dict(facets["condition"]) == {"postpartum": 1}
        other = django_user_model.objects.create_user("other")
        other.groups.add(Group.objects.create(name="Community: hmong-sa-pa"))
        assert self.see(other)[0] == {"open", "reg"}

    def test_steward_sees_community_items_but_never_withheld(
        self, db, protected, django_user_model
    ):
        steward = django_user_model.objects.create_user("steward")
        steward.groups.add(Group.objects.get(name="Knowledge stewards"))
        assert self.see(steward)[0] == {"open", "reg", "dao"}

    def test_withheld_is_never_stored(self, db, protected, search_backend):
        assert "hidden" not in search_backend.keys()
        assert AccessScope(levels=frozenset({"withheld"})).allows("withheld") is False


PATHOLOGICAL = [
    "x" * 10_000,
    "tam " * 3000,
    "!!!???...,,,",
    '"',
    '"tam that',
    "tam*",
    "*",
    "NEAR(tam that)",
    "tam OR that",
    "tam AND NOT that",
    "(tam",
    ")",
    "title: tam",
    "{title}: x",
    "'; DROP TABLE docs; --",
    "1' OR '1'='1",
    "Tam thất 三七 Panax notoginseng ✓ 🌿",
    "\x00\x01",
    "^tam",
    "-tam",
]


@pytest.mark.parametrize("text", PATHOLOGICAL)
def test_pathological_input_is_answered(db, catalogue, text):
    """Operators, quotes, SQL and control characters are words to look for, nothing
    more: the answer holds only public documents of the catalogue, counts what it
    holds, and the index still answers a plain query afterwards."""
    public = {d.key for d in CATALOGUE if d.access == "public"}
    results = service.search(text, "vi")
    keys = [hit.key for hit in results.hits]
    assert set(keys) <= public
    assert results.total >= len(keys) and (results.total == len(keys) or len(keys) == 20)
    after = service.search("tam that", "vi")
    assert "tam-that" in [hit.key for hit in after.hits], text
    service.suggest(text, "vi")
    assert catalogue.count() == len(CATALOGUE)  # nothing dropped


def test_words_with_underscores_are_found_not_refused(search_backend):
    from search.backends.base import SearchQuery

    search_backend.index([doc("code", "Mã vùng trồng", body="mã VN_LC_001 của vùng trồng")])
    found = search_backend.search(SearchQuery(text="vn_lc_001"))
    assert [h.key for h in found.hits] == ["code"]
    assert search_backend.search(SearchQuery(text="_ __")).total == 1  # as an empty query
    assert search_backend.suggest("1_000", "vi", SearchQuery().scope) == []


def test_exact_title_then_prefix_then_name_then_title_words_then_body(db, search_backend):
    search_backend.index(
        [
            doc("body", "An", body="hoàng liên trong thân"),
            doc("words", "Rễ hoàng liên đắng"),
            doc("name", "Phàng lình", names=["hoàng liên"]),
            doc("prefix", "Hoàng liên gai"),
            doc("exact", "Hoàng liên"),
        ]
    )
    results = service.search("hoàng liên", "vi")
    assert [h.key for h in results.hits] == ["exact", "prefix", "name", "words", "body"]
    page2 = service.search("hoàng liên", "vi", page=2, per_page=2)
    assert [h.key for h in page2.hits] == ["name", "words"]


class TestEveryScript:
    @pytest.fixture
    def names(self, search_backend):
        search_backend.index(
            [
                doc("tam-that", "Tam thất", ["Panax notoginseng", "三七", "田七"]),
                doc("que", "Quế", ["Cinnamomum cassia", "肉桂", "Cannelle de Chine"]),
                doc("nhan-sam", "Nhân sâm", ["Panax ginseng", "人参"]),
                # 三 and 七 in different words: not 三七.
                doc("other", "Cây khác", ["三叶", "七叶一枝花"]),
                doc("ecorce", "Vỏ quế", body="L'écorce séchée, appelée cannelle.", en=None),
            ]
        )

    @pytest.mark.parametrize(
        ("query", "language", "keys"),
        [
            ("三七", "zh-hans", ["tam-that"]),
            ("三七", "vi", ["tam-that"]),
            ("肉桂", "zh-hans", ["que"]),
            ("人参", "zh-hans", ["nhan-sam"]),
            ("cannelle de chine", "fr", ["que"]),
            ("écorce", "fr", ["ecorce"]),
            ("ECORCE", "fr", ["ecorce"]),
        ],
    )
    def test_names_and_words_in_every_script(self, db, names, query, language, keys):
        assert [h.key for h in service.search(query, language).hits] == keys

    def test_one_character_finds_every_name_with_it(self, db, names):
        assert {h.key for h in service.search("七", "zh-hans").hits} == {"tam-that", "other"}

    def test_chinese_suggestions(self, db, names):
        assert [s.key for s in service.suggest("肉", "zh-hans")] == ["que"]
