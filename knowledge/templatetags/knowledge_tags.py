"""Template tags that bring knowledge onto other pages, filtered by who is looking."""

from django import template

from knowledge.access import related_to_species

register = template.Library()


@register.simple_tag(takes_context=True)
def knowledge_about(context, species):
    """{'remedies': [...], 'articles': [...]} about ``species`` that the visitor may see."""
    request = context.get("request")
    return related_to_species(species, getattr(request, "user", None))
