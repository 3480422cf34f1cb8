"""URLs: admin and machinery outside the language prefix, public pages inside it."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from museum import views as museum_views

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view calls int() on any run of digits: 5,000 of them raise.
    re_path(r"^documents/\d{20,}/", museum_views.not_found),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap),
    path("", include("knowledge.urls")),
    path("q/<slug:code>", museum_views.short_address, name="short-address"),
    path("sw.js", museum_views.service_worker, name="service-worker"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

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
