"""Conservation schemes' short names become translatable.

A short name is shown on badges, facets and list rows. Abbreviations (IUCN, CITES,
"NĐ 06/2019 · 84/2021", "TT 16/2022") read the same in every language, but 0002 seeded
one Vietnamese phrase, "Ưu tiên bảo vệ (64/2019)", which /en/, /fr/ and /zh-hans/ pages
showed as it was. The existing short name becomes the Vietnamese column (every scheme,
a curator's too), and the seeded phrase gets the other languages, in the words of 0002
and 0009's names of the list. A column is filled only where empty; the reverse clears
only what this migration wrote.
"""

from django.db import migrations, models

# code: {language column: text}
SHORT_NAMES = {
    "nd64-2019": {
        "en": "Priority protection (64/2019)",
        "fr": "Protection prioritaire (64/2019)",
        "zh_hans": "优先保护（64/2019）",
    },
}


def forwards(apps, schema_editor):
    Scheme = apps.get_model("species", "ConservationScheme")
    for scheme in Scheme.objects.all():
        if not scheme.short_name_vi:
            scheme.short_name_vi = scheme.short_name
        for lang, text in SHORT_NAMES.get(scheme.code, {}).items():
            if not getattr(scheme, f"short_name_{lang}"):
                setattr(scheme, f"short_name_{lang}", text)
        scheme.save()


def backwards(apps, schema_editor):
    Scheme = apps.get_model("species", "ConservationScheme")
    for scheme in Scheme.objects.filter(code__in=SHORT_NAMES):
        for lang, text in SHORT_NAMES[scheme.code].items():
            if getattr(scheme, f"short_name_{lang}") == text:
                setattr(scheme, f"short_name_{lang}", None)
        scheme.save()


class Migration(migrations.Migration):
    dependencies = [
        ("species", "0013_scientific_order_index"),
    ]

    operations = [
        migrations.AddField(
            model_name="conservationscheme",
            name="short_name_en",
            field=models.CharField(
                help_text="Shown on badges, e.g. 'IUCN'.",
                max_length=40,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.AddField(
            model_name="conservationscheme",
            name="short_name_fr",
            field=models.CharField(
                help_text="Shown on badges, e.g. 'IUCN'.",
                max_length=40,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.AddField(
            model_name="conservationscheme",
            name="short_name_vi",
            field=models.CharField(
                help_text="Shown on badges, e.g. 'IUCN'.",
                max_length=40,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.AddField(
            model_name="conservationscheme",
            name="short_name_zh_hans",
            field=models.CharField(
                help_text="Shown on badges, e.g. 'IUCN'.",
                max_length=40,
                null=True,
                verbose_name="short name",
            ),
        ),
        migrations.RunPython(forwards, backwards),
    ]
