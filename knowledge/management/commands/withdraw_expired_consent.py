"""Withdraw every knowledge item whose consent for display has expired (run it daily)."""

from django.core.management.base import BaseCommand

from knowledge.withdrawal import withdraw_expired


class Command(BaseCommand):
    help = (
        "Unpublish, withhold and remove from search every item whose consent has expired. "
        "Searches also do this once a day; run it from cron to be sure."
    )

    def handle(self, *args, **options):
        withdrawn = withdraw_expired()
        for item in withdrawn:
            self.stdout.write(f"  withdrawn: {item.title} (id {item.pk})")
        self.stdout.write(self.style.SUCCESS(f"{len(withdrawn)} item(s) withdrawn."))
