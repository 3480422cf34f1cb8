"""Visitor-facing views outside the page tree: the QR short address."""

from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from museum.models import ShortCode


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
