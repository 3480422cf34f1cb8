"""Every gallery image opens full size (the phone's own pinch-zoom, reachable by Tab),
and the demo's placeholder cards are drawn with the letters of their text."""

import io

from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation
from PIL import Image, ImageFont
from wagtail.models import PageViewRestriction

from base.content import set_translated
from species.demo import build
from species.models import SpeciesImage
from tests.species.images import make_image


def _gallery_links(html):
    return BeautifulSoup(html, "html.parser").select(".gallery figure a.full-size")


def _body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def test_a_gallery_image_links_to_a_larger_rendition_with_an_accessible_name(make_species):
    species = make_species(vi="Tam thất", en="Notoginseng")
    image = make_image(title="Củ tam thất", size=(2400, 1800))
    item = SpeciesImage(page=species, image=image)
    set_translated(item, "caption", {"vi": "Củ tam thất khô", "en": "Dried roots"})
    item.save()

    with translation.override("en"):
        url = species.get_url()
    response = Client().get(url)

    assert response.status_code == 200
    [link] = _gallery_links(response.content)
    assert link["aria-label"] == "View full size: Dried roots"
    img = link.find("img")
    # The page loads only the small, lazy rendition; the large one waits for the click.
    assert img["loading"] == "lazy" and int(img["width"]) <= 1080
    assert link["href"] != img["src"]
    full = Client().get(link["href"])
    assert full.status_code == 200 and full["Content-Type"] == "image/jpeg"
    assert Image.open(io.BytesIO(_body(full))).size == (1600, 1200)


def test_a_page_behind_a_login_gives_its_images_no_full_size_address(
    make_species, django_user_model
):
    species = make_species(vi="Tam thất")
    SpeciesImage.objects.create(page=species, image=make_image(size=(2400, 1800)), caption="Củ")
    PageViewRestriction.objects.create(page=species, restriction_type=PageViewRestriction.LOGIN)
    client = Client()
    client.force_login(django_user_model.objects.create_user("reader", password="pw"))

    html = client.get(species.url).content.decode()

    assert "<picture" in html and not _gallery_links(html) and "width-1600" not in html


def test_pillows_own_font_lacks_vietnamese_so_the_check_can_tell():
    # Why the cards showed "D▯▯c li▯u s▯": Pillow's built-in font has no "ư".
    assert not build.covers(ImageFont.load_default(size=20), "ư")


def test_the_placeholder_font_draws_vietnamese():
    font = build.demo_font("Dược liệu số", 20)
    assert build.covers(font, "Dược liệu số · Hình minh họa · Sâm Lai Châu")
    assert build.covers(font, "ư") and not build.covers(font, "\U0010fffd")


def test_the_placeholder_font_draws_chinese():
    assert build.covers(build.demo_font("三七", 26), "三七")


def test_a_placeholder_card_says_not_a_photograph_once(make_species):
    data = {
        "genus": "Panax",
        "epithet": "notoginseng",
        "title": {"vi": "Tam thất"},
        "vernacular_names": [{"name": "三七", "language": "zh"}],
    }
    species = make_species(vi="Tam thất", en="Notoginseng")
    build._gallery(species, data)
    build._gallery(species, data)  # the demo is built again: still one image

    with translation.override("en"):
        url = species.get_url()
    soup = BeautifulSoup(Client().get(url).content, "html.parser")
    [figure] = soup.select(".gallery figure")
    assert figure.get_text().lower().count("not a photograph") == 1
    assert figure.select_one("a.full-size")["aria-label"] == (
        "View full size: Illustration, not a photograph"
    )


def test_an_older_demos_card_is_drawn_again_with_one_caption(make_species):
    # A demo built before the fix: the card credited "not a photograph" as well.
    old = make_image(title="Panax notoginseng (illustration)", credit=build._OLD_CREDIT)
    species = make_species(vi="Tam thất", en="Notoginseng")
    SpeciesImage.objects.create(page=species, image=old, caption="Hình minh họa")
    mine = make_image(title="Ảnh của bảo tàng", credit="Nguyễn Văn A")
    SpeciesImage.objects.create(page=species, image=mine, caption="Ảnh thật")

    build._gallery(species, {"genus": "Panax", "epithet": "notoginseng", "title": {"vi": "x"}})

    old.refresh_from_db()
    assert old.credit == build.IMAGE_CREDIT and old.width == 640
    captions = sorted(species.gallery_images.values_list("caption_vi", flat=True))
    assert captions == ["Hình minh họa, không phải ảnh chụp", "Ảnh thật"]
