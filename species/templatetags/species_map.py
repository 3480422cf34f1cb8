"""The distribution map of a species page: `{% load species_map %}`.

`{% species_distribution_map page as map %}` gives what the page says of its map (see
``species.distribution_map.distribution_map``): how many places the map can show, how
many only the table lists, and whether they are shown by commune because the plant is
poached.
"""

from django import template

from species import distribution_map

register = template.Library()


@register.simple_tag(takes_context=True)
def species_distribution_map(context, page):
    """The places of ``page`` and what its map can show of them."""
    return distribution_map.distribution_map(page, context.get("request"))
