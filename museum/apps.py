from django.apps import AppConfig


class MuseumConfig(AppConfig):
    name = "museum"
    verbose_name = "Museum"

    def ready(self):
        from wagtail.signals import page_published

        from museum import checks  # noqa: F401 - registers the deploy checks
        from museum.page_cache import connect_signals
        from museum.search import register_search_kinds
        from museum.shortcodes import on_publish
        from museum.translated_slugs import install as install_translated_slugs

        page_published.connect(on_publish, dispatch_uid="museum-short-address")
        connect_signals()
        register_search_kinds()
        install_translated_slugs()
