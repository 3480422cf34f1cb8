from django.apps import AppConfig


class BaseConfig(AppConfig):
    """The ground floor: what every other app builds on, importing none of them."""

    name = "base"
    verbose_name = "Shared pieces"
