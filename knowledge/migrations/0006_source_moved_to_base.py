"""Source moved to ``base`` with its table: only Django's record changes."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('species', '0005_source_and_image_from_base'),
        ('museum', '0006_models_moved_to_base'),
        ('base', '0001_moved_from_museum_and_knowledge'),
        ('knowledge', '0005_knowledge_media_checked_content_type'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
            migrations.AlterField(
                model_name='knowledgeitemsource',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.AlterField(
                model_name='remedyevidence',
                name='source',
                field=models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='base.source', verbose_name='source'),
            ),
            migrations.DeleteModel(
                name='Source',
            ),
            ],
        ),
    ]
