"""Visitor-facing views outside the page tree: QR short addresses, quiz answers sent
without JavaScript, the offline page and the service worker."""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST
from wagtail.models import Page

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
    if not page.live:
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


def service_worker(request):
    """The service worker script, served from the root so that it covers every page."""
    languages = [code for code, _name in settings.LANGUAGES]
    response = TemplateResponse(
        request,
        "museum/sw.js",
        {"languages": languages, "version": settings.OFFLINE_CACHE_VERSION},
        content_type="application/javascript",
    )
    response["Service-Worker-Allowed"] = "/"
    patch_cache_control(response, no_cache=True)
    return response
