"""Public views of knowledge: the access check every page goes through, and protected media."""

from pathlib import Path

from django.contrib.auth.views import redirect_to_login
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from knowledge import media_types
from knowledge.models import KnowledgeMedia
from search.documents import PUBLIC, REGISTERED, WITHHELD


def serve_protected(item, request, serve, *args, **kwargs):
    """Serve ``item`` only to whom its protocol allows.

    Withheld items show at most the community's stub; a registered-only item
    asks an anonymous visitor to sign in; everything else not allowed is a 404,
    so a community-only item does not even admit that it exists.
    """
    level = item.effective_access
    if level == WITHHELD:
        if item.withheld_stub and item.consent_allows_display():
            response = TemplateResponse(
                request, "knowledge/withheld_stub.html", {"page": item, "self": item}
            )
            patch_cache_control(response, private=True, no_store=True)
            return response
        raise Http404
    if not item.is_visible_to(request.user):
        if level == REGISTERED and not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise Http404
    response = serve(request, *args, **kwargs)
    if level != PUBLIC:
        # Restricted pages must never be stored by a shared cache.
        patch_cache_control(response, private=True, no_store=True)
    return response


def media(request, pk, filename):
    """A file attached to an item, to whoever may see the item, and nobody else."""
    attachment = get_object_or_404(KnowledgeMedia.objects.select_related("item"), pk=pk)
    item = attachment.item.specific
    if not item.is_visible_to(request.user) or not attachment.file:
        raise Http404
    try:
        handle = attachment.file.open("rb")
    except FileNotFoundError as exc:
        raise Http404 from exc
    # A file stored before uploads were checked has no recorded type: read it now,
    # so an old HTML attachment still leaves only as a download.
    detected = attachment.mime_type or media_types.detect(media_types.read_head(handle))
    content_type, inline, policy = media_types.serving(detected)
    response = FileResponse(
        handle,
        content_type=content_type,
        as_attachment=not inline,
        filename=Path(attachment.file.name).name,
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = policy
    if item.effective_access == PUBLIC:
        patch_cache_control(response, public=True, max_age=3600)
    else:
        patch_cache_control(response, private=True, no_store=True)
    return response
