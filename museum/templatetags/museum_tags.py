"""Template tags: languages (switcher, hreflang), pictures, remedy cards, maps."""

from django import template
from django.conf import settings
from django.utils import translation
from django.utils.html import format_html
from django.utils.translation import gettext
from wagtail.models import Page

from base.page_queries import is_private
from knowledge.models import RemedyPage
from museum.models.maps import MapPage, map_items
from museum.page_meta import page_meta as describe_page
from museum.sitemaps import listed_languages

register = template.Library()


def _url_in(page, language, request):
    """The URL of ``page`` in ``language``; for a view that is not a page (search), the
    same path under the other language prefix."""
    if hasattr(page, "get_url"):  # a missing template variable arrives as ""
        with translation.override(language):
            url = page.get_url(request=request)
        if url:
            return url
    current = translation.get_language()
    if request is not None and request.path.startswith(f"/{current}/"):
        return f"/{language}/" + request.path[len(current) + 2 :]
    return f"/{language}/"


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per configured language: code, native name, URL of this page, current?,
    and listed? (an ``hreflang`` alternate: in the sitemap's languages for this page)."""
    request = context.get("request")
    current = translation.get_language()
    # A page not translated into a language answers there in Vietnamese: the switcher
    # offers it, but search engines are told of it only where the sitemap lists it.
    listed = listed_languages(page) if isinstance(page, Page) else None
    query = ""
    if request is not None and request.GET:
        # Keep the visitor's filters when they switch language.
        params = request.GET.copy()
        params.pop("page", None)
        query = f"?{params.urlencode()}" if params else ""
    return [
        {
            "code": code,
            "name": name,
            "url": _url_in(page, code, request) + query,
            "absolute": request.build_absolute_uri(_url_in(page, code, request)) if request else "",
            "current": code == current,
            "listed": listed is None or code in listed,
        }
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def remove_filter_query(form, name):
    """The query string of the active filters without ``name``."""
    return form.active_query(**{name: ""})


@register.simple_tag
def page_query(form, number):
    """The query string of the active filters on page ``number``."""
    return form.active_query(page=number)


@register.filter
def field_label(form, name):
    return form.fields[name].label


@register.filter
def choice_label(form, name):
    """The human label of the chosen value of a choice field."""
    value = form.cleaned().get(name, "")
    return dict(form.fields[name].choices).get(value, value)


# Widths a phone (360 px at 1x–2x) and a laptop column (46rem) need.
PICTURE_WIDTHS = (360, 720, 1080)
# The full-size view: large enough to pinch-zoom on a phone, re-encoded (no camera
# metadata such as GPS leaves with it, unlike the original file) and never upscaled.
FULL_SIZE_SPEC = "width-1600|format-jpeg"


def _page_is_public(context):
    """Whether the page being shown is open to everyone (no password or login rule).

    Wagtail's ``before_serve_page`` hook has already asked (page cache rule); a page
    rendered some other way is asked here, once per request."""
    request = context.get("request")
    known = getattr(request, "page_cache_allowed", None)
    if known is not None:
        return known
    page = context.get("page")
    if isinstance(page, Page):
        # The same rule as the page cache's (aliases follow their original's).
        public = not is_private(page)
        if request is not None:
            request.page_cache_allowed = public
        return public
    return True


@register.simple_tag(takes_context=True)
def picture(
    context,
    image,
    alt="",
    sizes="(min-width: 46rem) 46rem, 100vw",
    eager=False,
    caption="",
    full_size=True,
):
    """A responsive ``<picture>``: WebP renditions in a srcset, a JPEG fallback, explicit
    width and height (no layout shift) and lazy loading unless ``eager`` (above the fold).

    Unless ``full_size`` is false (a picture inside another link), the picture is a link
    to a large rendition: the browser opens the image itself, so a phone's pinch-zoom
    works, the keyboard reaches it with Tab, and nothing large is fetched before the click.
    A page behind a password or login gets no such link: its images get no public
    full-size address."""
    widths = [w for w in PICTURE_WIDTHS if w <= image.width] or [image.width]
    webp_specs = [f"width-{w}|format-webp" for w in widths]
    fallback_spec = f"width-{widths[min(1, len(widths) - 1)]}|format-jpeg"
    linked = full_size and _page_is_public(context)
    specs = [*webp_specs, fallback_spec] + ([FULL_SIZE_SPEC] if linked else [])
    renditions = image.get_renditions(*specs)  # one query for all of them
    fallback = renditions[fallback_spec]
    srcset = ", ".join(f"{renditions[s].url} {renditions[s].width}w" for s in webp_specs)
    html = format_html(
        '<picture><source type="image/webp" srcset="{}" sizes="{}">'
        '<img src="{}" width="{}" height="{}" alt="{}" loading="{}" decoding="async"></picture>',
        srcset,
        sizes,
        fallback.url,
        fallback.width,
        fallback.height,
        alt,
        "eager" if eager else "lazy",
    )
    if not linked:
        return html
    name = caption or alt or image.title
    return format_html(
        '<a class="full-size" href="{}" aria-label="{}">{}</a>',
        renditions[FULL_SIZE_SPEC].url,
        gettext("View full size: %(caption)s") % {"caption": name},
        html,
    )


@register.simple_tag(takes_context=True)
def visible_remedy(context, page):
    """The remedy behind a remedy card, or None when the visitor may not see it."""

    request = context.get("request")
    user = getattr(request, "user", None)
    return RemedyPage.objects.visible_to(user).filter(pk=page.pk).first() if page else None


@register.simple_tag(takes_context=True)
def map_of(context, pages):
    """The map data for a list of pages: each live one with its public location, and the
    GeoJSON address of just those pages (for the map drawn by map.js)."""

    request = context.get("request")
    ids = [page.pk for page in pages]
    models = {page.specific_class for page in pages}  # from the cached content types
    found = {item["page"].pk: item for item in map_items(ids=ids, models=models)}
    items = [found[pk] for pk in ids if pk in found]  # in the curator's order
    map_page = MapPage.objects.live().first()
    geojson = ""
    if map_page and any(item["location"] and item["location"].has_point for item in items):
        ids = ",".join(str(item["page"].pk) for item in items)
        geojson = map_page.get_url(request) + f"geojson/?ids={ids}"
    return {"items": items, "geojson": geojson}


class CaptureNode(template.Node):
    """Renders its content once and keeps it in a variable for later in the template."""

    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        value = self.nodelist.render(context)
        context[self.name] = value
        return value


@register.tag
def capture(parser, token):
    """``{% capture name %}…{% endcapture %}``: writes its content and keeps it as
    ``name``, so the head can reuse the ``{% block title %}`` a child template fills
    (for Open Graph) without the block being rendered twice."""
    bits = token.split_contents()
    if len(bits) != 2:
        raise template.TemplateSyntaxError("{% capture name %} takes one variable name.")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[1])


@register.simple_tag(takes_context=True)
def page_meta(context, page=None, languages=(), title=""):
    """What the head says about the page: description, canonical link, Open Graph and
    Twitter card, RSS autodiscovery and JSON-LD (``museum.page_meta``), for
    ``includes/page_meta.html`` and the ``structured_data`` block."""
    request = context.get("request")
    if isinstance(page, Page) and page.pk is None:
        # The preview of a page not yet saved: it will be as open as its parent.
        parent = page.get_parent()
        public = parent is not None and not is_private(parent)
    else:
        public = _page_is_public(context)
    return describe_page(page, request, languages, public, title=title)
