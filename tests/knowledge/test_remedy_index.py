"""The remedy index sorts and pages in the database, in Vietnamese order (issue 17)."""

import re

import pytest

from knowledge.models import RemedyIndexPage
from tests.page_cost import cost


def titles_on(client, url):
    html = client.get(url).content.decode()
    return re.findall(r'<li class="card">\s*<a href="[^"]+">([^<]+)</a>', html)


@pytest.fixture
def uncached(settings):
    settings.PAGE_CACHE_SECONDS = 0


def test_remedies_come_in_vietnamese_order_across_pages(
    client, uncached, make_remedy, monkeypatch, remedy_index
):
    """đ after d, â after a and ă; the second page goes on where the first ended."""
    monkeypatch.setattr(RemedyIndexPage, "per_page", 2)
    for i, title in enumerate(["Đắng cay", "Dân gian", "Ấm bụng", "An thần", "Ăn ngon"]):
        make_remedy(title=title, slug=f"r{i}", media=False)

    first = titles_on(client, "/vi/bai-thuoc/")
    second = titles_on(client, "/vi/bai-thuoc/?page=2")
    third = titles_on(client, "/vi/bai-thuoc/?page=3")

    assert first + second + third == ["An thần", "Ăn ngon", "Ấm bụng", "Dân gian", "Đắng cay"]
    assert "5 bài thuốc" in client.get("/vi/bai-thuoc/").content.decode()


def test_a_renamed_remedy_moves_to_its_new_place(client, uncached, make_remedy):
    make_remedy(title="Bổ máu", slug="a", media=False)
    renamed = make_remedy(title="Cầm máu", slug="b", media=False)
    renamed.title = renamed.title_vi = "An thần"
    renamed.save_revision().publish()

    assert titles_on(client, "/vi/bai-thuoc/") == ["An thần", "Bổ máu"]


def test_the_index_costs_the_same_with_3_or_12_remedies(
    client, uncached, make_remedy, make_species, monkeypatch
):
    """Every remedy, with its ingredients and conditions, was read and sorted in Python
    for a page of 20."""
    monkeypatch.setattr(RemedyIndexPage, "per_page", 2)
    plant = make_species()
    for i in range(3):
        make_remedy(title=f"Bài {i:02d}", slug=f"r{i}", species=plant, media=False)
    few = cost(client, "/vi/bai-thuoc/")
    for i in range(3, 12):
        make_remedy(title=f"Bài {i:02d}", slug=f"r{i}", species=plant, media=False)
    assert cost(client, "/vi/bai-thuoc/") == few


def plant_options(client, url):
    html = client.get(url).content.decode()
    select = re.search(r'<select name="plant"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="\d+"[^>]*>([^<]+)</option>', select), html


def test_past_its_limit_the_plant_filter_offers_the_most_used_plants_and_the_chosen_one(
    client, uncached, make_remedy, make_species, monkeypatch
):
    """A national catalogue's every plant was one <option> each on every visit."""
    monkeypatch.setattr(RemedyIndexPage, "plant_choices", 2)
    sam = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    que = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    rare = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    for i, plant in enumerate([sam, sam, sam, que, que, rare]):
        make_remedy(title=f"Bài {i}", slug=f"r{i}", species=plant, media=False)

    offered, html = plant_options(client, "/vi/bai-thuoc/")
    assert offered == ["Quế", "Sâm"]  # the two most used, in Vietnamese order
    assert 'aria-describedby="id_plant_helptext"' in html  # and says so
    assert 'id="id_plant_helptext"' in html

    # The rare plant, named by a link or a shared URL, is still a valid filter.
    offered, html = plant_options(client, f"/vi/bai-thuoc/?plant={rare.pk}")
    assert offered == ["Bảy lá một hoa", "Quế", "Sâm"]
    assert titles_on(client, f"/vi/bai-thuoc/?plant={rare.pk}") == ["Bài 5"]


def test_at_or_under_its_limit_the_plant_filter_offers_every_plant_without_a_note(
    client, uncached, make_remedy, make_species, monkeypatch
):
    monkeypatch.setattr(RemedyIndexPage, "plant_choices", 2)  # two plants: all of them
    sam = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    que = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    for i, plant in enumerate([sam, que]):
        make_remedy(title=f"Bài {i}", slug=f"r{i}", species=plant, media=False)
    offered, html = plant_options(client, "/vi/bai-thuoc/")
    assert offered == ["Quế", "Sâm"]
    assert "id_plant_helptext" not in html


def test_the_plant_filter_names_each_plant_as_the_visitors_language_does(
    client, uncached, make_remedy, make_species
):
    sam = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm", en="Vietnamese ginseng")
    que = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")  # no English name
    for i, plant in enumerate([sam, que]):
        make_remedy(title=f"Bài {i}", slug=f"r{i}", species=plant, media=False)
    offered, _html = plant_options(client, "/en/remedies/")
    assert sorted(offered) == ["Quế", "Vietnamese ginseng"]  # the Vietnamese where none


def test_conditions_whose_names_hold_commas_are_told_apart(
    client, uncached, make_remedy, condition
):
    """ "Mouth ulcers, bad breath" and "Bleeding" joined by a comma read as three."""
    from knowledge.models import Condition

    remedy = make_remedy(title="Bài súc miệng", slug="r0", community=None, media=False)
    mouth = Condition.objects.create(
        code="mouth", name="Loét miệng, hôi miệng", name_fr="Aphtes, mauvaise haleine"
    )
    remedy.conditions.add(mouth)
    remedy.save_revision().publish()

    vietnamese = client.get("/vi/bai-thuoc/").content.decode()
    french = client.get("/fr/bai-thuoc/").content.decode()
    assert re.search(r"Chảy máu; Loét miệng, hôi miệng|Loét miệng, hôi miệng; Chảy máu", vietnamese)
    assert "Aphtes, mauvaise haleine ; " in french or " ; Aphtes, mauvaise haleine" in french


