"""Public views of knowledge: the access check every page goes through, and protected media."""

from pathlib import Path

from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404
from django.utils.cache import patch_cache_control

from knowledge import media_types
from knowledge.models import KnowledgeMedia
from search.documents import PUBLIC


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
