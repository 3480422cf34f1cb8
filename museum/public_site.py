"""The default Wagtail Site names the public address (PUBLIC_BASE_URL).

Wagtail builds every absolute link (sitemap, CSV, API, QR labels, iCal) from the
default Site's hostname and port. Its first migration creates that Site as
``localhost:80``, so a site installed without the demo would print ``localhost``
to the public until the Site is pointed at the public address.
"""

from urllib.parse import urlsplit

from django.conf import settings
from wagtail.models import Site


def public_address(url=None):
    """``(hostname, port)`` of ``url`` (PUBLIC_BASE_URL by default), the port the
    scheme implies when none is written."""
    parts = urlsplit(url or settings.PUBLIC_BASE_URL)
    return parts.hostname or "localhost", parts.port or (443 if parts.scheme == "https" else 80)


def default_site_mismatch():
    """How the default Site differs from PUBLIC_BASE_URL, as ``(site_address,
    public_address)``, or None when it matches (or there is no default Site yet)."""
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        return None
    public = public_address()
    if (site.hostname, site.port) == public:
        return None
    return (site.hostname, site.port), public


def point_default_site_at_public_address(root_page=None, site_name=None):
    """Give the default Site PUBLIC_BASE_URL's hostname and port (and ``root_page`` and
    ``site_name`` when given); returns the Site. Other Sites are left alone."""
    hostname, port = public_address()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        if root_page is None:
            raise ValueError("There is no default Site yet: give the home page to root it at.")
        site = Site(is_default_site=True, root_page=root_page)
    site.hostname, site.port = hostname, port
    if root_page is not None:
        site.root_page = root_page
    if site_name is not None:
        site.site_name = site_name
    site.save()
    return site
