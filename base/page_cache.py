"""A page cache for anonymous visitors, kept in Django's cache framework.

Rendering a Wagtail page costs about ten times what serving a static file
does, and most visitors are anonymous tourists on slow connections. Every
anonymous visitor sees the same page (restricted knowledge is only ever shown
to signed-in visitors), so a page rendered once can be served to all of them.

What is never cached: anything for a signed-in visitor, anything but a 200,
any response that sets a cookie or says ``private``/``no-store`` (restricted
knowledge does), and anything outside Wagtail's page serving but the search
page and its suggestions (``CACHEABLE_VIEWS``): not the login, nor the quiz
answers.

Invalidation: every key holds a generation number, bumped when any page is
published, unpublished, moved or deleted and when any record of an app that shows
on public pages changes (``content_models``; a takedown unpublishes, so it bumps too). Keys also
hold the date, because consent expires by date.

Why the whole generation rather than the pages that changed: a page shows other pages'
content (a species on its remedies, the map, exhibits, the protected lists, search
answers, the value chain's sections), and a restriction or a takedown must leave no
stored copy anywhere; a dependency map that missed one edge would keep restricted
knowledge in a stored page. A new generation costs one render of each page visited
afterwards, the same at 10,000 species as at 23 (``make bench-scale``, "warm after a
publish").
"""

import datetime
import hashlib
import secrets
import threading
from contextlib import contextmanager

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal
from django.middleware.gzip import re_accepts_gzip
from django.utils.cache import patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.http import urlencode
from django.utils.text import compress_string
from wagtail.signals import page_published, page_unpublished, post_page_move

from base.page_queries import is_private

