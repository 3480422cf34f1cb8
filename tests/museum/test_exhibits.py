"""Exhibits: the story blocks as a visitor sees them."""

import pytest
from django.test import Client
from wagtail.blocks import StructBlockValidationError

from museum.blocks import CaptionedImageBlock
from tests.species.images import make_image


def big_image(credit="Lê Văn A", licence="CC BY 4.0"):
    return make_image(title="Vỏ quế", credit=credit, licence=licence, size=(1600, 1200))


def test_an_image_comes_as_responsive_webp_with_its_size_and_credit(make_exhibit):
    image = big_image()
    exhibit = make_exhibit(
        body=[("image", {"image": image, "alt": "Vỏ quế phơi khô", "caption": "Vỏ quế"})]
    )
    html = Client().get(exhibit.url).content.decode()
    assert '<source type="image/webp" srcset="' in html
    for width in (360, 720, 1080):
        assert f" {width}w" in html
    assert 'width="720" height="540"' in html and 'loading="lazy"' in html
    assert 'alt="Vỏ quế phơi khô"' in html and "© Lê Văn A, CC BY 4.0" in html


def test_an_image_without_credit_is_refused(db):
    block = CaptionedImageBlock()
    value = block.to_python({"image": big_image(credit="").pk, "alt": "", "caption": ""})
    with pytest.raises(StructBlockValidationError):
        block.clean(value)


def test_a_species_card_names_the_plant_and_its_harvest_rule(make_exhibit, poached):
    exhibit = make_exhibit(body=[("species", {"species": poached, "note": "Loài của câu chuyện"})])
    html = Client().get(exhibit.url).content.decode()
    assert "Sâm Lai Châu" in html and "Panax vietnamensis" in html and "Loài của câu chuyện" in html


@pytest.mark.parametrize(
    "level, who, shown",
    [
        ("public", "anonymous", True),
        ("community", "anonymous", False),
        ("community", "other", False),
        ("community", "member", True),
        ("registered", "anonymous", False),
        ("registered", "registered", True),
    ],
)
def test_a_remedy_card_shows_only_to_those_who_may_see_the_remedy(
    make_exhibit, make_remedy, visitors, level, who, shown
):
    remedy = make_remedy(title="Bài thuốc bí mật", level=level)
    exhibit = make_exhibit(body=[("remedy", {"remedy": remedy})])
    client = Client()
    if who != "anonymous":
        client.force_login(visitors[who])
    html = client.get(exhibit.url).content.decode()
    assert ("Bài thuốc bí mật" in html) is shown
    assert (remedy.url in html) is shown


def test_an_exhibit_has_a_short_address_and_lists_its_sources(make_exhibit, source):
    from museum.models import ExhibitSource

    exhibit = make_exhibit()
    exhibit.sources = [ExhibitSource(source=source, supports="the story")]
    exhibit.save_revision().publish()
    html = Client().get(exhibit.url).content.decode()
    assert f"/q/{exhibit.short_code.code}" in html
    assert "Những cây thuốc" in html and "the story" in html


def test_the_home_page_features_exhibits_and_the_species_of_the_month(home, make_exhibit, common):
    from museum.models import HomeFeaturedExhibit

    exhibit = make_exhibit(title="Quế Lào Cai")
    home.featured_exhibits = [HomeFeaturedExhibit(exhibit=exhibit)]
    home.species_of_the_month = common
    home.species_of_the_month_note_vi = "Mùa bóc vỏ quế."
    home.save_revision().publish()
    html = Client().get("/vi/").content.decode()
    assert "Quế Lào Cai" in html and "Cinnamomum cassia" in html and "Mùa bóc vỏ quế." in html
    assert 'role="search"' in html and 'action="/vi/search/"' in html
    exhibit.unpublish()
    assert "Quế Lào Cai" not in Client().get("/vi/").content.decode()


def test_the_home_page_links_to_each_live_collection(home, exhibits, visit, map_page, lessons):
    html = Client().get("/vi/").content.decode()
    for index in (exhibits, visit, map_page, lessons):
        assert f'href="{index.url}"' in html, index
    lessons.unpublish()
    html = Client().get("/vi/").content.decode()
    assert f'href="{exhibits.url}"' in html and f'href="{lessons.url}"' not in html
