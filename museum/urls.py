"""URLs: admin and machinery outside the language prefix, public pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from museum import media as museum_media
from museum import sitemaps as museum_sitemaps
from museum import views as museum_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    # Sources and communes moved into the base app, and with them their admin addresses:
    # curators' bookmarks to the old ones still arrive.
    *[
        re_path(
            rf"^admin/snippets/{old}/(?P<rest>.*)$",
            RedirectView.as_view(
                url=f"/admin/snippets/{new}/%(rest)s", query_string=True, permanent=True
            ),
        )
        for old, new in (("knowledge/source", "base/source"), ("museum/commune", "base/commune"))
    ],
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view calls int() on any run of digits: 5,000 of them raise.
    re_path(r"^documents/\d{20,}/", museum_views.not_found),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>(?:images|original_images)/.+)$", museum_media.public_image),
    path("sitemap.xml", museum_sitemaps.index, name="sitemap"),
    path("sitemap-<str:language>.xml", museum_sitemaps.section, name="sitemap-section"),
    path("api/v1/", include("museum.api")),
    path("", include("species.urls")),
    path("robots.txt", museum_views.robots_txt, name="robots-txt"),
    path(".well-known/security.txt", museum_views.security_txt, name="security-txt"),
    path("favicon.ico", museum_views.favicon, name="favicon"),
    path("manifest.webmanifest", museum_views.web_manifest, name="web-manifest"),
    # Outside the language prefix: a load balancer asks without Accept-Language.
    path("healthz", museum_views.healthz, name="healthz"),
    path("", include("knowledge.urls")),
    path("", include("valuechain.urls")),
    path("q/<slug:code>", museum_views.short_address, name="short-address"),
    path("sw.js", museum_views.service_worker, name="service-worker"),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    # Uploaded files are never served wholesale, not even here: images by
    # museum.media, documents and protected media by the views that check them.
    urlpatterns += staticfiles_urlpatterns()

# Every public page lives under its language: /vi/…, /en/…; a bare "/" is sent
# by LocaleMiddleware to the visitor's browser language.
urlpatterns += i18n_patterns(
    path("search/", include("search.urls")),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="museum/login.html"),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("", include("museum.public_urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
