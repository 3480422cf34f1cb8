"""Value-chain views outside the page tree: the GS1 Digital Link address of a batch.

A package's barcode may carry ``https://<site>/01/<GTIN>/10/<lot>`` (GS1 Digital Link):
the resolver sends it on to the batch's page, in the visitor's browser language, as the
museum's short addresses do. The GTIN may be written with or without its leading zeros
(GS1 writes it as 14 digits), and the lot is compared as batch codes are everywhere,
without separators or case. Anything else under ``/01/`` is a 404.
"""

import re

from django.http import Http404
from django.shortcuts import redirect
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from valuechain.models import BatchPage, compact_code

GTIN = re.compile(r"[0-9]{8}|[0-9]{12,14}")
# GS1 application identifier 10 (batch/lot): at most 20 characters.
LOT_LENGTH = 20


def batch_for(gtin, lot):
    """The live, public batch with GTIN ``gtin`` (its own, or else its product's) and
    batch code ``lot``; None when there is none or the values cannot be codes."""
    if not GTIN.fullmatch(gtin) or not lot or len(lot) > LOT_LENGTH:
        return None
    compact = compact_code(lot)
    if not compact:
        return None
    batches = (
        BatchPage.objects.live()
        .public()
        .filter(batch_code_compact=compact)
        .select_related("product")
    )
    for batch in batches:
        if batch.effective_gtin and batch.effective_gtin.zfill(14) == gtin.zfill(14):
            return batch
    return None


def digital_link(request, gtin, lot):
    """Send a scanned GS1 Digital Link to its batch's page (a temporary redirect: the page
    may move, the GTIN and lot stay)."""
    batch = batch_for(gtin, lot)
    if batch is None:
        raise Http404
    with translation.override(translation.get_language_from_request(request)):
        url = batch.get_url(request)
    if not url:
        raise Http404
    response = redirect(url)
    patch_vary_headers(response, ["Accept-Language", "Cookie"])
    patch_cache_control(response, max_age=300)
    return response


def not_found(request, *args, **kwargs):
    """A 404 for any other address under ``/01/``: not a Digital Link this site resolves."""
    raise Http404
