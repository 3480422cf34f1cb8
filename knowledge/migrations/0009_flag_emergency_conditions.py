"""Flag the conditions that need emergency care, so their remedies say so first (issue 15).

Matched by code: the demo's "snakebite" and "bleeding" (its description covers vomiting
blood, post-partum bleeding and trauma), and the usual codes for heavy bleeding and
poisoning where a site has them. Curators tick or untick the flag in the admin.
"""

from django.db import migrations

EMERGENCY_CODES = [
    "snakebite",
    "snake-bite",
    "bleeding",
    "heavy-bleeding",
    "haemorrhage",
    "hemorrhage",
    "poisoning",
]


def flag(apps, schema_editor):
    Condition = apps.get_model("knowledge", "Condition")
    Condition.objects.filter(code__in=EMERGENCY_CODES).update(is_emergency=True)


def unflag(apps, schema_editor):
    Condition = apps.get_model("knowledge", "Condition")
    Condition.objects.filter(code__in=EMERGENCY_CODES).update(is_emergency=False)


class Migration(migrations.Migration):
    dependencies = [("knowledge", "0008_condition_is_emergency")]
    operations = [migrations.RunPython(flag, unflag)]
