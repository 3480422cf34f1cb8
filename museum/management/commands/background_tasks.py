"""manage.py background_tasks: what waits for the worker, what it failed, and waiting for it."""

import time

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from base.tasks import run_by_worker


class Command(BaseCommand):
    help = (
        "Show the background work queued for 'manage.py db_worker' (Wagtail's reference "
        "index, the admin's search): how many tasks wait, run and failed, and how long the "
        "oldest has waited. --wait N waits up to N seconds for the queue to empty. Exits "
        "non-zero when a task failed or the queue did not empty in time."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--wait", type=int, default=0, metavar="SECONDS", help="Wait for an empty queue."
        )

    def handle(self, *args, **options):
        if not run_by_worker():
            self.stdout.write(
                "Background work runs where it is caused (TASKS_BACKEND is not 'database'): "
                "nothing is queued."
            )
            return
        from django_tasks_db.models import DBTaskResult

        deadline = time.monotonic() + options["wait"]
        while True:
            results = DBTaskResult.objects
            waiting, running = results.ready().count(), results.running().count()
            if not (waiting or running) or time.monotonic() >= deadline:
                break
            time.sleep(1)
        failed = results.failed()
        oldest = results.ready().order_by("enqueued_at").first()
        age = f", the oldest for {timezone.now() - oldest.enqueued_at}" if oldest else ""
        self.stdout.write(
            f"{waiting} waiting{age}, {running} running, {failed.count()} failed, "
            f"{results.successful().count()} done."
        )
        for result in failed.order_by("-finished_at")[:10]:
            error = (result.exception_class_path or "").rsplit(".", 1)[-1]
            self.stdout.write(f"  failed: {result.task_path} {result.args_kwargs} {error}")
        if failed.exists():
            raise CommandError(
                "Background tasks failed (above; the worker's log has the tracebacks)."
            )
        if options["wait"] and (waiting or running):
            raise CommandError(
                f"The queue did not empty in {options['wait']} s: is 'manage.py db_worker' running?"
            )
