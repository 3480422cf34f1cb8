"""What a server process does once, after loading the site and before its first request."""

import gc

from django.urls import get_resolver


def freeze_loaded_site():
    """Load the URLconf, then keep every object alive out of the garbage collector's
    full collections (``gc.freeze()``).

    A loaded site holds about 230,000 objects that live as long as the process (models,
    URL patterns, views, translations). A full collection walks all of them, and Python
    starts one every few dozen requests: it stopped one request in about thirty for
    150 to 340 ms (the bench's protected list and API lists). Frozen, the collector
    walks only what came after: what requests made, and the templates and caches they
    loaded (20 to 50 ms). The URLconf is loaded first so that its view modules are
    frozen too, rather than imported by the first request; ``gc.collect()`` first so
    that no garbage of the start-up is frozen with them. A frozen object is never
    collected: fine for what a server loads once and keeps.
    """
    get_resolver().url_patterns  # noqa: B018 (imports every view module)
    gc.collect()
    gc.freeze()
