"""Response headers: security headers that Django's own settings do not cover, and
the server time of each request.

Two policies, chosen by path: public pages get the strict Content-Security-Policy
of ``CONTENT_SECURITY_POLICY`` (no inline script at all), while the Wagtail and
Django admins, whose own templates still carry inline scripts and styles
(wagtail/wagtail#1288), get ``ADMIN_CONTENT_SECURITY_POLICY``. Loosening the
public policy for the admin's sake would give up the protection where
visitors' input is shown, so the admin's needs stay under its own prefixes.

A page previewed in the admin is rendered by Wagtail through this middleware again,
for a dummy request with the page's public path: it keeps the public policy (the
preview shows what visitors will get) but may be framed by the admin's preview panel.
"""

import time

from csp.constants import SELF
from csp.middleware import CSPMiddleware
from csp.utils import default_config
from django.conf import settings


class ServerTimingMiddleware:
    """``Server-Timing: app;dur=…``: the milliseconds Django spent on the request.

    Read by the load bench (server time apart from queueing in front of the workers)
    and shown by browsers' developer tools. First in ``MIDDLEWARE``, so it counts every
    other middleware too.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.perf_counter()
        response = self.get_response(request)
        response["Server-Timing"] = f"app;dur={(time.perf_counter() - started) * 1000:.1f}"
        return response


class PathContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's URL prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        admin = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        # A view's own @csp decorator still wins; the report-only policy is left as configured.
        if (
            admin
            and not report_only
            and parts.config is None
            and request.path_info.startswith(tuple(admin["URL_PREFIXES"]))
        ):
            parts.config = default_config(admin["DIRECTIVES"])
        if getattr(request, "is_dummy", False):
            parts.replace = {**(parts.replace or {}), "frame-ancestors": [SELF]}
        return parts


class PermissionsPolicyMiddleware:
    """Send ``Permissions-Policy`` from ``settings.PERMISSIONS_POLICY``.

    A mapping of feature to allowed origins, e.g. ``{"camera": [], "geolocation":
    ["self"]}``; an empty list turns the feature off for every origin, frames included.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}=({' '.join(origins)})"
            for feature, origins in getattr(settings, "PERMISSIONS_POLICY", {}).items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response


def client_address(request):
    """The visitor's address for the sign-in lockout (django-axes).

    Behind the TLS proxy every request comes from the proxy's address, so a
    lockout would shut a username out from everywhere (anyone could keep an
    administrator out). With ``TRUSTED_PROXIES`` proxies in front, the visitor is
    the entry that many places from the right of ``X-Forwarded-For``: the proxy
    appends the address it saw, and anything further left was written by the
    client and can be forged.
    """
    proxies = settings.TRUSTED_PROXIES
    forwarded = [a.strip() for a in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [a for a in forwarded if a]
    if proxies and len(forwarded) >= proxies:
        return forwarded[-proxies]
    return request.META.get("REMOTE_ADDR", "")
