"""Building the value chain's pages from code: the demo, imports and tests use these."""

from base.content import ensure_index_page, set_translated
from species.services import ascii_slug
from valuechain.models import BatchIndexPage, DashboardPage, ProducerIndexPage, ProductIndexPage

INDEXES = {
    "producers": (
        ProducerIndexPage,
        {"vi": "Cơ sở sản xuất và vùng trồng", "en": "Producers and growing areas"},
        {"vi": "co-so-san-xuat", "en": "producers"},
    ),
    "products": (
        ProductIndexPage,
        {"vi": "Sản phẩm và OCOP", "en": "Products and OCOP"},
        {"vi": "san-pham", "en": "products"},
    ),
    "batches": (
        BatchIndexPage,
        {"vi": "Truy xuất nguồn gốc", "en": "Traceability"},
        {"vi": "truy-xuat", "en": "traceability"},
    ),
    "dashboard": (
        DashboardPage,
        {"vi": "Sản xuất so với mục tiêu", "en": "Production against the targets"},
        {"vi": "san-xuat", "en": "production"},
    ),
}


def ensure_value_chain_indexes(home):
    """{name: page} of the value chain's four top pages under ``home``, made if missing."""
    return {
        name: ensure_index_page(home, model, title, slug)
        for name, (model, title, slug) in INDEXES.items()
    }


def add_page(parent, page, title, publish=True):
    """Add ``page`` under ``parent`` with ``title`` per language ({'vi': …, 'en': …}) and
    slugs made from it, and publish it unless told not to."""
    set_translated(page, "title", title)
    set_translated(page, "slug", {lang: ascii_slug(text) for lang, text in title.items() if text})
    page.live = publish  # Wagtail makes a new page live unless told otherwise
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
        page.refresh_from_db()
    return page
