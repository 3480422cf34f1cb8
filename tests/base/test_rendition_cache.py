"""A picture's sizes are read from the rendition cache, not written to it again on every
page that shows it."""

from wagtail.images.models import Filter

from base.models import CreditedImage
from tests.species.images import make_image

SPECS = ("width-360|format-webp", "width-360|format-jpeg", "width-1600|format-jpeg")


def _writes(monkeypatch):
    """The keys each ``set_many`` of the rendition cache writes, as a list to read."""
    backend = CreditedImage.get_rendition_model().cache_backend
    written, set_many = [], backend.set_many

    def recording(data, *args, **kwargs):
        written.extend(data)
        return set_many(data, *args, **kwargs)

    monkeypatch.setattr(backend, "set_many", recording)
    return written


def test_sizes_read_from_the_cache_are_not_written_back(db, monkeypatch):
    image = make_image()
    written = _writes(monkeypatch)

    first = CreditedImage.objects.get(pk=image.pk).get_renditions(*SPECS)
    assert len(written) == len(SPECS)  # made (or read from the database): cached once

    written.clear()
    again = CreditedImage.objects.get(pk=image.pk).get_renditions(*SPECS)  # another request
    assert written == []
    assert [r.url for r in again.values()] == [r.url for r in first.values()]


def test_a_size_missing_from_the_cache_is_written_to_it(db, monkeypatch):
    image = make_image()
    CreditedImage.objects.get(pk=image.pk).get_renditions(*SPECS)
    rendition_model = CreditedImage.get_rendition_model()
    spec = Filter(SPECS[0])
    rendition_model.cache_backend.delete(
        rendition_model.construct_cache_key(image, spec.get_cache_key(image), spec.spec)
    )
    written = _writes(monkeypatch)
    CreditedImage.objects.get(pk=image.pk).get_renditions(*SPECS)
    assert len(written) == 1


def test_one_size_read_from_the_cache_is_not_written_back(db, monkeypatch):
    """Every page's sharing image is one size, asked with ``get_rendition``."""
    image = make_image()
    first = CreditedImage.objects.get(pk=image.pk).get_rendition(SPECS[0])
    backend = CreditedImage.get_rendition_model().cache_backend
    written, set_one = [], backend.set
    monkeypatch.setattr(
        backend, "set", lambda key, *a, **k: written.append(key) or set_one(key, *a, **k)
    )
    monkeypatch.setattr(backend, "set_many", lambda data, *a, **k: written.extend(data))
    again = CreditedImage.objects.get(pk=image.pk).get_rendition(Filter(SPECS[0]))
    assert written == []
    assert again.url == first.url
