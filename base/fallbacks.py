"""Which translated field values fall back to Vietnamese, so a page can say so honestly.

Templates use them through ``{% translated %}`` (``base/templatetags/translated_fields.py``).
"""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname
from wagtail.blocks import StreamValue


def current_language():
    return (get_language() or settings.LANGUAGE_CODE).lower()


def is_fallback(obj, field, language=None):
    """True when ``field`` shows the Vietnamese text because the current language has none.

    An empty Vietnamese field is not a fallback: there is simply nothing to show.
    """
    language = language or current_language()
    source = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    if language == source:
        return False
    own = getattr(obj, build_localized_fieldname(field, language), None)
    original = getattr(obj, build_localized_fieldname(field, source), None)
    return bool(has_text(original) and not has_text(own))


def has_text(value):
    """True when a field holds something to show (not empty, not an empty paragraph)."""
    if value is None:
        return False
    if isinstance(value, StreamValue):
        # Counted, never rendered: its blocks' templates need the page's context.
        return len(value) > 0
    text = str(value).strip()
    return bool(text) and text not in {"<p></p>", "None"}
