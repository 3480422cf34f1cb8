"""Museum views under the language prefix: /vi/quiz/…, /vi/offline/."""

from django.urls import path

from museum import views

app_name = "museum"

urlpatterns = [
    path("quiz/<int:page_id>/", views.quiz_answers, name="quiz"),
    path("offline/", views.offline, name="offline"),
]
