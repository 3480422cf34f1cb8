"""Every response carries the security headers; public pages run no inline script.

The public Content-Security-Policy allows scripts and styles from the site only, so a
handler or a script written into a template would be refused by the browser: the
template scan below finds one before a visitor's browser does.
"""

import re
from pathlib import Path

import pytest
from csp import middleware as csp_middleware
from csp.decorators import csp_update
from django.conf import settings
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from museum.middleware import PathContentSecurityPolicyMiddleware

ROOT = Path(__file__).resolve().parents[2]
TEMPLATES = ROOT / "templates"

EXPECTED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Frame-Options": "DENY",
}


def policy(response, header="Content-Security-Policy"):
    """The CSP header as {directive: [sources]}."""
    directives = {}
    for part in response[header].split(";"):
        name, *sources = part.split()
        directives[name] = sources
    return directives


def permissions(response):
    return dict(item.strip().split("=", 1) for item in response["Permissions-Policy"].split(","))


def assert_public_headers(response):
    for name, value in EXPECTED.items():
        assert response.get(name) == value, (response.request["PATH_INFO"], name)
    csp = policy(response)
    assert csp["default-src"] == ["'none'"]
    assert csp["script-src"] == ["'self'"]
    assert "'unsafe-inline'" not in csp["style-src"]
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["form-action"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'none'"]
    assert csp["img-src"] == ["'self'", "data:", "https://tile.openstreetmap.org"]
    features = permissions(response)
    for feature in ("camera", "microphone", "geolocation", "payment", "usb"):
        assert features[feature] == "()"


@pytest.fixture
def public_urls(home, make_species, map_page):
    species = make_species()
    return {
        "home": home.url,
        "species": species.url,
        "map": map_page.url,
        "search": "/vi/search/?q=tam+that",
        "api": "/api/v1/knowledge/",
        "not found": "/vi/khong-co-trang-nay/",
        "sign-in": "/vi/accounts/login/",
    }


STATUS = {"not found": 404}


def test_every_kind_of_public_response_carries_the_headers(client, public_urls):
    for name, url in public_urls.items():
        response = client.get(url)
        assert response.status_code == STATUS.get(name, 200), name
        assert_public_headers(response)


def test_a_page_from_the_page_cache_carries_them_too(client, public_urls):
    client.get(public_urls["species"])
    response = client.get(public_urls["species"])
    assert response["X-Page-Cache"] == "hit"
    assert_public_headers(response)


@override_settings(SECURE_HSTS_SECONDS=31536000, SECURE_HSTS_INCLUDE_SUBDOMAINS=True)
def test_https_responses_carry_hsts(client, home):
    response = client.get(home.url, secure=True)
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains"


def test_the_public_policy_allows_no_inline_script():
    directives = settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]
    for name in ("default-src", "script-src", "script-src-elem", "script-src-attr"):
        assert "'unsafe-inline'" not in directives.get(name, []), name
        assert "'unsafe-eval'" not in directives.get(name, []), name


@pytest.mark.django_db
@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_the_admin_login_answers_with_the_admin_policy(client, url):
    response = client.get(url)
    assert response.status_code == 200
    csp = policy(response)
    # Wagtail's admin templates need inline script; public pages never get this policy.
    assert "'unsafe-inline'" in csp["script-src"]
    assert csp["frame-ancestors"] == ["'self'"]
    assert csp["object-src"] == ["'none'"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "camera" in permissions(response)


def test_a_preview_in_the_admin_keeps_the_public_policy_but_may_be_framed(make_species):
    # Wagtail renders a preview for a dummy request with the page's public path.
    response = make_species().make_preview_request()
    assert response.status_code == 200
    csp = policy(response)
    assert csp["script-src"] == ["'self'"]
    assert csp["frame-ancestors"] == ["'self'"]


# An attribute such as onclick= inside a tag, an inline <script> or <style>, a style=.
HANDLER = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.IGNORECASE)
SCRIPT_TAG = re.compile(r"<script\b([^>]*)>", re.IGNORECASE)
STYLE = re.compile(r"<style\b|<[a-z][^>]*\sstyle\s*=", re.IGNORECASE)
DATA_SCRIPT = re.compile(r"""\btype\s*=\s*["']application/ld\+json["']|\bnonce\s*=""")


