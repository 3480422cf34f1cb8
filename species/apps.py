from django.apps import AppConfig


class SpeciesConfig(AppConfig):
    name = "species"
    verbose_name = "Species catalogue"

    def ready(self):
        from species.search import register_search_facets

        register_search_facets()
