"""The tables stay where the museum and knowledge apps created them (each model's
``db_table`` names them); this migration only tells Django the models live here now,
and gives their content types (tags, permissions, reference index) the new app label."""

import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


MOVED = {"museum": ["creditedimage", "creditedrendition", "commune"], "knowledge": ["source"]}


def relabel_content_types(apps, schema_editor, forward=True):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for old_app, models in MOVED.items():
        before, after = (old_app, "base") if forward else ("base", old_app)
        for model in models:
            if not ContentType.objects.filter(app_label=after, model=model).exists():
                ContentType.objects.filter(app_label=before, model=model).update(app_label=after)


def relabel_content_types_back(apps, schema_editor):
    relabel_content_types(apps, schema_editor, forward=False)


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('museum', '0005_cited_source_names'),
        ('knowledge', '0005_knowledge_media_checked_content_type'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            database_operations=[],
            state_operations=[
            migrations.CreateModel(
                name='Source',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('kind', models.CharField(choices=[('book', 'Book'), ('article', 'Journal article'), ('web', 'Web page'), ('report', 'Report'), ('legal', 'Legal text'), ('dataset', 'Dataset'), ('interview', 'Interview'), ('field', 'Field record')], default='web', max_length=20, verbose_name='kind')),
                    ('authors', models.CharField(blank=True, max_length=500, verbose_name='authors')),
                    ('year', models.PositiveSmallIntegerField(blank=True, null=True, verbose_name='year')),
                    ('title', models.CharField(max_length=500, verbose_name='title')),
                    ('publisher', models.CharField(blank=True, max_length=255, verbose_name='publisher, journal or website')),
                    ('url', models.URLField(blank=True, max_length=500, verbose_name='URL')),
                    ('pages', models.CharField(blank=True, max_length=50, verbose_name='pages')),
                    ('note', models.CharField(blank=True, help_text="What this source is trusted for, or a caveat (e.g. 'secondary source').", max_length=500, verbose_name='note')),
                ],
                options={
                    'verbose_name': 'source',
                    'verbose_name_plural': 'sources',
                    'db_table': 'knowledge_source',
                    'ordering': ['title'],
                },
                bases=(modelsearch.index.Indexed, models.Model),
            ),
            migrations.CreateModel(
                name='Commune',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('name', models.CharField(max_length=120, verbose_name='name')),
                    ('province', models.CharField(choices=[('lai-chau', 'Lai Châu'), ('lao-cai', 'Lào Cai'), ('vietnam', 'elsewhere in Vietnam'), ('abroad', 'outside Vietnam')], max_length=20, verbose_name='province')),
                    ('former_district', models.CharField(blank=True, help_text='The district before July 2025, as the literature names it.', max_length=120, verbose_name='former district')),
                    ('latitude', models.DecimalField(blank=True, decimal_places=5, max_digits=8, null=True, verbose_name='latitude of the centre')),
                    ('longitude', models.DecimalField(blank=True, decimal_places=5, max_digits=8, null=True, verbose_name='longitude of the centre')),
                    ('position_source', models.CharField(blank=True, max_length=255, verbose_name='where the position comes from')),
                ],
                options={
                    'verbose_name': 'commune',
                    'verbose_name_plural': 'communes',
                    'db_table': 'museum_commune',
                    'ordering': ['province', 'name'],
                    'unique_together': {('province', 'name')},
                },
            ),
            migrations.CreateModel(
                name='CreditedImage',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('title', models.CharField(max_length=255, verbose_name='title')),
                    ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                    ('description', models.CharField(blank=True, default='', max_length=255, verbose_name='description')),
                    ('width', models.IntegerField(editable=False, verbose_name='width')),
                    ('height', models.IntegerField(editable=False, verbose_name='height')),
                    ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                    ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                    ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                    ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                    ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                    ('credit', models.CharField(blank=True, help_text='Photographer or author, as it must appear under the image.', max_length=255, verbose_name='credit')),
                    ('licence', models.CharField(blank=True, help_text="For example CC BY 4.0, CC0, or 'used with permission of …'.", max_length=100, verbose_name='licence')),
                    ('source_url', models.URLField(blank=True, verbose_name='source URL')),
                    ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                    ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                    ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
                ],
                options={
                    'db_table': 'museum_creditedimage',
                },
                bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
            ),
            migrations.CreateModel(
                name='CreditedRendition',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('filter_spec', models.CharField(db_index=True, max_length=255)),
                    ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                    ('width', models.IntegerField(editable=False)),
                    ('height', models.IntegerField(editable=False)),
                    ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                    ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='base.creditedimage')),
                ],
                options={
                    'db_table': 'museum_creditedrendition',
                    'unique_together': {('image', 'filter_spec', 'focal_point_key')},
                },
                bases=(wagtail.images.models.ImageFileMixin, models.Model),
            ),
            ],
        ),
        migrations.RunPython(relabel_content_types, relabel_content_types_back),
    ]
