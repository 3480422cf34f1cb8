from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ValueChainConfig(AppConfig):
    name = "valuechain"
    verbose_name = _("Value chain")
    shows_on_public_pages = True  # base.page_cache forgets pages when its records change

    def ready(self):
        from valuechain.search import register_search_kinds
        from valuechain.species_sections import register_species_sections

        register_search_kinds()
        register_species_sections()
