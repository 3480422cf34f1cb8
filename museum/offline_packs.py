"""Offline packs: what a phone must keep so that a tour, an exhibit or a lesson kit opens
without a connection, each address with its size.

What a pack holds is read from the pages as an anonymous visitor gets them, not from the
blocks: a page's HTML names the renditions it shows (a ``srcset`` of several widths, the
full-size link), the audio guides and the stylesheet, and whatever another block or
template adds later is picked up without a change here. Each page is requested in this
process through the whole middleware stack, without the visitor's cookies, so a pack
never holds what only a signed-in visitor sees; an answer marked ``private`` or
``no-store`` (restricted knowledge) is left out, as the service worker leaves it out.

Only three kinds of page make a pack, and only when live and public. Protected knowledge
media (``/knowledge-media/``) are never listed, whatever a page links to.
"""

import functools
import io
import os
from html.parser import HTMLParser
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.files.storage import default_storage
from django.core.handlers.base import BaseHandler
from django.core.handlers.wsgi import WSGIRequest
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from base.page_cache import kept
from museum.models import ExhibitPage, LessonKitPage, TourPage
from museum.models.base import public_pages

KINDS = {TourPage: ("tour", _("tour")), ExhibitPage: ("exhibit", _("exhibit"))}
KINDS[LessonKitPage] = ("lesson-kit", _("lesson kit"))
# Image folders the site serves publicly (museum.media); nothing else under MEDIA_URL.
IMAGE_FOLDERS = ("images/", "original_images/")
NEVER = ("/knowledge-media/", "/admin/", "/django-admin/", "/api/")
# A manifest is rebuilt at most this often even when nothing is published (sizes of
# renditions made meanwhile); any publish starts a new generation at once.
MANIFEST_SECONDS = 3600


def pack_page(page_id):
    """The live, public tour, exhibit or lesson kit ``page_id``, or None."""
    page = Page.objects.live().public().filter(pk=page_id).specific().first()
    return page if type(page) in KINDS else None


def _pack_pages(page):
    """The pages a pack of ``page`` holds, itself first."""
    if isinstance(page, TourPage):
        return [page, *(stop_page for _stop, stop_page in page.live_stops())]
    if isinstance(page, LessonKitPage):
        ids = page.exhibits.values_list("pk", flat=True).order_by("pk")
        return [page, *public_pages(ids)]
    return [page]


def _extra_urls(page, url):
    # The worksheet is printed in class, where the connection is often the weakest.
    if isinstance(page, LessonKitPage) and page.worksheet:
        return [url + "worksheet/"]
    return []


@functools.cache
def _handler():
    handler = BaseHandler()
    handler.load_middleware()
    return handler


def anonymous_get(request, path):
    """``path`` as an anonymous visitor gets it from this site, answered in this process
    (the page cache serves it when it can). The caller passes the response to
    ``release``."""
    # WSGI carries the path as UTF-8 bytes spelled in Latin-1.
    wsgi_path = unquote(path).encode().decode("iso-8859-1")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": wsgi_path,
        "SCRIPT_NAME": "",
        "QUERY_STRING": "",
        "SERVER_NAME": request.META.get("SERVER_NAME", "localhost"),
        "SERVER_PORT": str(request.META.get("SERVER_PORT", "80")),
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": request.get_host(),
        "REMOTE_ADDR": request.META.get("REMOTE_ADDR", "127.0.0.1"),
        "wsgi.url_scheme": request.scheme,
        "wsgi.input": io.BytesIO(b""),
    }
    # The inner request's LocaleMiddleware activates its own language: keep ours.
    with translation.override(translation.get_language()):
        return _handler().get_response(WSGIRequest(environ))


def release(response):
    """Close the file a response answered in this process streams.

    Not ``response.close()``: that announces a finished request, and Django then closes
    the database connection that the outer request is still using.
    """
    streamed = getattr(response, "file_to_stream", None)
    if streamed is not None:
        streamed.close()


def _keepable(response):
    control = response.get("Cache-Control", "")
    return response.status_code == 200 and "private" not in control and "no-store" not in control


