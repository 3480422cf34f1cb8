"""Template tags that bring knowledge onto other pages, filtered by who is looking."""

from django import template

from base.page_queries import LINK_FIELDS
from knowledge.models import KnowledgePage, RemedyPage

register = template.Library()


@register.simple_tag(takes_context=True)
def knowledge_about(context, species):
    """{'remedies': [...], 'articles': [...]} about ``species`` that the visitor may see."""
    request = context.get("request")
    return related_to_species(species, getattr(request, "user", None))


def related_to_species(species, user):
    """Remedies using ``species`` and articles about it, as far as ``user`` may see them."""
    if species.pk is None:
        return {"remedies": [], "articles": []}  # a new species previewed: none refer to it
    remedies = RemedyPage.objects.visible_to(user).filter(ingredients__species=species)
    articles = KnowledgePage.objects.visible_to(user).filter(species=species)
    # A link to each and its access level (``species/species_page.html``), not a row of
    # every text in every language, made distinct column by column.
    linked = (*LINK_FIELDS, "access_level")
    return {
        "remedies": list(remedies.distinct().only(*linked)),
        "articles": list(articles.distinct().only(*linked)),
    }
