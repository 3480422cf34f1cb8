"""Who may do what with knowledge: stewards, curators, visitors."""

from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.http import Http404
from django.template.response import TemplateResponse
from django.utils.cache import patch_cache_control

from search.documents import PUBLIC, REGISTERED, STEWARDS_GROUP, WITHHELD

__all__ = ["STEWARDS_GROUP", "anonymous", "is_steward", "serve_protected"]


def is_steward(user):
    """Stewards (and superusers) decide access levels and take knowledge down."""
    return bool(
        user
        and user.is_authenticated
        and (user.is_superuser or user.groups.filter(name=STEWARDS_GROUP).exists())
    )


def anonymous():
    """The audience of anything shared beyond a session: feeds, sitemaps, caches."""
    return AnonymousUser()


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
