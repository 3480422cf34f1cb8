from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "knowledge"
    verbose_name = "Traditional knowledge"

    def ready(self):
        from knowledge.search import register_search_facets
        from knowledge.withdrawal import withdraw_expired_daily
        from search import service

        register_search_facets()
        service.register_before_query(withdraw_expired_daily)
