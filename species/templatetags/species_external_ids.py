"""The species' links to other taxonomic databases, for the page's "In other databases"."""

from django import template

from species.darwin_core import external_links

register = template.Library()


@register.simple_tag
def species_external_links(page):
    """``[{"title", "url"}]`` of ``page`` in GBIF, POWO, IPNI and Wikidata, as far as
    its identifiers are set; the archive carries the same links."""
    return [{"title": title, "url": url} for title, url in external_links(page)]
