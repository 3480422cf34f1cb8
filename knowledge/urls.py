"""Knowledge URLs outside the language prefix: protected media and the read-only API."""

from django.urls import path

from knowledge import api, views

app_name = "knowledge"

urlpatterns = [
    path("knowledge-media/<int:pk>/<str:filename>", views.media, name="media"),
    path("api/v1/knowledge/", api.item_list, name="api-list"),
    path("api/v1/knowledge/<int:pk>/", api.item_detail, name="api-detail"),
]
