from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Traditional knowledge"
    shows_on_public_pages = True  # base.page_cache forgets pages when its records change

    def ready(self):
        from knowledge.search import register_search_facets

        register_search_facets()
