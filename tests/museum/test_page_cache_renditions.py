"""Showing an image makes renditions; that is no change to any page and must not empty
the page cache. Changing the image itself must."""

from django.test import Client

from base import page_cache
from base.models import CreditedRendition
from species.models import SpeciesImage
from tests.species.images import make_image


def test_renditions_made_while_rendering_keep_the_cache(make_species):
    species = make_species(vi="Tam thất")
    image = make_image(title="Củ tam thất", size=(800, 600))
    SpeciesImage.objects.create(page=species, image=image, caption="Củ")
    before = page_cache.generation()

    response = Client().get(species.url)

    assert response.status_code == 200 and "<picture" in response.content.decode()
    assert CreditedRendition.objects.filter(image=image).exists()
    assert page_cache.generation() == before
    assert Client().get(species.url)["X-Page-Cache"] == "hit"


def test_editing_the_image_still_invalidates(make_species):
    species = make_species(vi="Tam thất")
    image = make_image(title="Củ tam thất", credit="Nguyễn Văn A")
    SpeciesImage.objects.create(page=species, image=image)
    Client().get(species.url)
    before = page_cache.generation()

    image.credit = "Trần Thị B"
    image.save()

    assert page_cache.generation() > before
    response = Client().get(species.url)
    assert response["X-Page-Cache"] == "miss" and "Trần Thị B" in response.content.decode()