class _Assets(HTMLParser):
    """The addresses of images, audio, stylesheets and scripts a page's HTML uses."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag in ("img", "source"):
            self._add(attrs.get("src"))
            for candidate in (attrs.get("srcset") or "").split(","):
                self._add(candidate.strip().split(" ")[0])
        elif tag in ("audio", "video"):
            self._add(attrs.get("src"))
            self._add(attrs.get("poster"))
        elif tag == "a":  # a full-size view of an image; other links are other pages
            href = attrs.get("href") or ""
            if href.startswith(settings.MEDIA_URL):
                self._add(href)
        elif tag == "link" and "stylesheet" in (attrs.get("rel") or "").split():
            self._add(attrs.get("href"))
        elif tag == "script":
            self._add(attrs.get("src"))

    def _add(self, url):
        if url and url not in self.found:
            self.found.append(url)


def _same_site_path(url):
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or not parts.path.startswith("/"):
        return None  # another server's file: the service worker keeps only its own site's
    return parts.path


def _static_size(name):
    # runserver (DEBUG) serves the apps' own files, whatever an old collectstatic left;
    # a deployed site serves the collected (hashed) ones.
    paths = [finders.find(name)] if settings.DEBUG else []
    try:
        paths.append(staticfiles_storage.path(name))
    except (NotImplementedError, ValueError):
        pass
    paths.append(finders.find(name))
    for path in paths:
        if isinstance(path, str) and os.path.isfile(path):
            return os.path.getsize(path)
    return None


def _image_size(name):
    if not name.startswith(IMAGE_FOLDERS) or ".." in name.split("/"):
        return None
    try:
        return default_storage.size(name) if default_storage.exists(name) else None
    except (OSError, NotImplementedError, ValueError):
        return None


def _document_size(request, path):
    # Through Wagtail's own view, so its privacy rules and the site's hooks (a
    # community's restricted pronunciation) decide, as they would for the phone.
    response = anonymous_get(request, path)
    try:
        if not _keepable(response):
            return None
        length = response.get("Content-Length")
        return int(length) if length and length.isdigit() else None
    finally:
        release(response)


def _asset(request, path):
    """``{url, bytes, type}`` for one address a page uses, or None to leave it out."""
    if path.startswith(NEVER):
        return None
    if path.startswith(settings.STATIC_URL):
        size, kind = _static_size(unquote(path[len(settings.STATIC_URL) :])), "static"
    elif path.startswith(settings.MEDIA_URL):
        size, kind = _image_size(unquote(path[len(settings.MEDIA_URL) :])), "image"
    elif path.startswith("/documents/"):
        size, kind = _document_size(request, path), "audio"
    else:
        return None
    return None if size is None else {"url": path, "bytes": size, "type": kind}


def build_manifest(request, page):
    """What a phone keeps to open ``page`` offline: every address with its size in bytes,
    and the total. None when ``page`` itself cannot be kept (not public as rendered)."""
    url = page.get_url(request)
    if not url or not url.startswith("/"):
        return None
    files, assets = [], []
    stops = [(p.get_url(request), p) for p in _pack_pages(page)[1:]]
    pages = [(url, page), *stops] + [(u, None) for u in _extra_urls(page, url)]
    for page_url, _page in pages:
        if not page_url or not page_url.startswith("/") or page_url.startswith(NEVER):
            continue
        response = anonymous_get(request, page_url)
        try:
            if not _keepable(response) or getattr(response, "streaming", False):
                if page_url == url:
                    return None
                continue
            parser = _Assets()
            parser.feed(response.content.decode(response.charset or "utf-8", "replace"))
            files.append({"url": page_url, "bytes": len(response.content), "type": "page"})
        finally:
            release(response)
        for found in parser.found:
            path = _same_site_path(found)
            if path and path not in assets:
                assets.append(path)
    listed = {f["url"] for f in files}
    for path in assets:
        asset = None if path in listed else _asset(request, path)
        if asset:
            files.append(asset)
            listed.add(path)
    kind, label = KINDS[type(page)]
    return {
        "id": page.pk,
        "title": page.title,
        "url": url,
        "kind": kind,
        "kind_label": str(label),
        "language": translation.get_language(),
        "files": files,
        "bytes": sum(f["bytes"] for f in files),
    }


def cached_manifest(request, page):
    """``build_manifest``, kept in the shared cache until the next publish (a tour is a
    dozen pages to render) and for an hour at most."""
    return kept(
        "offline-pack",
        lambda: build_manifest(request, page),
        translation.get_language(),
        request.get_host(),
        page.pk,
        timeout=MANIFEST_SECONDS,
    )
