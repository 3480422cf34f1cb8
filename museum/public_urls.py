"""Museum views under the language prefix: /vi/quiz/…, /vi/offline/."""

from django.urls import path, re_path

from museum import views

app_name = "museum"

urlpatterns = [
    path("quiz/<int:page_id>/", views.quiz_answers, name="quiz"),
    path("offline/", views.offline, name="offline"),
    path("offline/saved/", views.offline_saved, name="offline-saved"),
    # Nine digits at most: a longer run would overflow the database's integer.
    re_path(r"^offline/pack/(?P<page_id>[0-9]{1,9})\.json$", views.offline_pack, name="pack"),
]
