"""The demo's pages in French and Chinese, translated from their sourced Vietnamese and
English texts (nothing added), one module per language: ``PAGES`` maps a page's
Vietnamese URL path to its translated fields.

They are applied after the demo is built; every translation stays "translated, not yet
reviewed" (``base.translation_status``) until a curator reviews it, and visitors see
that note.
"""

from importlib import import_module

from wagtail.models import Page

from base.progress import progress

# Site language code -> the module holding its texts.
LANGUAGES = {"fr": "fr", "zh-hans": "zh_hans"}


def translations():
    """{vi url path: {field: {language: text}}} over every language module."""
    merged = {}
    for code, module in LANGUAGES.items():
        pages = import_module(f"{__name__}.{module}").PAGES
        for path, fields in pages.items():
            for field, text in fields.items():
                merged.setdefault(path, {}).setdefault(field, {})[code] = text
    return merged


def apply(stream=None):
    """Give the demo's pages their French and Chinese texts and publish them; returns
    the number of pages translated. A page the demo no longer has is skipped."""
    merged = translations()
    pages = {p.url_path_vi: p for p in Page.objects.filter(url_path_vi__in=merged).specific()}
    done = 0
    for path in progress(list(merged), len(merged), stream, "translations"):
        page = pages.get(path)
        if page is None:
            continue
        changed = False
        for field, texts in merged[path].items():
            for code, text in texts.items():
                column = f"{field}_{code.replace('-', '_')}"
                if hasattr(page, column) and getattr(page, column) != text:
                    setattr(page, column, text)
                    changed = True
        if changed:
            page.save_revision().publish()
        done += 1
    return done
