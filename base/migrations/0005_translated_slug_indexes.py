"""Index the translated slugs of every page, as their field declares.

A slug is a ``SlugField`` (``db_index=True``) and so are its translations, but
wagtail-modeltranslation adds the ``slug_<language>`` columns of ``wagtailcore_page``
after the migrations (``sync_page_translation_fields``) with a bare ``ALTER TABLE``
and no index. Routing asks for a child by its translated slug
(``base.translated_slugs.route``); without the index the database reads every page
under the parent to find it, which under the home page is the whole catalogue (7 to
19 ms a request at 10,000 species, on every page of the site).

The columns are added here when missing (a new database), with their index, the way
the later sync would have added them, and indexed when they exist.
"""

from django.conf import settings
from django.db import migrations
from modeltranslation.utils import build_localized_fieldname


def _slug_fields():
    from wagtail.models import Page  # the patched model: its translated fields exist

    for language, _name in settings.LANGUAGES:
        yield Page, Page._meta.get_field(build_localized_fieldname("slug", language))


def index_translated_slugs(apps, schema_editor):
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        columns = {
            c.name
            for c in connection.introspection.get_table_description(cursor, "wagtailcore_page")
        }
        indexed = {
            tuple(constraint["columns"])
            for constraint in connection.introspection.get_constraints(
                cursor, "wagtailcore_page"
            ).values()
            if constraint["index"]
        }
    for page_model, field in _slug_fields():
        if field.column not in columns:
            schema_editor.add_field(page_model, field)  # the column and its index
        elif (field.column,) not in indexed:
            schema_editor.execute(schema_editor._create_index_sql(page_model, fields=[field]))


def drop_translated_slug_indexes(apps, schema_editor):
    for page_model, field in _slug_fields():
        for name in schema_editor._constraint_names(page_model, [field.column], index=True):
            schema_editor.execute(schema_editor._delete_index_sql(page_model, name))


class Migration(migrations.Migration):
    dependencies = [
        ("base", "0004_translated_source_notes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(index_translated_slugs, drop_translated_slug_indexes)]
