"""Build the demo catalogue: species index, species pages with images, protected lists."""

import functools
import io
import unicodedata
from pathlib import Path

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

# The caption says what the image is, once; the credit only names who made it (older
# demos repeated "not a photograph" in the credit, so the page said it twice).
IMAGE_CREDIT = "Dược liệu số"
IMAGE_LICENCE = "CC0 1.0"
IMAGE_CAPTION = {
    "vi": "Hình minh họa, không phải ảnh chụp",
    "en": "Illustration, not a photograph",
    "zh_hans": "插图，并非照片",
    "fr": "Illustration, pas une photographie",
}
_OLD_CREDIT = "Dược liệu số (generated illustration, not a photograph)"
_TITLE_MARK = " (illustration)"

# Debian's fonts: DejaVu Sans draws Vietnamese, Noto Sans CJK Chinese. Pillow's own
# font (Aileron) draws neither: "Dược liệu số" came out as "D▯▯c li▯u s▯".
FONTS = (
    ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "fonts-dejavu-core"),
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", "fonts-noto-cjk"),
)
# A private-use code point no font draws: its glyph is the font's "missing letter" box.
_NOT_A_LETTER = "\U0010fffd"


class MissingFontError(RuntimeError):
    """No font on this machine draws the letters of a placeholder's text."""


@functools.lru_cache(maxsize=64)
def _truetype(path, size):
    return ImageFont.truetype(path, size)


def _glyph(font, char):
    mask = font.getmask(char)
    return mask.size, bytes(mask)


def covers(font, text):
    """Whether ``font`` draws every letter of ``text``, none as its missing-glyph box."""
    missing = _glyph(font, _NOT_A_LETTER)
    return all(char.isspace() or _glyph(font, char) != missing for char in set(text))


def demo_font(text, size):
    """The first font here that draws all of ``text`` at ``size`` px: DejaVu Sans, Noto
    Sans CJK, then Pillow's own. Raises MissingFontError naming the Debian package to
    install when none does: a card of empty boxes is worse than a failed build."""
    text = unicodedata.normalize("NFC", text)
    fonts = [_truetype(path, size) for path, _package in FONTS if Path(path).is_file()]
    try:
        fonts.append(ImageFont.load_default(size=size))
    except (ImportError, OSError, TypeError):  # Pillow without FreeType
        pass
    for font in fonts:
        if covers(font, text):
            return font
    missing = [package for path, package in FONTS if not Path(path).is_file()]
    advice = (
        f" Install Debian's {' and '.join(missing)}: apt-get install {' '.join(missing)}"
        if missing
        else ""
    )
    raise MissingFontError(f"No font here draws {text!r} for the demo's illustrations.{advice}")


def _fitted(text, size, width):
    """The font for ``text``, shrunk until the line fits ``width`` px."""
    font = demo_font(text, size)
    while size > 14 and font.getlength(text) > width:
        size -= 2
        font = demo_font(text, size)
    return font


def _latin_name(data):
    name = f"{data['genus']} {data.get('epithet') or 'spp.'}"
    if data.get("infraspecific_name"):
        name += f" {data.get('infraspecific_rank', '')} {data['infraspecific_name']}"
    return " ".join(name.split())


def _chinese_name(data):
    """The first public Chinese name of the species (a name a community keeps to itself
    is never drawn on a public image)."""
    for name in data.get("vernacular_names", []):
        if name.get("language") == "zh" and name.get("access_level", "public") == "public":
            return name["name"]
    return ""


def _illustration(data):
    """A labelled placeholder card: the demo ships no photographs it has no right to.
    It carries the plant's scientific, Vietnamese and (when public) Chinese names."""
    width, height = 640, 480
    hue = sum(map(ord, data["genus"])) % 60
    img = PILImage.new("RGB", (width, height), (40 + hue, 90 + hue // 2, 50))
    draw = ImageDraw.Draw(img)
    for i in range(7):
        x = 120 + i * 60
        draw.ellipse(
            (x - 28, 120 - i % 2 * 30, x + 28, 260 - i % 2 * 30), fill=(120, 170 + hue, 90)
        )
    lines = [
        (_latin_name(data), 34, "white"),
        ((data.get("title") or {}).get("vi", ""), 28, "white"),
        (_chinese_name(data), 26, "white"),
        ("Hình minh họa · Dược liệu số · CC0", 18, (230, 230, 230)),
    ]
    y = 300
    for text, size, colour in lines:
        text = unicodedata.normalize("NFC", text.strip())
        if text:
            draw.text((30, y), text, fill=colour, font=_fitted(text, size, width - 60))
            y += size + 14
    out = io.BytesIO()
    img.save(out, "JPEG", quality=70)
    return out


def _is_placeholder(image):
    """Whether ``image`` is a card this builder drew (now or in an older demo)."""
    return (
        image.licence == IMAGE_LICENCE
        and image.credit in (IMAGE_CREDIT, _OLD_CREDIT)
        and image.title.endswith(_TITLE_MARK)
    )


def _placeholder_image(data):
    """The species' card, drawn once; a card from an older demo (drawn without the
    letters, credited twice over) is drawn again."""
    title = f"{_latin_name(data)}{_TITLE_MARK}"
    image = CreditedImage.objects.filter(title=title).first()
    if image is not None and image.credit == IMAGE_CREDIT:
        return image
    if image is None:
        image = CreditedImage(title=title, licence=IMAGE_LICENCE)
    else:
        image.renditions.all().delete()
        image.file.delete(save=False)
    image.credit = IMAGE_CREDIT
    image.file = ImageFile(_illustration(data), name=f"{ascii_slug(title)}.jpg")
    image._set_image_file_metadata()
    image.save()
    return image


def _gallery(page, data):
    image = _placeholder_image(data)
    items = list(page.gallery_images.all())
    if not items:
        items = [SpeciesImage(page=page, image=image)]
    for item in items:
        # A curator's own photographs are left alone; only the placeholder is updated.
        if item.pk is None or _is_placeholder(item.image):
            item.image = image
            set_translated(item, "caption", IMAGE_CAPTION)
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
