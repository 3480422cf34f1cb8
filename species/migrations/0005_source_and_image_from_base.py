"""Foreign keys now name the models in ``base``; the tables and columns are unchanged."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('base', '0001_moved_from_museum_and_knowledge'),
        ('species', '0004_vernacular_name_access'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
            migrations.AlterField(
                model_name='distribution',
                name='source',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='lookalike',
                name='source',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='speciesassessment',
                name='source',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='speciesimage',
                name='image',
                field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='base.creditedimage', verbose_name='image'),
            ),
            migrations.AlterField(
                model_name='speciessource',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='vernacularname',
                name='source',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='base.source', verbose_name='source'),
            ),
            ],
        ),
    ]
