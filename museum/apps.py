from django.apps import AppConfig


class MuseumConfig(AppConfig):
    name = "museum"
    verbose_name = "Museum"
    # Public pages show its records (base.page_cache); a short address is made the
    # first time a label is printed and changes no page.
    shows_on_public_pages = True
    page_cache_skips = ("shortcode",)

    def ready(self):
        from wagtail.signals import page_published

        from base.page_cache import generation_moved
        from museum import checks  # noqa: F401 - registers the deploy checks
        from museum.search import register_search_kinds
        from museum.shortcodes import on_publish
        from museum.sitemaps import write_after_a_change

        page_published.connect(on_publish, dispatch_uid="museum-short-address")
        generation_moved.connect(write_after_a_change, dispatch_uid="museum-sitemaps")
        register_search_kinds()