def template_problems():
    problems = []
    for path in sorted(TEMPLATES.rglob("*.html")):
        text = path.read_text(encoding="utf-8")
        name = path.relative_to(ROOT)
        problems += [f"{name}: inline handler {m.group(0)!r}" for m in HANDLER.finditer(text)]
        problems += [f"{name}: inline style {m.group(0)!r}" for m in STYLE.finditer(text)]
        for match in SCRIPT_TAG.finditer(text):
            attributes = match.group(1)
            if "src=" not in attributes and not DATA_SCRIPT.search(attributes):
                problems.append(f"{name}: inline script {match.group(0)!r}")
    return problems


def test_no_template_has_inline_script_handlers_or_styles():
    assert list(TEMPLATES.rglob("*.html")), "no templates found"
    assert template_problems() == []


def test_the_scan_finds_what_it_looks_for(tmp_path, monkeypatch):
    (tmp_path / "bad.html").write_text(
        '<button onclick="x()">x</button><script>alert(1)</script><p style="color:red">'
        '<script type="application/ld+json">{}</script><script src="/s.js"></script>'
    )
    monkeypatch.setattr(f"{__name__}.TEMPLATES", tmp_path)
    monkeypatch.setattr(f"{__name__}.ROOT", tmp_path)
    assert len(template_problems()) == 3


def _through_the_middleware(path, view_response):
    middleware = PathContentSecurityPolicyMiddleware(lambda request: view_response)
    return middleware(RequestFactory().get(path))


def test_a_policy_built_once_still_follows_paths_views_and_settings():
    assert policy(_through_the_middleware("/vi/", HttpResponse()))["script-src"] == ["'self'"]
    admin = policy(_through_the_middleware("/admin/", HttpResponse()))
    assert "'unsafe-inline'" in admin["script-src"]

    # A view with its own policy keeps it.
    own = csp_update({"img-src": ["https://example.org"]})(lambda request: HttpResponse())
    response = _through_the_middleware("/vi/", own(None))
    assert "https://example.org" in policy(response)["img-src"]
    assert (
        "https://example.org"
        not in policy(_through_the_middleware("/vi/", HttpResponse()))["img-src"]
    )

    # A changed setting is read again.
    changed = {
        "DIRECTIVES": {**settings.CONTENT_SECURITY_POLICY["DIRECTIVES"], "media-src": ["'none'"]}
    }
    with override_settings(CONTENT_SECURITY_POLICY=changed):
        assert policy(_through_the_middleware("/vi/", HttpResponse()))["media-src"] == ["'none'"]
    assert policy(_through_the_middleware("/vi/", HttpResponse()))["media-src"] == ["'self'"]


def test_the_policies_are_built_once_and_a_nonce_still_gets_its_own(monkeypatch):
    built, build = [], csp_middleware.build_policy

    def counting(*args, **kwargs):
        built.append(kwargs.get("report_only", False))
        return build(*args, **kwargs)

    monkeypatch.setattr(csp_middleware, "build_policy", counting)
    PathContentSecurityPolicyMiddleware._built.clear()
    for _ in range(5):
        _through_the_middleware("/vi/", HttpResponse())
        _through_the_middleware("/admin/", HttpResponse())
    assert len(built) == 4  # the enforced and report-only headers of each kind, once

    def uses_a_nonce(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    # A page that asked for a nonce is left to django-csp, which puts it in the policy
    # wherever a directive asks for one (none of ours does today).
    response = PathContentSecurityPolicyMiddleware(uses_a_nonce)(RequestFactory().get("/vi/"))
    assert len(built) == 6
    assert policy(response)["script-src"] == ["'self'"]
