from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Traditional knowledge"

    def ready(self):
        from knowledge.search import register_search_facets

        register_search_facets()
