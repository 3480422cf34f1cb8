"""What ``/healthz`` checks: the database, the search indexes, both caches and the media
storages, each answered as ``ok`` or ``fail``.

The answer is read by a load balancer or a monitor on the open internet, so it says
only which part failed; why it failed (paths, hosts, exception text) goes to the log.
Every check catches everything: a health check that itself crashes would answer 500
and hide which part is broken.

Background tasks are ``degraded`` when work has waited too long in the queue (the
worker is down). Search is ``degraded``, not ``fail``, when Elasticsearch is down but
the embedded index answers: the service already serves visitors from the embedded
index, and failing the health check would make a load balancer take every healthy
server out at once.
"""

import contextlib
import logging
import uuid

from django.conf import settings
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.db import connection
from django.utils import timezone

from base.tasks import run_by_worker
from knowledge.models import protected_storage
from search import service

logger = logging.getLogger(__name__)

OK, DEGRADED, FAIL = "ok", "degraded", "fail"
CACHE_ALIASES = ("default", "pages")


def check_database():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:
        logger.exception("Health check: the database did not answer")
        return FAIL
    return OK


def _backend_answers(backend):
    # The embedded index can check its file's structure; Elasticsearch is asked to count.
    check = getattr(backend, "check", None)
    try:
        if callable(check):
            check()
        else:
            backend.count()
    except Exception:
        logger.exception("Health check: the %s search index did not answer", backend.name)
        return False
    return True


def check_search():
    try:
        backends = service.backends()
    except Exception:
        logger.exception("Health check: the search backends could not be set up")
        return FAIL
    answers = [_backend_answers(backend) for backend in backends]
    if answers and all(answers):
        return OK
    return DEGRADED if any(answers) else FAIL


def check_cache():
    for alias in CACHE_ALIASES:
        # A key of its own: several workers checking at once must not read each other's.
        key, value = f"healthz:{uuid.uuid4().hex}", uuid.uuid4().hex
        try:
            cache = caches[alias]
            cache.set(key, value, 30)
            found = cache.get(key)
            cache.delete(key)
        except Exception:
            logger.exception("Health check: the %r cache failed", alias)
            return FAIL
        if found != value:
            logger.error("Health check: the %r cache did not keep a value", alias)
            return FAIL
    return OK


# Where uploads are written, by the name the log gives them: public images and documents,
# and the files of protected knowledge. Called, so a changed setting is read.
MEDIA_STORAGES = {"default": lambda: default_storage, "protected": protected_storage}


# The answer of the last media check, shared by every process: /healthz is open to the
# internet and polled by monitors, and each check writes a file to every storage (a
# paid request per bucket on S3), so a storage is written to at most once a minute.
MEDIA_CHECK_KEY = "healthz:media"
MEDIA_CHECK_SECONDS = 60


def check_media():
    """``fail`` unless each media storage in use can save a small file and delete it
    (the answer of a check less than ``MEDIA_CHECK_SECONDS`` old is given again).

    Writing through the storage itself is the only sure test: a read-only mount or a
    folder owned by another user passes an existence check, and a bucket with wrong
    credentials or a wrong name is only found out by writing to it. A folder not made
    yet is made, as the first upload would."""
    try:
        recent = caches["default"].get(MEDIA_CHECK_KEY)
    except Exception:  # noqa: BLE001 - check_cache logs it; the storages are still checked
        recent = None
    if recent is not None:
        return recent
    answer = _write_to_each_storage()
    with contextlib.suppress(Exception):  # a cache that is down: check_cache says so
        caches["default"].set(MEDIA_CHECK_KEY, answer, MEDIA_CHECK_SECONDS)
    return answer


def _write_to_each_storage():
    for name, storage_for in MEDIA_STORAGES.items():
        try:
            storage = storage_for()
            saved = storage.save(f"healthz-{uuid.uuid4().hex}.txt", ContentFile(b"ok"))
            storage.delete(saved)
        except Exception:
            logger.exception("Health check: the %s media storage could not save a file", name)
            return FAIL
    return OK


def check_tasks():
    """``degraded`` when background work has waited longer than ``TASKS_LATE_AFTER``: the
    worker (``manage.py db_worker``) is stopped or behind. Visitors are still served (the
    public search is written at once); what waits is Wagtail's reference index and the
    admin's search."""
    if not run_by_worker():
        return OK  # work runs where it is caused: nothing queues
    try:
        from django_tasks_db.models import DBTaskResult

        late = timezone.now() - settings.TASKS_LATE_AFTER
        waiting = DBTaskResult.objects.ready().filter(enqueued_at__lt=late).exists()
    except Exception:
        logger.exception("Health check: the background task queue could not be read")
        return FAIL
    if waiting:
        logger.warning(
            "Health check: background work has waited more than %s; is db_worker running?",
            settings.TASKS_LATE_AFTER,
        )
        return DEGRADED
    return OK


CHECKS = {
    "database": check_database,
    "search": check_search,
    "cache": check_cache,
    "media": check_media,
    "tasks": check_tasks,
}


def run_checks():
    """Each part's state by name; the site is healthy when none is ``fail``."""
    return {name: check() for name, check in CHECKS.items()}


def is_healthy(checks):
    """True when no check failed (a degraded part still serves visitors)."""
    return FAIL not in checks.values()
