"""Species views outside Wagtail's pages: the catalogue's open data."""

from django.http import FileResponse
from django.views.decorators.http import require_safe

from species import darwin_core


@require_safe
def darwin_core_archive(request):
    """The catalogue as a Darwin Core Archive (``species.darwin_core``), built once per
    content change and served from a file; its ETag lets a harvester ask "changed?"
    and get a 304 (``ConditionalGetMiddleware``)."""
    path = darwin_core.archive_path()
    response = FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=darwin_core.FILENAME,
        content_type="application/zip",
    )
    response["ETag"] = f'"{path.stem}"'
    return response
