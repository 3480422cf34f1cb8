from django.apps import AppConfig


class SearchConfig(AppConfig):
    # The label stays "search" (as in Wagtail's project template); Wagtail's own
    # search app is labelled "wagtailsearch", so the two never collide.
    name = "search"
    verbose_name = "Search"

    def ready(self):
        from search import signals

        signals.connect()
