"""The research API: one versioned ``NinjaAPI`` at ``/api/v1/`` made of each app's router.

``/api/v1/openapi.json`` describes it (OpenAPI 3) and ``/api/v1/docs`` lets a
researcher try it (ninja's Swagger UI, from the site's own static files: the
site's Content-Security-Policy allows no CDN). The conventions every endpoint
follows are in ``base/api.py``.
"""

from django.urls import path, re_path
from ninja import NinjaAPI, Swagger

from base.api import not_found
from base.open_data import PUBLISHER
from knowledge.api import router as knowledge_router
from museum.api_visits import router as visits_router
from species.api import router as species_router
from valuechain.api import router as valuechain_router


class Docs(Swagger):
    """ninja's Swagger UI in a page with a viewport (templates/api/docs.html)."""

    template = "api/docs.html"


api = NinjaAPI(
    title="Dược liệu số research API",
    version="1",
    description=(
        f"Read-only open data of {PUBLISHER}: species, protected lists, traditional "
        "knowledge, the value chain, the museum's places and events, in four languages "
        "(?lang=vi|en|zh-hans|fr), as JSON or CSV (?format=csv). Every answer says how to "
        "cite it. Restricted community knowledge is shown only to those who may see it on "
        "the site, with their session."
    ),
    urls_namespace="api",
    docs=Docs(settings={"defaultModelsExpandDepth": 0}),
)
api.add_router("", species_router)
api.add_router("", knowledge_router)
api.add_router("", valuechain_router)
api.add_router("", visits_router)


def unknown(request, rest=""):
    """Any other address under /api/v1/ (a negative id, a typo): a JSON 404, not the
    site's redirect to a language prefix."""
    return not_found(request)


# Included from museum/urls.py as path("api/v1/", include("museum.api")).
urlpatterns = [path("", api.urls), re_path(r"^(?P<rest>.+)$", unknown)]
