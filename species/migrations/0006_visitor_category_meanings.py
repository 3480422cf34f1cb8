"""Category meanings are read by visitors: replace the curators' instruction under IUCN.

0002 seeded the IUCN CR, EN and VU meaning as "Đánh giá có năm; luôn ghi năm." ("always
record the year"), a note to curators that every species page then showed to the public
(issue 15). The meaning now says what a reader needs; the field's help text says who reads
it. A meaning a curator has since rewritten is left alone: only the seeded text changes.
"""

from django.db import migrations, models

# The seeded (curator-facing) wording and its replacement, per language field.
OLD = {
    "vi": "CR, EN và VU là các bậc bị đe dọa. Đánh giá có năm; luôn ghi năm.",
    "en": "CR, EN and VU are the threatened categories. Assessments are dated.",
}
NEW = {
    "vi": "CR, EN và VU là các bậc bị đe dọa. Mỗi đánh giá có năm đánh giá.",
    "en": "CR, EN and VU are the threatened categories. Each assessment carries its year.",
}
CODES = ("CR", "EN", "VU")


def _replace(apps, old, new):
    Category = apps.get_model("species", "ConservationCategory")
    for category in Category.objects.filter(scheme__code="iucn", code__in=CODES):
        changed = []
        # ``meaning`` is modeltranslation's base column; it holds the default (vi) text.
        for field, lang in (("meaning", "vi"), ("meaning_vi", "vi"), ("meaning_en", "en")):
            if getattr(category, field) == old[lang]:
                setattr(category, field, new[lang])
                changed.append(field)
        if changed:
            category.save(update_fields=changed)


def forwards(apps, schema_editor):
    _replace(apps, OLD, NEW)


def backwards(apps, schema_editor):
    _replace(apps, NEW, OLD)



class Migration(migrations.Migration):

    dependencies = [
        ('species', '0005_source_and_image_from_base'),
    ]

    operations = [
        migrations.AlterField(
            model_name='conservationcategory',
            name='meaning',
            field=models.TextField(blank=True, help_text='Shown to visitors under the category on every species page: write what the category means for a reader, not instructions for curators.', verbose_name='meaning'),
        ),
        migrations.AlterField(
            model_name='conservationcategory',
            name='meaning_en',
            field=models.TextField(blank=True, help_text='Shown to visitors under the category on every species page: write what the category means for a reader, not instructions for curators.', null=True, verbose_name='meaning'),
        ),
        migrations.AlterField(
            model_name='conservationcategory',
            name='meaning_fr',
            field=models.TextField(blank=True, help_text='Shown to visitors under the category on every species page: write what the category means for a reader, not instructions for curators.', null=True, verbose_name='meaning'),
        ),
        migrations.AlterField(
            model_name='conservationcategory',
            name='meaning_vi',
            field=models.TextField(blank=True, help_text='Shown to visitors under the category on every species page: write what the category means for a reader, not instructions for curators.', null=True, verbose_name='meaning'),
        ),
        migrations.AlterField(
            model_name='conservationcategory',
            name='meaning_zh_hans',
            field=models.TextField(blank=True, help_text='Shown to visitors under the category on every species page: write what the category means for a reader, not instructions for curators.', null=True, verbose_name='meaning'),
        ),
        migrations.RunPython(forwards, backwards),
    ]