def test_a_filter_with_nothing_to_choose_is_not_offered(client, uncached, make_remedy):
    """No remedy names a community: a "Community" select holding only "All" was shown."""
    make_remedy(title="Bài chung", slug="r0", community=None, media=False)
    html = client.get("/vi/bai-thuoc/").content.decode()
    assert '<select name="plant"' in html
    assert '<select name="community"' not in html and 'for="id_community"' not in html


def test_an_active_filter_is_punctuated_in_the_visitors_language(
    client, uncached, make_remedy, make_species
):
    plant = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    make_remedy(title="Bài quế", slug="r0", species=plant, media=False)
    query = f"?plant={plant.pk}"
    assert re.search(r"Plante : [^<]+ ✕", client.get(f"/fr/bai-thuoc/{query}").content.decode())
    assert re.search(r"植物：[^<]+ ✕", client.get(f"/zh-hans/bai-thuoc/{query}").content.decode())
    assert re.search(r"Cây thuốc: [^<]+ ✕", client.get(f"/vi/bai-thuoc/{query}").content.decode())


def test_a_card_builds_its_remedy_alone_and_passing_the_plant_limit_costs_no_query(
    client, uncached, make_remedy, make_species, monkeypatch
):
    """A card shows a remedy's title, conditions and community: its plants were built as
    whole species pages for it, and past the plant limit every plant used was counted."""
    monkeypatch.setattr(RemedyIndexPage, "plant_choices", 2)
    sam = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    make_remedy(title="Bài 0", slug="r0", species=sam, media=False)
    queries, built, _longest = cost(client, "/vi/bai-thuoc/")
    assert "id_plant_helptext" not in client.get("/vi/bai-thuoc/").content.decode()

    que = make_species(genus="Cinnamomum", epithet="cassia", vi="Quế")
    rare = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    for i, plant in enumerate([que, rare], start=1):
        make_remedy(title=f"Bài {i}", slug=f"r{i}", species=plant, media=False)
    more_queries, more_built, _longest = cost(client, "/vi/bai-thuoc/")

    assert more_queries == queries  # three plants, one left out: no count of them all
    assert more_built == built + 2  # the new cards' remedies, not their plants
    html = client.get("/vi/bai-thuoc/").content.decode()
    assert 'id="id_plant_helptext"' in html
    assert "Bài 2" in titles_on(client, "/vi/bai-thuoc/")


def offered(client, url, name):
    """The values the ``name`` select offers on ``url`` (not "All")."""
    html = client.get(url).content.decode()
    select = re.search(rf'<select name="{name}"[^>]*>(.*?)</select>', html, re.S).group(1)
    return re.findall(r'<option value="([^"]+)"', select)


def test_a_visitors_next_filter_reuses_the_option_lists_until_a_remedy_is_taken_down(
    client, make_remedy, visitors
):
    """Each filter chosen is a new address, rendered: its option lists (a third of the
    page at 2,000 remedies) are kept; a takedown moves the page cache's generation in
    every process, and the lists of the next address no longer name what was taken."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from knowledge.withdrawal import withdraw

    make_remedy(title="Bài của người Dao", slug="dao", community="dao", media=False)
    hmong = make_remedy(title="Bài của người H'Mông", slug="hmong", community="hmong", media=False)

    with CaptureQueriesContext(connection) as first:
        assert offered(client, "/vi/bai-thuoc/", "community") == ["dao", "hmong"]
    with CaptureQueriesContext(connection) as filtered:
        assert offered(client, "/vi/bai-thuoc/?community=dao", "community") == ["dao", "hmong"]
    # The part, condition, community and plant lists are not asked again.
    assert len(filtered) <= len(first) - 4

    withdraw(hmong, visitors["steward"], "community asked")
    assert offered(client, "/vi/bai-thuoc/?part=root", "community") == ["dao"]


def test_kept_option_lists_are_for_anonymous_visitors_only(client, make_remedy, visitors):
    """A member sees the community's remedies, and their filters; an anonymous visitor
    after them still sees only the public ones (and the other way round)."""
    make_remedy(title="Bài công khai", slug="public", community="dao", media=False)
    make_remedy(title="Bài của cộng đồng", slug="community", level="community", community="hmong")

    assert offered(client, "/vi/bai-thuoc/", "community") == ["dao"]
    client.force_login(visitors["other"])  # a member of the H'Mông community
    assert offered(client, "/vi/bai-thuoc/?part=root", "community") == ["dao", "hmong"]
    client.logout()
    assert offered(client, "/vi/bai-thuoc/?part=leaf", "community") == ["dao"]


def test_a_plant_the_kept_list_leaves_out_is_offered_when_chosen(
    client, make_remedy, make_species, monkeypatch
):
    monkeypatch.setattr(RemedyIndexPage, "plant_choices", 1)
    sam = make_species(genus="Panax", epithet="vietnamensis", vi="Sâm")
    rare = make_species(genus="Paris", epithet="polyphylla", vi="Bảy lá một hoa")
    for i, plant in enumerate([sam, sam, rare]):
        make_remedy(title=f"Bài {i}", slug=f"r{i}", species=plant, media=False)

    assert offered(client, "/vi/bai-thuoc/", "plant") == [str(sam.pk)]
    chosen = offered(client, f"/vi/bai-thuoc/?plant={rare.pk}", "plant")
    assert chosen == [str(rare.pk), str(sam.pk)]  # Vietnamese order: Bảy before Sâm
    assert offered(client, "/vi/bai-thuoc/?part=root", "plant") == [str(sam.pk)]
