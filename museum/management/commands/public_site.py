"""manage.py public_site: point the default Wagtail Site at PUBLIC_BASE_URL."""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from museum.public_site import default_site_mismatch, point_default_site_at_public_address


class Command(BaseCommand):
    help = (
        "Give the default Wagtail Site the hostname and port of PUBLIC_BASE_URL, so that "
        "the sitemap, CSV, API, QR labels and calendar files link to the public address "
        "instead of 'localhost'. Run after migrate ('make serve' does); changes nothing "
        "when the Site already matches."
    )

    def handle(self, *args, **options):
        mismatch = default_site_mismatch()
        if mismatch is None:
            if not Site.objects.filter(is_default_site=True).exists():
                raise CommandError("There is no default Site: run 'manage.py migrate' first.")
            self.stdout.write("The default Site already names the public address.")
            return
        (old_host, old_port), (host, port) = mismatch
        other = Site.objects.filter(hostname=host, port=port, is_default_site=False).first()
        if other is not None:
            raise CommandError(
                f"Another Site ({other.site_name or other.pk}) already answers at "
                f"{host}:{port}. Make it the default Site, or give it another address, in "
                "the admin (Settings → Sites)."
            )
        if urlsplit(settings.PUBLIC_BASE_URL).scheme == "https" and port != 443:
            # Wagtail writes https:// only for port 443 (Site.root_url).
            self.stderr.write(
                f"Warning: Wagtail writes http:// links for port {port}; serve HTTPS on 443."
            )
        site = point_default_site_at_public_address()
        self.stdout.write(
            self.style.SUCCESS(
                f"The default Site now names {site.hostname}:{site.port} "
                f"(it named {old_host}:{old_port})."
            )
        )
