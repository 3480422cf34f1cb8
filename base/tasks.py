"""Background tasks of the site (django-tasks), run by ``manage.py db_worker`` in
production and at once elsewhere (``TASKS_BACKEND``)."""

from django.apps import apps
from django.conf import settings
from django.db import transaction
from django_tasks import task
from wagtail.models import ReferenceIndex


def run_by_worker():
    """True when background work waits in the database for ``manage.py db_worker``
    (TASKS_BACKEND=database); False when it runs where it is caused."""
    return settings.TASKS["default"]["BACKEND"] == settings.TASK_BACKENDS["database"]


# Objects per reference-index task: one task per page made an import queue thousands.
REFERENCE_BATCH = 200


@task()
def update_reference_index(app_label, model_name, pks):
    """Record what each of these objects links to (Wagtail's reference index, behind the
    admin's "usage" lists), as Wagtail's own task does for one object on each save."""
    model = apps.get_model(app_label, model_name)
    if not ReferenceIndex.is_indexed(model):
        return
    for obj in model.objects.filter(pk__in=pks).iterator():
        with transaction.atomic():
            ReferenceIndex.create_or_update_for_object(obj)


def queue_reference_updates(objects):
    """Queue ``update_reference_index`` for ``objects`` (of any models), in batches."""
    by_model = {}
    for obj in objects:
        by_model.setdefault((obj._meta.app_label, obj._meta.model_name), []).append(obj.pk)
    for (app_label, model_name), pks in by_model.items():
        for start in range(0, len(pks), REFERENCE_BATCH):
            update_reference_index.enqueue(
                app_label, model_name, pks[start : start + REFERENCE_BATCH]
            )
