"""The demo's settings with a small bound on visited pages kept offline, for
``test_offline_packs.test_visited_pages_are_kept_to_the_bound``."""

from museum.settings.dev import *  # noqa: F403

OFFLINE_PAGE_LIMIT = 4
