"""Visitor-facing views outside the page tree: QR short addresses, quiz answers sent
without JavaScript, the offline page, offline packs and the service worker; and the files a public
site answers at its root (health check, robots.txt, security.txt, favicon, manifest)."""

import datetime

from django.conf import settings
from django.http import Http404, HttpResponse, HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.templatetags.static import static
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST, require_safe
from wagtail.models import Page

from museum import health, offline_packs
from museum.models import ShortCode
from museum.models.quizzes import QuizMixin


def not_found(request, *args, **kwargs):
    """A 404 for addresses that cannot name anything (an id of more digits than any
    database column holds), before a view's ``int()`` would fail on them."""
    raise Http404


def short_address(request, code):
    """Send a scanned label to its page, in the visitor's browser language.

    The redirect is temporary: the page may move again, the code stays.
    """
    page = get_object_or_404(ShortCode.objects.select_related("page"), code=code.lower()).page
    # A restricted page's address (its slug often names it) is not given away either.
    if not page.live or page.get_view_restrictions().exists():
        raise Http404
    language = translation.get_language_from_request(request)
    with translation.override(language):
        url = page.specific.get_url(request)
    if not url:
        raise Http404
    response = redirect(url)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    patch_cache_control(response, max_age=300)
    return response


@csrf_exempt  # answers change nothing, and a token would stop pages from being cached
@require_POST
def quiz_answers(request, page_id):
    """Check a quiz sent without JavaScript and show which answers are right."""
    page = get_object_or_404(Page, pk=page_id, live=True).specific
    if not isinstance(page, QuizMixin) or page.get_view_restrictions().exists():
        raise Http404
    results = page.check_answers(request.POST)
    answered = [r for r in results if r["chosen"] is not None]
    context = {
        "page": page,
        "results": results,
        "answered": len(answered),
        "right": sum(1 for r in answered if r["correct"]),
        "unanswered": len(results) - len(answered),
    }
    response = TemplateResponse(request, "museum/quiz_result.html", context)
    patch_cache_control(response, no_store=True)
    return response


def offline(request):
    """What the service worker shows when a page is neither online nor saved."""
    return TemplateResponse(request, "museum/offline.html", {})


@require_safe
def offline_saved(request):
    """The page "Saved on this phone": the frame and what it needs to say without JavaScript; the
    list itself is on the phone, and site.js reads it from there."""
    return TemplateResponse(request, "museum/offline_saved.html", {})


@require_safe
def offline_pack(request, page_id):
    """What a phone keeps to open a tour, an exhibit or a lesson kit offline, each address
    with its size (``museum.offline_packs``); 404 for any other page or one not public."""
    page = offline_packs.pack_page(int(page_id))  # at most 9 digits (public_urls)
    manifest = offline_packs.cached_manifest(request, page) if page else None
    if manifest is None:
        raise Http404
    return JsonResponse(manifest, json_dumps_params={"ensure_ascii": False})


def service_worker(request):
    """The service worker script, served from the root so that it covers every page."""
    languages = [code for code, _name in settings.LANGUAGES]
    context = {
        "languages": languages,
        "version": settings.OFFLINE_CACHE_VERSION,
        # How many visited pages a phone keeps besides the packs its visitor saved.
        "page_limit": settings.OFFLINE_PAGE_LIMIT,
    }
    response = TemplateResponse(
        request, "museum/sw.js", context, content_type="application/javascript"
    )
    response["Service-Worker-Allowed"] = "/"
    patch_cache_control(response, no_cache=True)
    return response


@require_safe
def healthz(request):
    """The state of the database, search, caches and media, for a load balancer or a
    monitor: 200 when every part works, 503 when one has failed (details in the log)."""
    checks = health.run_checks()
    healthy = health.is_healthy(checks)
    response = JsonResponse(
        {"status": "ok" if healthy else "fail", "checks": checks}, status=200 if healthy else 503
    )
    patch_cache_control(response, no_store=True)
    return response


def _public_url(path):
    return settings.PUBLIC_BASE_URL.rstrip("/") + path


def _text(lines):
    response = HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
    patch_cache_control(response, max_age=86400)
    return response


@require_safe
def robots_txt(request):
    """Crawl everything public; not the admin, sign-in forms or search-as-you-type."""
    lines = ["User-agent: *", "Disallow: /admin/", "Disallow: /django-admin/"]
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            suggest = reverse("search:suggest")
        # Wagtail's own sign-in and page-password forms live under _util/.
        lines += [
            f"Disallow: /{code}/accounts/",
            f"Disallow: /{code}/_util/",
            f"Disallow: {suggest}",
        ]
    lines += ["", f"Sitemap: {_public_url('/sitemap.xml')}"]
    return _text(lines)


@require_safe
def security_txt(request):
    """Where to report a vulnerability (RFC 9116)."""
    contact = settings.SECURITY_CONTACT
    if ":" not in contact:  # a bare address: the field must be a URI
        contact = f"mailto:{contact}"
    # RFC 9116 asks for an expiry under a year away; computed now, it never lapses.
    expires = datetime.datetime.now(datetime.UTC) + datetime.timedelta(days=365)
    return _text(
        [
            f"Contact: {contact}",
            f"Expires: {expires.strftime('%Y-%m-%dT%H:%M:%SZ')}",
            "Preferred-Languages: vi, en",
            f"Canonical: {_public_url(reverse('security-txt'))}",
        ]
    )


@require_safe
def favicon(request):
    """Browsers and crawlers ask for /favicon.ico whatever the page links to."""
    # The unhashed name: a browser keeps a permanent redirect for good, and a hashed
    # name disappears with the next change to the icon.
    return HttpResponsePermanentRedirect(f"{settings.STATIC_URL}museum/icon-32.png")


@require_safe
def web_manifest(request):
    """What a phone needs to add the museum to its home screen."""
    manifest = {
        "name": settings.WAGTAIL_SITE_NAME,
        "short_name": settings.WAGTAIL_SITE_NAME,
        "lang": settings.LANGUAGE_CODE,
        "start_url": "/",
        "scope": "/",
        "display": "standalone",
        "theme_color": "#1f4d2b",
        "background_color": "#ffffff",
        "icons": [
            {"src": static(f"museum/icon-{n}.png"), "sizes": f"{n}x{n}", "type": "image/png"}
            for n in (192, 512)
        ]
        + [{"src": static("museum/icon.svg"), "sizes": "any", "type": "image/svg+xml"}],
    }
    response = JsonResponse(
        manifest,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )
    patch_cache_control(response, max_age=86400)
    return response
