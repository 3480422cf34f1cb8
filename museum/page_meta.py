"""What every page's head says about it: description, canonical address, Open Graph and
Twitter card, the feed of a listing, and the page's JSON-LD (``includes/page_meta.html``).

Only what an anonymous visitor may read on the page goes into these tags: link
previews and search engines fetch pages without signing in, and the page cache hands
one rendering to everyone. A knowledge item that is not public, or a page behind a
password or a login, says nothing of its content here (its title is on its stub).
"""

import html

from django.conf import settings
from django.templatetags.static import static
from django.utils import translation
from wagtail.models import Page

from base.filters import GetFilterForm, IdField
from base.page_meta import absolute, json_ld, page_summary, share_image
from knowledge.models import KnowledgeItem
from species.models import SpeciesPage
from species.structured_data import lead_image as species_image
from valuechain.models import ProductPage
from valuechain.structured_data import lead_image as product_image

# og:locale wants language_TERRITORY. The site writes British English ("licence") and
# simplified Chinese as written in mainland China.
OG_LOCALES = {"vi": "vi_VN", "en": "en_GB", "zh-hans": "zh_CN", "fr": "fr_FR"}
# The site's icon stands in for a page without a picture (a small square: "summary").
ICON = "museum/icon-512.png"
ICON_SIZE = 512
# Query parameters that do not change what a page is: a reading level tells the same
# species or exhibit in other words.
SAME_PAGE_PARAMETERS = {"level"}


class CanonicalQuery(GetFilterForm):
    """The one query parameter that is part of a page's identity: a listing's page number
    (page 2 lists other things than page 1)."""

    page = IdField(required=False)


def canonical_query(request):
    """``?page=N`` for page N > 1 of an unfiltered listing, else "".

    A filtered listing is a view of the listing, not a page of its own: its canonical
    address is the listing's."""
    if request is None or not request.GET:
        return ""
    if set(request.GET) - SAME_PAGE_PARAMETERS - {"page"}:
        return ""
    number = CanonicalQuery(request.GET).cleaned().get("page")
    return f"?page={number}" if number and number > 1 else ""


def is_public(page, public_page):
    """Whether the page's content may be described to anyone: a Wagtail page open to
    everyone (``public_page``) and, for knowledge, public and consented."""
    if isinstance(page, KnowledgeItem):
        return public_page and page.is_public
    return public_page


def story_picture(body):
    """The first picture of a story (an exhibit's StreamField), alone or in a gallery:
    (image, text alternative), or (None, "")."""
    for block in body:
        if block.block_type == "image":
            pictures = [block.value]
        elif block.block_type == "gallery":
            pictures = block.value["images"]
        else:
            continue
        for picture in pictures:
            if picture.get("image") is not None:
                return picture["image"], picture.get("alt") or picture.get("caption") or ""
    return None, ""


def page_image(page, request):
    """The page's own picture for link previews: (url, width, height, alt) or None.

    A species' first gallery image, a product's first photo, the first picture of a
    story; other pages have none of their own."""
    image, alt = None, ""
    body = getattr(page, "body", None)
    if isinstance(page, SpeciesPage):
        image, alt = species_image(page)
    elif isinstance(page, ProductPage):
        image, alt = product_image(page)
    elif hasattr(body, "stream_block"):
        image, alt = story_picture(body)
    shared = share_image(image, request)
    return (*shared, alt or str(page.title)) if shared else None


def feed_url(page, request):
    """The absolute address of a listing's RSS feed (``knowledge.feeds``), or ""."""
    if not hasattr(page, "feed_view"):
        return ""
    url = page.get_full_url(request)
    return url + page.reverse_subpage("feed_view").lstrip("/") if url else ""


def structured_data(page, request):
    """The page's JSON-LD, ready for the template, or "" when it has none."""
    build = getattr(page, "structured_data", None)
    data = build(request) if callable(build) else None
    return json_ld(data) if data else ""


def page_meta(page, request, languages, public_page, title=""):
    """Everything ``includes/page_meta.html`` writes, for ``page`` (a Wagtail page, or
    anything else for a view that is not one) in the current language."""
    language = translation.get_language() or settings.LANGUAGE_CODE
    meta = {
        # The rendered {% block title %}: already escaped once, escaped again on output.
        "title": html.unescape(str(title)).strip(),
        "site_name": translation.gettext("Dược liệu số"),
        "locale": OG_LOCALES.get(language, ""),
        # The versions search engines are told of (``listed``: see language_links).
        "alternate_locales": [
            OG_LOCALES[link["code"]]
            for link in languages
            if link["code"] != language and link.get("listed", True)
        ],
        "x_default": next(
            (link["absolute"] for link in languages if link["code"] == settings.LANGUAGE_CODE),
            "",
        ),
        "type": "website",
        "image": None,
        "description": "",
        "canonical": "",
        "feed": "",
        "structured_data": "",
    }
    if isinstance(page, Page):
        meta["title"] = str(page.seo_title or page.title)
        # A preview of a page not yet saved has no address and no depth.
        url = page.get_full_url(request)
        meta["canonical"] = url + canonical_query(request) if url else ""
        # The home page and the collections under it are websites; the rest are articles.
        meta["type"] = "website" if (page.depth or 0) <= 3 else "article"
        if is_public(page, public_page):
            meta["description"] = page_summary(page)
            meta["image"] = page_image(page, request)
            meta["feed"] = feed_url(page, request)
            meta["structured_data"] = structured_data(page, request)
    if meta["image"] is None:
        meta["icon"] = absolute(static(ICON), request)
        meta["icon_size"] = ICON_SIZE
    return meta
