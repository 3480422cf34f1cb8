"""Public images served by the app itself, for a one-machine site without a proxy rule.

Behind nginx (or another proxy) the proxy serves ``/media/images/`` and
``/media/original_images/`` straight from disk and ``SERVE_MEDIA`` is off. On
a single machine that runs only the app server the site would otherwise show
no pictures at all. Only raster images are served: documents go through
Wagtail's document view (which checks who may see them) and protected
knowledge media through their own checking view, never from here.
"""

from pathlib import Path

from django.conf import settings
from django.http import FileResponse, Http404
from django.utils.cache import patch_cache_control
from django.utils.http import http_date
from django.views.decorators.http import require_safe

from base.page_cache import keeps_its_freshness

FOLDERS = ("images", "original_images")
TYPES = {
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
    ".webp": "image/webp",
    ".gif": "image/gif",
    ".avif": "image/avif",
}


@require_safe
def public_image(request, path):
    """One image file under MEDIA_ROOT/images or original_images, cached for a month."""
    if not getattr(settings, "SERVE_MEDIA", False):
        raise Http404
    root = Path(settings.MEDIA_ROOT).resolve()
    try:
        file = (root / path).resolve(strict=True)
    except (OSError, ValueError) as exc:
        raise Http404 from exc
    content_type = TYPES.get(file.suffix.lower())
    if (
        content_type is None
        or not file.is_file()
        or not any(file.is_relative_to(root / folder) for folder in FOLDERS)
    ):
        raise Http404
    stat = file.stat()
    response = FileResponse(file.open("rb"), content_type=content_type)
    response["Last-Modified"] = http_date(stat.st_mtime)
    response["X-Content-Type-Options"] = "nosniff"
    # Renditions and uploads get new names when they change: safe to keep for a month.
    patch_cache_control(response, public=True, max_age=30 * 24 * 3600)
    return keeps_its_freshness(response)
