"""Template tags for translated fields: show a value and say when it falls back."""

import re

from django import template
from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.template.loader import render_to_string
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.templatetags.wagtailcore_tags import richtext

from base.fallbacks import current_language, has_text, is_fallback
from base.translation_status import UNREVIEWED, status

register = template.Library()

# The wrapper's name is written into the markup unescaped, so only plain element names pass.
ELEMENT_NAME = re.compile(r"[a-z][a-z0-9]*\Z")


def _is_rich_text(obj, field):
    try:
        return isinstance(obj._meta.get_field(field), RichTextField)
    except (AttributeError, FieldDoesNotExist):
        return False  # not a model field: escaping it as plain text is the safe guess


# Set in the page's context once the notice has been shown: one notice per page, at
# the first value that falls back, however many follow.
NOTICE_SHOWN = "_fallback_notice_shown"


@register.simple_tag(takes_context=True)
def translated(context, obj, field, tag="", notice=True, **attrs):
    """``obj.field`` in the current language, marked up honestly when it falls back.

    A RichTextField goes through Wagtail's ``richtext`` filter; any other field is
    escaped as plain text. An empty field renders nothing.

    When the value shown is the Vietnamese original for want of a translation, it is
    wrapped in an element with ``lang="vi"`` (a ``div`` for rich text, a ``span`` for
    plain text, unless ``tag`` names one). The first such value of a page is preceded by
    the shared fallback notice (in the visitor's language) unless ``notice=False``; the
    page says it once, not at every field. Otherwise the value is bare, or wrapped in
    ``tag`` when one is given.
    ``class`` sets the wrapper's class::

        {% translated page "intro" %}
        {% translated page "summary" tag="p" class="lead" notice=False %}
    """
    unknown = set(attrs) - {"class"}
    if unknown:
        raise TypeError(f"translated got unexpected arguments: {', '.join(sorted(unknown))}")
    if tag and not ELEMENT_NAME.match(tag):
        raise ValueError(f"translated: {tag!r} is not an element name")

    value = getattr(obj, field, None)
    if not has_text(value):
        return ""
    rich = _is_rich_text(obj, field)
    content = richtext(value) if rich else value
    fallback = is_fallback(obj, field)
    if not fallback and not tag:
        return format_html("{}", content)

    tag = tag or ("div" if rich else "span")
    css = format_html(' class="{}"', attrs["class"]) if attrs.get("class") else ""
    lang = format_html(' lang="{}"', settings.MODELTRANSLATION_DEFAULT_LANGUAGE) if fallback else ""
    element = format_html("<{0}{1}{2}>{3}</{0}>", mark_safe(tag), css, lang, content)
    if fallback and notice and not context.get(NOTICE_SHOWN):
        context.dicts[0][NOTICE_SHOWN] = True
        return format_html("{}{}", render_to_string("includes/fallback_notice.html"), element)
    return element


@register.inclusion_tag("includes/translation_note.html")
def translation_note(page):
    """A note on a page whose translation into the visitor's language has not been
    reviewed yet; nothing on the original, on a reviewed translation, or where the page
    falls back to Vietnamese (the fallback notice says that)."""
    language = current_language()
    # ``page`` is not always a Wagtail page: a listing may name its paginator's page so.
    unreviewed = isinstance(page, Page) and status(page.specific, language) == UNREVIEWED
    return {"unreviewed": unreviewed}
