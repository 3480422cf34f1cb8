from django.apps import AppConfig


class SearchConfig(AppConfig):
    # The label stays "search" (as in Wagtail's project template); Wagtail's own
    # search app is labelled "wagtailsearch", so the two never collide.
    name = "search"
    verbose_name = "Search"
    # Synonyms, and the items a failed index write keeps out of answers, change what the
    # cached search pages say (base.page_cache).
    shows_on_public_pages = True

    def ready(self):
        from search import signals

        signals.connect()
