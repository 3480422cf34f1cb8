"""Make small real images for tests."""

import io

from django.core.files.images import ImageFile
from PIL import Image

from base.models import CreditedImage


def make_image(title="Test image", credit="Tester", licence="CC0 1.0", size=(64, 48)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 60)).save(buffer, "JPEG")
    image = CreditedImage(title=title, credit=credit, licence=licence)
    image.file = ImageFile(buffer, name="test.jpg")
    image.save()
    return image
