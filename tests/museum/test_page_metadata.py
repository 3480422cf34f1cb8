"""What every page's head says about it: a description, a canonical address, Open Graph
and Twitter card tags, x-default among the hreflang links, a feed on the listings that
have one, and nothing of restricted knowledge."""

import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from wagtail.models import PageViewRestriction

from species.models import SpeciesImage
from tests.species.images import make_image

LONG = (
    "Sâm Lai Châu mọc dưới tán rừng già trên núi cao, ở độ cao từ một nghìn tám trăm đến "
    "hai nghìn năm trăm mét, nơi đất tơi xốp, nhiều mùn, ẩm quanh năm và có sương mù dày "
    "đặc vào buổi sáng sớm."
)
SECRET = "Bài thuốc bí truyền của người Dao"
HREFLANG = r'<link rel="alternate" hreflang="([\w-]+)" href="([^"]+)"'


@pytest.fixture
def species(make_species):
    return make_species(
        vi="Tam thất",
        en="Notoginseng",
        summary={"vi": "Cây thuốc cầm máu.", "en": "A haemostatic herb."},
    )


def head(url, user=None, status=200):
    client = Client()
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    assert response.status_code == status
    html = response.content.decode()
    return BeautifulSoup(html, "html.parser").head, html


def og(soup, name):
    """The content of every ``og:`` property ``name`` (a list: some repeat)."""
    return [m["content"] for m in soup.find_all("meta", property=f"og:{name}")]


def description(soup):
    tag = soup.find("meta", attrs={"name": "description"})
    return tag["content"] if tag else None


def canonical(soup):
    tag = soup.find("link", rel="canonical")
    return tag["href"] if tag else None


def test_a_species_page_has_open_graph_twitter_and_canonical_tags(species):
    soup, html = head("/en/species/notoginseng/")

    url = "http://localhost/en/species/notoginseng/"
    assert canonical(soup) == url and og(soup, "url") == [url]
    assert og(soup, "title") == ["Notoginseng"]
    assert og(soup, "site_name") == ["Dược liệu số"]
    assert og(soup, "type") == ["article"]
    assert description(soup) == og(soup, "description")[0] == "A haemostatic herb."
    assert og(soup, "locale") == ["en_GB"]
    # Only versions written in their language (the title is translated) are alternates.
    assert og(soup, "locale:alternate") == ["vi_VN"]
    # No picture of its own: the site's icon, as a small card.
    assert og(soup, "image")[0].endswith(".png") and og(soup, "image")[0].startswith("http")
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"
    # The hreflang links keep their form; x-default is the Vietnamese page.
    links = dict(re.findall(HREFLANG, html))
    assert set(links) == {"vi", "en", "x-default"}
    assert links["x-default"] == links["vi"] == "http://testserver/vi/loai/tam-that/"


def test_the_description_falls_back_to_vietnamese_and_the_curators_wins(species):
    soup, _html = head("/fr/loai/tam-that/")
    assert description(soup) == "Cây thuốc cầm máu."  # no French summary yet
    assert og(soup, "locale") == ["fr_FR"]

    species.search_description_vi = "Tam thất: cây thuốc của Lào Cai."
    species.save_revision().publish()
    soup, _html = head("/vi/loai/tam-that/")
    assert description(soup) == "Tam thất: cây thuốc của Lào Cai."


def test_a_long_summary_is_cut_at_a_word(make_species):
    make_species(vi="Sâm", genus="Panax", epithet="vietnamensis", summary={"vi": LONG})

    soup, _html = head("/vi/loai/sam/")

    text = description(soup)
    assert len(text) <= 160 and text.endswith("…")
    assert LONG.startswith(text[:-1]) and LONG[len(text) - 1] == " "  # a whole word


def test_a_species_picture_is_shared_large(species):
    image = make_image(title="Củ tam thất", size=(2400, 1800))
    SpeciesImage.objects.create(page=species, image=image, caption="Củ khô")

    soup, _html = head("/vi/loai/tam-that/")

    assert og(soup, "image:width") == ["1200"] and og(soup, "image:height") == ["900"]
    assert og(soup, "image:alt") == ["Củ khô"]
    response = Client().get(og(soup, "image")[0].removeprefix("http://localhost"))
    assert response.status_code == 200
    assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary_large_image"


