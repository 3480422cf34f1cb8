"""What it costs to answer a request, for tests that pin a page's cost at two scales."""

from django.db import connection
from django.db.models.signals import post_init
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from base import site_lookup


def cost(client, path):
    """(queries, page objects built, the longest query) to answer ``path`` with a 200.

    Work that grows with the catalogue shows in one of them: more queries, every
    sibling or every item built in Python, or a query naming every id (``pk IN (…)``).
    Each request finds its site as a process's first does (``base.site_lookup`` keeps
    it until content changes), so that two costs compare whatever changed between them.
    """
    site_lookup.forget()
    built = []

    def count(sender, instance, **kwargs):
        if isinstance(instance, Page):
            built.append(instance)

    post_init.connect(count)
    try:
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
    finally:
        post_init.disconnect(count)
    assert response.status_code == 200, path
    return len(queries), len(built), max(len(q["sql"]) for q in queries)
