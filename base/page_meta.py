"""What a page says about itself to search engines and link previews: its public
address, a short plain-text description, a picture to share, and JSON-LD.

Each app describes its own pages (``species/structured_data.py`` and the like); the
pieces they share live here, on the lowest floor, so that every app can use them.
"""

import html
import json
import re

from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from wagtail.models import Site

# Link previews draw a picture about 1200 px wide (Open Graph, Twitter/X cards);
# Wagtail never enlarges a smaller one.
SHARE_IMAGE_SPEC = "width-1200|format-jpeg"
DESCRIPTION_LENGTH = 160
# Fields that hold a page's summary, in the order a page is asked for them.
SUMMARY_FIELDS = ("summary", "intro", "description", "body", "what_to_notice")
# A JSON text inside <script> ends at the first "</script>"; these escapes keep every
# value inside it (as Django's json_script does).
_JSON_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}
_SPACES = re.compile(r"\s+")
_BLOCK_END = re.compile(r"</(p|li|h[1-6]|blockquote|div)>|<br\s*/?>", re.IGNORECASE)


def site_root(request=None):
    """The site's public address without a trailing slash: the Wagtail Site's (which
    ``manage.py public_site`` points at PUBLIC_BASE_URL), else PUBLIC_BASE_URL."""
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        site = Site.objects.filter(is_default_site=True).first()
    root = site.root_url if site is not None else settings.PUBLIC_BASE_URL
    return root.rstrip("/")


def absolute(url, request=None):
    """``url`` as an absolute address on the public site (unchanged if it already is)."""
    if not url or re.match(r"^[a-z][a-z0-9+.-]*://", url, re.IGNORECASE):
        return url
    return site_root(request) + "/" + url.lstrip("/")


def share_image(image, request=None):
    """``image`` ready for a link preview: (absolute URL, width, height), or None."""
    if image is None:
        return None
    rendition = image.get_rendition(SHARE_IMAGE_SPEC)
    return absolute(rendition.url, request), rendition.width, rendition.height


def plain_text(value, limit=DESCRIPTION_LENGTH):
    """``value`` (text or rich text) as one line of plain text of at most ``limit``
    characters, cut at a word boundary where the language has spaces between words."""
    text = _BLOCK_END.sub(" ", str(value or ""))  # paragraphs stay words apart
    text = _SPACES.sub(" ", html.unescape(strip_tags(text))).strip()
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:  # Chinese has no spaces: cut between characters instead
        cut = cut[:space]
    return cut.rstrip(" ,;:.–-") + "…"


def page_summary(page):
    """The page's description in the visitor's language: the curator's search
    description, else the first summary-like field that has text (each falls back to
    Vietnamese as the page does), as plain text cut to about 160 characters."""
    candidates = [getattr(page, "search_description", "")]
    candidates += [getattr(page, name, "") for name in SUMMARY_FIELDS]
    for value in candidates:
        # Text and rich text only: a StreamField's blocks are not a summary.
        if isinstance(value, str) and (text := plain_text(value)):
            return text
    return ""


def json_ld(data):
    """``data`` as JSON-LD to put inside ``<script type="application/ld+json">``: no value
    can close the element, whatever a curator or a visitor typed."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    return mark_safe(text.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 (escaped above)