def test_an_exhibit_shares_its_first_picture(make_exhibit):
    image = make_image(title="Vườn sâm", size=(1600, 1200))
    exhibit = make_exhibit(
        body=[
            ("text", "<p>Mở đầu.</p>"),
            ("image", {"image": image, "alt": "Vườn sâm dưới tán rừng", "caption": ""}),
        ]
    )

    soup, _html = head(exhibit.url)

    assert og(soup, "image:alt") == ["Vườn sâm dưới tán rừng"]
    assert og(soup, "image:width") == ["1200"]
    assert description(soup) == "Câu chuyện"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ""),
        ("?page=2", "?page=2"),
        ("?page=2&level=child", "?page=2"),  # the same listing in other words
        ("?level=expert", ""),
        ("?page=1", ""),
        ("?part=root&page=2", ""),  # a filtered view is the listing's
        ("?page=abc", ""),
        ("?page=99999999999999999999999", ""),
        ("?page=%C2%B2", ""),
    ],
)
def test_the_canonical_address_keeps_only_the_page_number(index, species, query, expected):
    soup, _html = head(f"/vi/loai/{query}")

    assert canonical(soup) == f"http://localhost/vi/loai/{expected}"
    assert og(soup, "type") == ["website"]


def test_a_species_reading_level_is_the_same_page(species):
    soup, _html = head("/vi/loai/tam-that/?level=child")

    assert canonical(soup) == "http://localhost/vi/loai/tam-that/"


def test_listings_with_a_feed_announce_it(remedy_index, index):
    soup, _html = head(remedy_index.url)
    [feed] = soup.find_all("link", type="application/rss+xml")
    assert feed["rel"] == ["alternate"] and feed["title"] == "Bài thuốc"
    assert feed["href"] == "http://localhost/vi/bai-thuoc/feed/"
    response = Client().get(feed["href"].removeprefix("http://localhost"))
    assert response.status_code == 200 and b"<rss" in response.content

    soup, _html = head(index.url)
    assert soup.find_all("link", type="application/rss+xml") == []


@pytest.mark.parametrize("level", ["withheld", "community", "registered"])
def test_restricted_knowledge_says_nothing_of_itself(make_remedy, visitors, level):
    remedy = make_remedy(title="Bài thuốc cầm máu", level=level, stub=True)
    remedy.search_description_vi = SECRET
    remedy.save_revision().publish()

    for who in ("anonymous", "registered", "member", "steward"):
        user = None if who == "anonymous" else visitors[who]
        response = Client()
        if user is not None:
            response.force_login(user)
        page = response.get(remedy.url)
        if page.status_code != 200:  # a 404, or the way to sign in
            continue
        html = page.content.decode()
        soup = BeautifulSoup(html, "html.parser").head
        assert SECRET not in html and "Cầm máu" not in str(soup), who
        assert description(soup) is None and og(soup, "description") == [], who
        assert soup.select('script[type="application/ld+json"]') == [], who
        assert soup.find("meta", attrs={"name": "twitter:card"})["content"] == "summary"


def test_public_knowledge_is_described(make_remedy):
    remedy = make_remedy(level="public")

    soup, _html = head(remedy.url)

    assert description(soup) == "Cầm máu"


def test_a_page_behind_a_login_describes_nothing(species, django_user_model):
    species.search_description_vi = SECRET
    species.save_revision().publish()
    PageViewRestriction.objects.create(page=species, restriction_type=PageViewRestriction.LOGIN)

    soup, html = head(species.url, django_user_model.objects.create_user("reader"))

    assert SECRET not in html and description(soup) is None
    assert soup.select('script[type="application/ld+json"]') == []


def test_views_that_are_not_pages_have_tags_without_a_canonical_address(home):
    soup, _html = head("/vi/search/?q=%3C%2Fscript%3E")
    assert canonical(soup) is None and og(soup, "url") == []
    assert og(soup, "title")[0].startswith("</script>")  # escaped in the attribute
    assert og(soup, "site_name") == ["Dược liệu số"]

    soup, _html = head("/vi/khong-co-trang-nay/", status=404)
    assert canonical(soup) is None


def test_the_head_stays_small(species):
    _soup, html = head("/vi/loai/tam-that/")

    assert len(html[: html.index("</head>")].encode()) < 6000
