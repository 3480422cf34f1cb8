from django.apps import AppConfig


class MuseumConfig(AppConfig):
    name = "museum"
    verbose_name = "Museum"
