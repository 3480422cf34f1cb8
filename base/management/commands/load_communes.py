"""manage.py load_communes [--province lai-chau|lao-cai]: the communes from the packages.

Creates or updates the Commune rows of today's communes (after July 2025) with their
official code and centre, from ``base.admin_units``. Never deletes a commune (pages
point at them), never touches the former district (the literature's name for the
place), and leaves a centre alone where the package has none. Safe to re-run.
"""

import unicodedata

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand
from django.db import transaction

from base import admin_units
from base.models import Commune, Province
from base.page_cache import one_invalidation
from base.progress import progress

CHOICES = list(admin_units.OFFICIAL_CODES)


def _same_name(a, b):
    return unicodedata.normalize("NFC", a).casefold() == unicodedata.normalize("NFC", b).casefold()


class Command(BaseCommand):
    help = (
        "Create or update the communes of Lai Châu and Lào Cai (after July 2025) with "
        "their official codes and centres, from vietnam-provinces and vietnamadminunits. "
        "Deletes nothing and keeps each commune's former district."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--province",
            choices=CHOICES,
            action="append",
            help="Load only this province (may be repeated); both by default.",
        )

    def handle(self, *args, **options):
        provinces = options["province"] or CHOICES
        source = admin_units.position_source()
        totals = dict.fromkeys(("created", "updated", "unchanged", "skipped"), 0)
        with transaction.atomic(), one_invalidation():
            for province in provinces:
                counts = self._load(province, source)
                for key in totals:
                    totals[key] += counts[key]
        self.stdout.write(
            self.style.SUCCESS(
                f"Communes: {totals['created']} created, {totals['updated']} updated, "
                f"{totals['unchanged']} unchanged, {totals['skipped']} skipped ({source})."
            )
        )

    def _load(self, province, source):
        units = admin_units.communes(province)
        label = Province(province).label
        self.stdout.write(f"{label} ({admin_units.official_code(province)}): {len(units)} communes")
        counts = dict.fromkeys(("created", "updated", "unchanged", "skipped"), 0)
        rows = list(Commune.objects.filter(province=province))
        # Codes are national: a row filed under another province is found, and moved.
        by_code = {
            row.code: row
            for row in Commune.objects.filter(code__in=[u.code for u in units]).order_by("-pk")
        }
        for unit in progress(units, len(units), self.stderr, label):
            row = by_code.get(unit.code)
            if row is not None and row.province != province:
                rows.append(row)
            if row is None:
                row = next((r for r in rows if not r.code and _same_name(r.name, unit.name)), None)
            if row is None:
                row = next((r for r in rows if _same_name(r.name, unit.name)), None)
            created = row is None
            if created:
                row = Commune(name=unit.name, province=province)
                rows.append(row)
            changed = self._apply(row, unit, province, source, rows)
            if not (created or changed):
                counts["unchanged"] += 1
                continue
            try:
                row.full_clean()
            except ValidationError as error:
                # One odd row (a name clash after a move) must not stop the others.
                self.stderr.write(
                    f"  {unit.code} {unit.name}: skipped; {'; '.join(error.messages)}"
                )
                counts["skipped"] += 1
                if created:
                    rows.remove(row)
                continue
            row.save()
            counts["created" if created else "updated"] += 1
        self.stdout.write(
            f"  {counts['created']} created, {counts['updated']} updated, "
            f"{counts['unchanged']} unchanged, {counts['skipped']} skipped"
        )
        return counts

    def _apply(self, row, unit, province, source, rows):
        """Bring ``row`` in line with ``unit``; True when anything changed."""
        wanted = {"code": unit.code, "province": province}
        if unit.has_centre:
            wanted.update(latitude=unit.latitude, longitude=unit.longitude, position_source=source)
        if row.name != unit.name:
            taken = any(r is not row and _same_name(r.name, unit.name) for r in rows)
            if taken:
                self.stderr.write(
                    f"  {unit.code}: kept the name “{row.name}”; another commune here is "
                    f"already called “{unit.name}”."
                )
            else:
                wanted["name"] = unit.name
        changed = False
        for field, value in wanted.items():
            if getattr(row, field) != value:
                setattr(row, field, value)
                changed = True
        return changed
