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

from csp.constants import HEADER, HEADER_REPORT_ONLY, SELF
from csp.middleware import CheckableLazyObject, CSPMiddleware
from csp.utils import default_config
from django.conf import settings
from django.core.signals import setting_changed
from django.http import HttpResponse
from django.middleware.http import ConditionalGetMiddleware


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


# What a view or a nonce can change about a response's policy; without any of them the
# header depends only on the path's kind (public or admin).
PER_RESPONSE = ("_csp_config", "_csp_update", "_csp_replace", "_csp_exempt")
PER_RESPONSE += tuple(f"{name}_ro" for name in PER_RESPONSE)


class PathContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's policy under the admin's URL prefixes.

    django-csp builds both policies from the settings on every response, a third of a
    page-cache hit's time. Our pages use no nonce, so the headers of the public and the
    admin paths are built once per process (again when a setting changes, as in tests);
    a response with its own policy, a nonce or a preview still goes through django-csp.
    """

    _built = {}

    def process_response(self, request, response):
        if (
            any(hasattr(response, name) for name in PER_RESPONSE)
            or getattr(request, "_csp_nonce", None) is not None
            or getattr(request, "is_dummy", False)
            or settings.DEBUG
            or _excludes_paths()
        ):
            return super().process_response(request, response)
        admin = getattr(settings, "ADMIN_CONTENT_SECURITY_POLICY", None)
        kind = bool(admin) and request.path_info.startswith(tuple(admin["URL_PREFIXES"]))
        headers = self._built.get(kind)
        if headers is None:
            built = super().process_response(request, HttpResponse())
            headers = self._built[kind] = [
                (name, built[name]) for name in (HEADER, HEADER_REPORT_ONLY) if name in built
            ]
        for name, value in headers:
            response.headers.setdefault(name, value)
        # As django-csp does: a nonce asked for after the header is written is an error.
        request.csp_nonce = CheckableLazyObject(self._csp_nonce_post_response)
        return response

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


def _excludes_paths():
    """True when a policy setting leaves some paths out (then the path decides more)."""
    return any(
        (getattr(settings, name, None) or {}).get("EXCLUDE_URL_PREFIXES")
        for name in ("CONTENT_SECURITY_POLICY", "CONTENT_SECURITY_POLICY_REPORT_ONLY")
    )


def _forget_built_policies(setting, **kwargs):
    if "SECURITY_POLICY" in setting or setting in ("DEBUG", "ROOT_URLCONF"):
        PathContentSecurityPolicyMiddleware._built.clear()


setting_changed.connect(_forget_built_policies, dispatch_uid="museum-built-csp")


class PolicyKeepingConditionalGetMiddleware(ConditionalGetMiddleware):
    """Django's conditional GET, whose 304 keeps the response's own policy.

    A browser replaces the headers it stored with those of a 304. Django's 304 carries
    no Content-Security-Policy, so the site's policy was added to it on the way out:
    a chart, whose policy allows its own ``<style>`` by hash, then lost its colours in
    the browser after the first revalidation.
    """

    def process_response(self, request, response):
        answer = super().process_response(request, response)
        if answer is not response and answer.status_code == 304:
            for name in (HEADER, HEADER_REPORT_ONLY):
                if name in response:
                    answer[name] = response[name]
        return answer


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
