from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ValueChainConfig(AppConfig):
    name = "valuechain"
    verbose_name = _("Value chain")
    shows_on_public_pages = True  # base.page_cache forgets pages when its records change