CACHE_ALIAS = "pages"
GENERATION_KEY = "page-cache-generation"
# Apps whose records appear on public pages: a change to any of them may change a page.
# The project's own apps say so on their AppConfig (``shows_on_public_pages``), so a new
# app needs no change here; Wagtail's are named.
WAGTAIL_CONTENT_APPS = ("wagtailcore", "wagtailimages", "wagtaildocs")
# Views besides Wagtail's pages whose answer is the same for every anonymous visitor:
# the search page and its suggestions, the busiest pages after the cached ones. Every
# change that can alter a search answer (publish, restrict, take down) moves the
# generation, and a lapsed consent changes the date in the key.
CACHEABLE_VIEWS = {"search:search", "search:suggest"}
# Records no page shows. A rendition is made the first time a page shows an image at a
# size: counted as a change, every first view of a new page or size emptied the cache.
# Editing the image itself (file, focal point, credit) still invalidates.
# An app may name more of its own (``page_cache_skips`` on its AppConfig).
SKIP_MODELS = {
    "base.creditedrendition",
    "wagtailcore.pagelogentry",
    "wagtailcore.revision",
    "wagtailimages.rendition",
}
# Query parameters that analytics and social networks add to links.
TRACKING_PREFIXES = ("utm_",)
TRACKING_PARAMETERS = {"fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "igshid"}


# Sent (with ``generation``) each time the cache moves to a new generation, so an app
# may write again what it keeps under it before a visitor asks (the sitemaps).
generation_moved = Signal()


def _cache():
    return caches[CACHE_ALIAS]


def shared_cache():
    """The cache every process shares for what is derived from content (pages, search
    answers, labels): key entries by ``generation()`` and a change forgets them."""
    return _cache()


def generation():
    """The current generation, shared by every process; ``invalidate`` moves it."""
    cache = _cache()
    value = cache.get(GENERATION_KEY)
    if value is None:
        first = _first_generation()
        cache.add(GENERATION_KEY, first, timeout=None)  # another process may be first
        value = cache.get(GENERATION_KEY) or first
    return value


def _first_generation():
    """Where a cache that lost the generation (emptied, restarted, or the key culled by
    the file cache) starts again: a number picked at random, not 1, so that nothing kept
    under an earlier run's numbers (a page, a process's site) is taken for current."""
    return secrets.randbelow(2**40) + 1


def kept_key(name, *parts):
    """The shared cache's key for ``name``, a value derived from content, under the
    current generation and today's date (consent expires by date), then ``parts``
    (language, page, host: whatever else the value depends on).

    The generation is read before the value is computed, so a value computed while
    another process changes content is kept under the generation that change leaves
    behind, and never read again."""
    today = datetime.date.today().isoformat()
    return ":".join(["kept", name, str(generation()), today, *map(str, parts)])


def kept(name, compute, *parts, timeout=None):
    """``compute()``, kept in the shared cache (``kept_key(name, *parts)``) until content
    changes in any process, the day ends, or ``timeout`` seconds pass (by default as long
    as a stored page, ``PAGE_CACHE_SECONDS``: with the page cache off, computed each
    time). A result of None is kept too."""
    key = kept_key(name, *parts)
    seconds = settings.PAGE_CACHE_SECONDS if timeout is None else timeout
    cache = _cache()
    found = cache.get(key) if seconds else None
    if found is not None:
        return found[0]
    value = compute()
    if seconds:
        cache.set(key, (value,), seconds)
    return value


_held = threading.local()


def invalidate(**kwargs):
    """Forget every cached page (by moving to a new generation), now and again when the
    surrounding transaction commits.

    Until the commit, other processes still read the old rows: a page they render in
    between would be stored under the new generation and outlive the change (a
    restriction, a takedown) until the next one. Moving again at the commit drops it.
    """
    if getattr(_held, "pending", None) is not None:
        _held.pending = True
        return
    _next_generation()
    connection = transaction.get_connection()
    # Once per transaction: loading the demo saves thousands of rows in one.
    if connection.in_atomic_block and not any(
        func is _next_generation for _savepoints, func, _robust in connection.run_on_commit
    ):
        transaction.on_commit(_next_generation)


def _next_generation():
    cache = _cache()
    try:
        value = cache.incr(GENERATION_KEY)
    except ValueError:
        value = _first_generation()
        cache.set(GENERATION_KEY, value, timeout=None)
    generation_moved.send(sender=None, generation=value)


@contextmanager
def one_invalidation():
    """Within this block, changes forget the cached pages once, at its end and again when
    the surrounding transaction commits (a bulk import saves thousands of rows, each of
    which would otherwise start a new generation)."""
    if getattr(_held, "pending", None) is not None:
        yield  # nested: the outer block invalidates
        return
    _held.pending = False
    try:
        yield
    finally:
        changed, _held.pending = _held.pending, None
        if changed:
            invalidate()  # now, and again at the commit


def _on_model_change(sender, **kwargs):
    invalidate()


def content_models():
    """The models whose changes forget the cached pages."""
    for config in apps.get_app_configs():
        if config.label in WAGTAIL_CONTENT_APPS or getattr(config, "shows_on_public_pages", False):
            skips = {f"{config.label}.{name}" for name in getattr(config, "page_cache_skips", ())}
            for model in config.get_models():
                if model._meta.label_lower not in SKIP_MODELS | skips:
                    yield model


def connect_signals():
    """Forget the cached pages on every change that a public page may show."""
    page_published.connect(invalidate, dispatch_uid="page-cache-published")
    page_unpublished.connect(invalidate, dispatch_uid="page-cache-unpublished")
    post_page_move.connect(invalidate, dispatch_uid="page-cache-moved")
    for model in content_models():
        uid = f"page-cache-{model._meta.label_lower}"
        post_save.connect(_on_model_change, sender=model, dispatch_uid=uid + "-save")
        post_delete.connect(_on_model_change, sender=model, dispatch_uid=uid + "-delete")


def _is_tracking(name):
    return name.startswith(TRACKING_PREFIXES) or name in TRACKING_PARAMETERS


def _key(request):
    today = datetime.date.today().isoformat()
    # Campaign and click tags change nothing on the page: a shared link with a fresh
    # `fbclid` each time must still be served from the cache.
    query = sorted(
        (name, value)
        for name, values in request.GET.lists()
        if not _is_tracking(name)
        for value in values
    )
    # Hashed: an address may be long (a search query) and cache keys should not be.
    address = hashlib.sha256(
        f"{request.get_host()}{request.path}?{urlencode(query)}".encode()
    ).hexdigest()
    return f"page:{generation()}:{today}:{address}"


def _is_cacheable_request(request):
    return (
        request.method == "GET"
        and not request.user.is_authenticated
        and getattr(settings, "PAGE_CACHE_SECONDS", 0) > 0
    )


def allow_for(page, request):
    """Called as Wagtail serves a page: only pages open to everyone may be stored.

    A password-protected page answers 200 to the anonymous visitor who typed the
    password; stored, it would reach everyone else.
    """
    request.page_cache_allowed = not is_private(page)


def _is_cacheable_response(request, response):
    match = request.resolver_match
    cache_control = response.get("Cache-Control", "")
    return (
        match is not None
        and (
            (match.url_name == "wagtail_serve" and getattr(request, "page_cache_allowed", False))
            or match.view_name in CACHEABLE_VIEWS
        )
        and response.status_code == 200
        and not response.cookies
        and not getattr(response, "streaming", False)
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


class AnonymousPageCacheMiddleware:
    """Serve anonymous visitors a stored copy of a page; see the module docstring."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        cacheable = _is_cacheable_request(request)
        if cacheable:
            # Kept for the store below: a page rendered while another process restricts,
            # takes down or publishes is stored under the generation it started in, which
            # that change has left, and so never served.
            key = _key(request)
            stored = _cache().get(key)
            if stored is not None:
                return _served(request, stored)
        response = self.get_response(request)
        if request.user.is_authenticated:
            # What a signed-in visitor sees may hold restricted knowledge: no shared
            # cache, browser cache or offline copy may keep it.
            patch_cache_control(response, private=True, no_store=True)
        elif "private" not in _directives(response) and not getattr(
            response, KEEPS_ITS_FRESHNESS, False
        ):
            # Pages change on publish, and knowledge can be restricted or taken down at
            # any moment: a browser asks again (a 304 when unchanged). Only an answer
            # marked by ``keeps_its_freshness`` (a public image) keeps its max-age.
            patch_cache_control(response, no_cache=True)
        if cacheable and _is_cacheable_response(request, response):
            if hasattr(response, "render") and callable(response.render):
                response = response.render()
            response["X-Page-Cache"] = "miss"
            if not response.has_header("ETag"):
                # The validator of the page itself, not of its compressed copy, so the
                # browser that got it now gets a 304 from a stored copy later
                # (the conditional GET middleware is outside this one).
                set_response_etag(response)
            _cache().set(key, _stored(response), settings.PAGE_CACHE_SECONDS)
        return response


KEEPS_ITS_FRESHNESS = "keeps_its_freshness"


def keeps_its_freshness(response):
    """Let ``response`` keep its own ``max-age``: for files whose address changes when
    they do and that no restriction or takedown reaches (renditions, public uploads)."""
    setattr(response, KEEPS_ITS_FRESHNESS, True)
    return response


def _directives(response):
    """The Cache-Control directive names of ``response`` (``max-age``, ``private``...)."""
    return {
        d.split("=", 1)[0].strip().lower()
        for d in response.get("Cache-Control", "").split(",")
        if d.strip()
    }


def _stored(response):
    """What the cache keeps of a page: the response and its body compressed once.

    Compressing the same page again for every visitor was a tenth of a cached answer's
    time. Django's GZipMiddleware adds random bytes against BREACH, which guesses a
    secret in a page from compressed sizes; a cached page holds no secret (no CSRF
    token, no session: a response that sets a cookie is never stored).
    """
    return {"response": response, "gzip": compress_string(response.content)}


def _served(request, stored):
    response, gzipped = stored["response"], stored["gzip"]
    response["X-Page-Cache"] = "hit"
    if len(response.content) < 200:
        return response  # what GZipMiddleware leaves as it is
    patch_vary_headers(response, ("Accept-Encoding",))
    if re_accepts_gzip.search(request.META.get("HTTP_ACCEPT_ENCODING", "")) and len(gzipped) < len(
        response.content
    ):
        response.content = gzipped
        response["Content-Length"] = str(len(gzipped))
        response["Content-Encoding"] = "gzip"
        etag = response.get("ETag")
        if etag and etag.startswith('"'):
            response["ETag"] = "W/" + etag
    return response
