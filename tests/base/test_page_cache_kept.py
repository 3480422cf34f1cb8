"""Values derived from content (filter lists, sitemaps, offline packs) are kept in the
shared cache until content changes in any process, or the day ends."""

import datetime

import pytest

from base import page_cache


class Counting:
    """A computation that says how often it ran."""

    def __init__(self, value="value"):
        self.value, self.runs = value, 0

    def __call__(self):
        self.runs += 1
        return self.value


@pytest.fixture(autouse=True)
def empty_cache(settings):
    settings.PAGE_CACHE_SECONDS = 600
    page_cache.shared_cache().clear()


def test_a_value_is_computed_once_per_generation_and_parts(db):
    compute = Counting()
    assert page_cache.kept("lists", compute, "vi", 3) == "value"
    assert page_cache.kept("lists", compute, "vi", 3) == "value"
    assert compute.runs == 1
    page_cache.kept("lists", compute, "en", 3)  # another language is another value
    assert compute.runs == 2


def test_a_change_in_content_computes_it_again(db):
    compute = Counting()
    page_cache.kept("lists", compute)
    page_cache.invalidate()  # a publish, a restriction, a takedown, in any process
    page_cache.kept("lists", compute)
    assert compute.runs == 2


def test_the_next_day_computes_it_again(db, monkeypatch):
    """Consent to show knowledge expires by date."""
    compute = Counting()
    page_cache.kept("lists", compute)

    tomorrow = datetime.date.today() + datetime.timedelta(days=1)

    class Tomorrow(datetime.date):
        @classmethod
        def today(cls):
            return tomorrow

    monkeypatch.setattr(page_cache.datetime, "date", Tomorrow)
    page_cache.kept("lists", compute)
    assert compute.runs == 2


def test_nothing_found_is_kept_too(db):
    compute = Counting(value=None)
    assert page_cache.kept("pack", compute) is None
    assert page_cache.kept("pack", compute) is None
    assert compute.runs == 1


def test_with_the_page_cache_off_it_is_computed_each_time(db, settings):
    settings.PAGE_CACHE_SECONDS = 0
    compute = Counting()
    page_cache.kept("lists", compute)
    page_cache.kept("lists", compute)
    assert compute.runs == 2
    page_cache.kept("pack", compute, timeout=60)  # a value with its own lifetime
    page_cache.kept("pack", compute, timeout=60)
    assert compute.runs == 3


def test_the_key_holds_the_generation_read_before_the_value(db):
    """A value computed while another process changes content is kept under the
    generation that change leaves behind, never under the next one."""
    before = page_cache.kept_key("lists", "vi")

    def changed_meanwhile():
        page_cache.invalidate()
        return "old rows"

    page_cache.kept("lists", changed_meanwhile, "vi")
    assert page_cache.shared_cache().get(before) == ("old rows",)
    assert page_cache.kept("lists", Counting("new rows"), "vi") == "new rows"
