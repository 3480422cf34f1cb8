"""Value-chain URLs outside the language prefix: GS1 Digital Link addresses of batches."""

from django.urls import re_path

from valuechain import views

app_name = "valuechain"

urlpatterns = [
    # Everything under /01/ is this resolver's: a malformed link is a 404 here, rather
    # than a redirect into a language prefix that would then not find it.
    re_path(r"^01/(?P<gtin>[^/]*)/10/(?P<lot>[^/]*)/?$", views.digital_link, name="digital-link"),
    re_path(r"^01(?:/.*)?$", views.not_found),
]
