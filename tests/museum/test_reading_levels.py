"""Reading levels: exhibit texts and species summaries for children, for everyone and
for experts, the level chosen by ``?level=``, and lesson kits that open at the child's."""

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation

CHILD = "<p>Cây sâm mọc trên núi cao.</p>"
GENERAL = "<p>Sâm của dãy Pu Si Lung, cây chủ lực của kế hoạch.</p>"
EXPERT = "<p>Panax vietnamensis var. fuscidiscus, bậc phân loại còn tranh luận.</p>"


def levelled(general=GENERAL, child=CHILD, expert=EXPERT):
    return ("levelled_text", {"general": general, "child": child, "expert": expert})


def page(url, **params):
    response = Client().get(url, params)
    assert response.status_code == 200
    return response, BeautifulSoup(response.content, "html.parser")


def shown(soup):
    """The texts a visitor sees in the page's levelled groups."""
    return [
        v.get_text(" ", strip=True)
        for v in soup.select("[data-levels] > [data-level]:not([hidden])")
    ]


def hidden(soup):
    return [
        v.get_text(" ", strip=True) for v in soup.select("[data-levels] > [data-level][hidden]")
    ]


def switch(soup):
    """{level: is the current one} of the page's reading-level switch."""
    return {
        a["href"].removeprefix("?level="): a.get("aria-current") == "true"
        for a in soup.select("nav.reading-level a")
    }


def text(html):
    return BeautifulSoup(html, "html.parser").get_text()


class TestExhibit:
    def test_a_page_with_levels_offers_the_switch_and_shows_the_general_text(self, make_exhibit):
        exhibit = make_exhibit(body=[levelled()])
        _response, soup = page(exhibit.url)
        assert switch(soup) == {"child": False, "general": True, "expert": False}
        assert shown(soup) == [text(GENERAL)]
        assert sorted(hidden(soup)) == sorted([text(CHILD), text(EXPERT)])

    def test_a_page_without_levels_has_no_switch(self, make_exhibit):
        exhibit = make_exhibit(
            body=[("text", "<p>Chỉ một đoạn.</p>"), levelled(child="", expert="")]
        )
        _response, soup = page(exhibit.url)
        assert soup.select("nav.reading-level") == []
        assert soup.select("[data-levels]") == []
        assert "Sâm của dãy Pu Si Lung" in soup.get_text()

    def test_the_child_level_shows_the_childs_text_not_the_experts(self, make_exhibit):
        exhibit = make_exhibit(body=[levelled()])
        _response, soup = page(exhibit.url, level="child")
        assert shown(soup) == [text(CHILD)]
        assert text(EXPERT) in hidden(soup)
        assert switch(soup) == {"child": True, "general": False, "expert": False}

    def test_the_expert_level(self, make_exhibit):
        exhibit = make_exhibit(body=[levelled()])
        _response, soup = page(exhibit.url, level="expert")
        assert shown(soup) == [text(EXPERT)]

    @pytest.mark.parametrize(
        "value", ["", "CHILD", "kid", "child'><script>", "\x00", "ч" * 5000, "1e9"]
    )
    def test_an_unknown_level_is_the_general_one(self, make_exhibit, value):
        exhibit = make_exhibit(body=[levelled()])
        _response, soup = page(exhibit.url, level=value)
        assert shown(soup) == [text(GENERAL)]
        assert switch(soup)["general"] is True
        assert "<script>" not in str(soup.select_one("nav.reading-level"))

    def test_a_missing_level_falls_back_to_the_general_text(self, make_exhibit):
        exhibit = make_exhibit(body=[levelled(child="")])
        _response, soup = page(exhibit.url, level="child")
        assert shown(soup) == [text(GENERAL)]
        # The switch offers only what the page has.
        assert switch(soup) == {"general": True, "expert": False}

    def test_each_block_falls_back_on_its_own(self, make_exhibit):
        exhibit = make_exhibit(
            body=[levelled(), levelled(general="<p>Đoạn hai.</p>", child="", expert="")]
        )
        _response, soup = page(exhibit.url, level="child")
        assert shown(soup) == [text(CHILD)]
        assert "Đoạn hai." in soup.get_text()


