from django.apps import AppConfig


class BaseConfig(AppConfig):
    """The ground floor: what every other app builds on, importing none of them."""

    name = "base"
    verbose_name = "Shared pieces"
    shows_on_public_pages = True  # sources, images, communes (base.page_cache)

    def ready(self):
        from base import (
            cluster_init,
            page_cache,
            page_queries,
            site_lookup,
            translated_redirects,
            translated_slugs,
        )

        page_cache.connect_signals()
        page_queries.connect_signals()
        page_queries.install()
        translated_slugs.install()
        translated_redirects.install()
        site_lookup.install()
        cluster_init.install()
