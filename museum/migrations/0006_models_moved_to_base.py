"""CreditedImage, CreditedRendition and Commune moved to ``base`` with their tables:
only Django's record of the models changes, not the database."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('species', '0005_source_and_image_from_base'),
        ('base', '0001_moved_from_museum_and_knowledge'),
        ('museum', '0005_cited_source_names'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
            migrations.AlterField(
                model_name='placepage',
                name='commune',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.commune', verbose_name='commune'),
            ),
            migrations.AlterField(
                model_name='gardenpage',
                name='commune',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.commune', verbose_name='commune'),
            ),
            migrations.AlterField(
                model_name='gardenstationpage',
                name='commune',
                field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.commune', verbose_name='commune'),
            ),
            migrations.RemoveField(
                model_name='creditedimage',
                name='collection',
            ),
            migrations.RemoveField(
                model_name='creditedimage',
                name='tags',
            ),
            migrations.RemoveField(
                model_name='creditedimage',
                name='uploaded_by_user',
            ),
            migrations.RemoveField(
                model_name='creditedrendition',
                name='image',
            ),
            migrations.AlterUniqueTogether(
                name='creditedrendition',
                unique_together=None,
            ),
            migrations.AlterField(
                model_name='eventsource',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='exhibitsource',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='placesource',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.DeleteModel(
                name='Commune',
            ),
            migrations.DeleteModel(
                name='CreditedImage',
            ),
            migrations.DeleteModel(
                name='CreditedRendition',
            ),
            ],
        ),
    ]