class TestPageCache:
    @pytest.mark.parametrize("first", ["plain", "child"])
    def test_a_level_is_never_served_for_another_address(self, make_exhibit, first):
        exhibit = make_exhibit(body=[levelled()])
        order = [{}, {"level": "child"}] if first == "plain" else [{"level": "child"}, {}]
        for params in order:
            response, _soup = page(exhibit.url, **params)
            assert response["X-Page-Cache"] == "miss"
        plain, plain_soup = page(exhibit.url)
        child, child_soup = page(exhibit.url, level="child")
        assert plain["X-Page-Cache"] == child["X-Page-Cache"] == "hit"
        assert shown(plain_soup) == [text(GENERAL)]
        assert shown(child_soup) == [text(CHILD)]


class TestSpecies:
    @pytest.fixture
    def sam(self, make_species):
        species = make_species(
            genus="Panax",
            epithet="vietnamensis",
            vi="Sâm Lai Châu",
            en="Lai Châu ginseng",
            summary={"vi": "Tóm tắt chung.", "en": "General summary."},
        )
        species.summary_for_children_vi = "Tóm tắt cho trẻ em."
        species.summary_for_experts_vi = "Tóm tắt cho chuyên gia."
        species.summary_for_experts_en = "Summary for experts."
        species.save_revision().publish()
        return species

    @pytest.mark.parametrize(
        "level, expected",
        [
            (None, "Tóm tắt chung."),
            ("general", "Tóm tắt chung."),
            ("child", "Tóm tắt cho trẻ em."),
            ("expert", "Tóm tắt cho chuyên gia."),
            ("nonsense", "Tóm tắt chung."),
        ],
    )
    def test_the_summary_follows_the_level(self, sam, level, expected):
        _response, soup = page(sam.url, **({"level": level} if level else {}))
        assert shown(soup) == [expected]
        assert switch(soup) == {
            "child": expected.endswith("trẻ em."),
            "general": expected.endswith("chung."),
            "expert": expected.endswith("chuyên gia."),
        }

    def test_a_level_not_in_the_visitors_language_gives_way_to_the_general_text(self, sam):
        with translation.override("en"):
            url = sam.url
        _response, soup = page(url, level="child")
        # The child's summary exists only in Vietnamese; the English general one stands.
        assert shown(soup) == ["General summary."]
        assert "Tóm tắt cho trẻ em." not in soup.get_text()
        assert switch(soup) == {"general": True, "expert": False}

    def test_a_species_without_levels_has_no_switch(self, make_species):
        species = make_species(summary={"vi": "Chỉ có tóm tắt chung."})
        _response, soup = page(species.url, level="child")
        assert soup.select("nav.reading-level") == []
        assert soup.select_one("p.lead").get_text() == "Chỉ có tóm tắt chung."


class TestLessonKit:
    def test_links_open_exhibits_and_species_at_the_child_level(
        self, lesson, make_exhibit, make_species
    ):
        exhibit = make_exhibit(body=[levelled()])
        with_levels = make_species(
            genus="Panax", epithet="vietnamensis", vi="Sâm Lai Châu", summary="Tóm tắt chung."
        )
        with_levels.summary_for_children_vi = "Tóm tắt cho trẻ em."
        with_levels.save_revision().publish()
        plain = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế", summary="Vỏ cây thơm.")
        lesson.exhibits = [exhibit]
        lesson.species = [with_levels, plain]
        lesson.save_revision().publish()

        _response, soup = page(lesson.url)
        links = [a["href"] for a in soup.select(".lesson-links a")]
        assert links == [f"{p.url}?level=child" for p in (exhibit, with_levels, plain)]
        summaries = [p.get_text() for p in soup.select(".lesson-links .lesson-summary")]
        assert summaries == ["Tóm tắt cho trẻ em.", "Vỏ cây thơm."]
        assert "Tóm tắt chung." not in soup.get_text()

        # Following a link, the pupil reads the child's text.
        _response, exhibit_soup = page(links[0].split("?")[0], level="child")
        assert shown(exhibit_soup) == [text(CHILD)]
