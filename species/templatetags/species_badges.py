"""Template filters for conservation badges: `{% load species_badges %}`.

`{{ a.category|badge }}` gives "IUCN VU" or "TT 16/2022", never a code that is a word of
one language ("listed", "controlled"); the category's translated name says that part.
"""

from django import template

from species import badges

register = template.Library()


@register.filter
def badge(category):
    """The badge text of a conservation category, in no language but the page's."""
    return badges.badge(category) if category is not None else ""


@register.filter
def badge_with_name(category):
    """Badge and translated name: "IUCN VU: Sẽ nguy cấp"."""
    return badges.badge_with_name(category) if category is not None else ""
