from django.apps import AppConfig


class MuseumConfig(AppConfig):
    name = "museum"
    verbose_name = "Museum"

    def ready(self):
        from wagtail.signals import page_published

        from museum import checks  # noqa: F401 - registers the deploy checks
        from museum.search import register_search_kinds
        from museum.shortcodes import on_publish

        page_published.connect(on_publish, dispatch_uid="museum-short-address")
        register_search_kinds()
