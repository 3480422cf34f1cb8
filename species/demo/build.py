"""Build the demo catalogue: species index, species pages with images, protected lists."""

import io

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw, ImageFont

from base.content import ensure_index_page, set_translated
from base.models import CreditedImage
from base.progress import progress
from species.models import ConservationCategory, ProtectedListPage, SpeciesImage, SpeciesIndexPage
from species.services import ascii_slug, upsert_species

from .lists import LISTS
from .species import SPECIES

IMAGE_CREDIT = "Dược liệu số (generated illustration, not a photograph)"
IMAGE_LICENCE = "CC0 1.0"


def _illustration(data):
    """A labelled placeholder card: the demo ships no photographs it has no right to."""
    width, height = 640, 480
    hue = sum(map(ord, data["genus"])) % 60
    img = PILImage.new("RGB", (width, height), (40 + hue, 90 + hue // 2, 50))
    draw = ImageDraw.Draw(img)
    for i in range(7):
        x = 120 + i * 60
        draw.ellipse(
            (x - 28, 150 - i % 2 * 30, x + 28, 290 - i % 2 * 30), fill=(120, 170 + hue, 90)
        )
    try:
        font = ImageFont.load_default(size=34)
        small = ImageFont.load_default(size=20)
    except TypeError:  # Pillow without FreeType
        font = small = ImageFont.load_default()
    name = f"{data['genus']} {data.get('epithet') or 'spp.'}"
    draw.text((30, 360), name, fill="white", font=font)
    draw.text((30, 410), "illustration · Dược liệu số · CC0", fill=(230, 230, 230), font=small)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out


def _gallery(page, data):
    title = f"{data['genus']} {data.get('epithet') or 'spp.'} (illustration)"
    image = CreditedImage.objects.filter(title=title).first()
    if image is None:
        content = _illustration(data)
        image = CreditedImage(title=title, credit=IMAGE_CREDIT, licence=IMAGE_LICENCE)
        image.file = ImageFile(content, name=f"{ascii_slug(title)}.jpg")
        image.save()
    if not page.gallery_images.exists():
        caption = {
            "vi": "Hình minh họa, không phải ảnh chụp",
            "en": "Illustration, not a photograph",
        }
        item = SpeciesImage(page=page, image=image)
        set_translated(item, "caption", caption)
        item.save()


def build_catalogue(home, stream=None):
    """Create or update the catalogue under ``home``; safe to run again."""
    index = ensure_index_page(
        home,
        SpeciesIndexPage,
        {"vi": "Danh mục loài", "en": "Species catalogue"},
        {"vi": "loai", "en": "species"},
        {
            "vi": "<p>Các loài cây thuốc của Lai Châu và Lào Cai, với tên gọi, tình trạng bảo tồn và nguồn tài liệu.</p>",
            "en": "<p>The medicinal plants of Lai Châu and Lào Cai, with their names, conservation status and sources.</p>",
        },
    )
    for data in progress(SPECIES, len(SPECIES), stream, "species"):
        page, _created = upsert_species(index, data)
        _gallery(page, data)
    for spec in LISTS:
        _protected_list(index, spec)
    return index


def _protected_list(parent, spec):
    page = ProtectedListPage.objects.child_of(parent).filter(slug_vi=spec["slug"]["vi"]).first()
    created = page is None
    page = page or ProtectedListPage()
    for field in ("title", "intro", "legal_basis", "slug"):
        set_translated(page, field, spec[field])
    page.harvest_rule = spec.get("harvest_rule", "")
    page.province = spec.get("province", "")
    page.categories = [
        ConservationCategory.objects.get(scheme__code=s, code=c)
        for s, c in spec.get("categories", [])
    ]
    if created:
        parent.add_child(instance=page)
    else:
        page.save()
    page.save_revision().publish()
