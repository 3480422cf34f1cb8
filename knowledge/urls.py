"""Knowledge URLs outside the language prefix: protected media. The read-only API is
knowledge/api.py, a router of the research API (museum/api.py)."""

from django.urls import path

from knowledge import views

app_name = "knowledge"

urlpatterns = [
    path("knowledge-media/<int:pk>/<str:filename>", views.media, name="media"),
]
