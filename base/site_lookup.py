"""The Wagtail site of a request, asked of the database once per content generation.

Wagtail finds the site of every request with a query (``get_site_for_hostname``) that
reads the site and its root page, a row of every page column in every language: about
2 ms of every page, the same site each time. A process keeps the answer per host and
port under the page cache's generation, which moves in every process when a site or
any page is saved (``base.page_cache``), so a process never serves a site or a root
page that another one has changed.
"""

from wagtail.models import sites

from base import page_cache

# Hosts are read before ALLOWED_HOSTS is checked (Wagtail's ``_get_raw_host``): a
# visitor can send any number of them, so only this many are kept.
MAX_HOSTS = 16
_kept = {}


def get_site_for_hostname(hostname, port):
    """Wagtail's ``get_site_for_hostname``, kept until the generation moves."""
    generation = page_cache.generation()
    found = _kept.get((hostname, port))
    if found is not None and found[0] == generation:
        return found[1]
    site = wagtails_get_site_for_hostname(hostname, port)  # DoesNotExist is not kept
    if len(_kept) >= MAX_HOSTS:
        _kept.clear()
    _kept[(hostname, port)] = (generation, site)
    return site


def forget():
    """Forget every site kept by this process (tests that roll back a transaction)."""
    _kept.clear()


# Wagtail's, kept before ``install`` puts ours in its place.
wagtails_get_site_for_hostname = sites.get_site_for_hostname


def install():
    """Keep the sites found (once, from ``BaseConfig.ready``)."""
    sites.get_site_for_hostname = get_site_for_hostname
