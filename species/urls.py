"""Species URLs outside the language prefix: the catalogue's open data."""

from django.urls import path

from species import views

app_name = "species"

urlpatterns = [
    path(
        "open-data/darwin-core-archive.zip",
        views.darwin_core_archive,
        name="darwin-core-archive",
    ),
]
