from django.apps import AppConfig


class SpeciesConfig(AppConfig):
    name = "species"
    verbose_name = "Species catalogue"
    shows_on_public_pages = True  # base.page_cache forgets pages when its records change

    def ready(self):
        from species.search import register_search_facets

        register_search_facets()
