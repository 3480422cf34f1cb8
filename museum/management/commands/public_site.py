"""manage.py public_site: point the default Wagtail Site at PUBLIC_BASE_URL."""

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
        (old_host, old_port), _public = mismatch
        site = point_default_site_at_public_address()
        self.stdout.write(
            self.style.SUCCESS(
                f"The default Site now names {site.hostname}:{site.port} "
                f"(it named {old_host}:{old_port})."
            )
        )
