"""Reading levels: one text for children, for everyone and for experts.

The level a page shows comes from ``?level=`` (a real link: the switch works without
scripts, and a lesson kit sends pupils to the child's text), read through
``ReadingLevelForm`` so that anything else means "for everyone". Every version of a
text is in the page, those not shown ``hidden``: ``site.js`` swaps them without a
reload and remembers the visitor's choice for later pages (the server cannot know it,
so a plain address always answers the general text, and the page cache, which keys
pages by their query, never serves one level's page for another's address).

A version is offered only where it says something in the visitor's language: an empty
one, or one that would fall back to Vietnamese while the general text is in the
visitor's language, gives way to the general text (a French child is better served by
the French general text than by a Vietnamese one for children).
"""

from collections.abc import Mapping
from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from base.fallbacks import has_text, is_fallback

CHILD, GENERAL, EXPERT = "child", "general", "expert"
# In the order the switch offers them: from the simplest to the most technical.
LEVELS = (
    (CHILD, _("For children")),
    (GENERAL, _("For everyone")),
    (EXPERT, _("For experts")),
)
LABELS = dict(LEVELS)
# The model fields of a text's other levels are named after the general one's:
# ``summary`` -> ``summary_for_children``, ``summary_for_experts``.
FIELD_SUFFIXES = {CHILD: "_for_children", GENERAL: "", EXPERT: "_for_experts"}


class ReadingLevelForm(forms.Form):
    """``?level=``: one of ``LEVELS``; anything else (or nothing) is the general level."""

    level = forms.ChoiceField(choices=LEVELS, required=False)


def chosen_level(request):
    """The level ``request`` asks for, ``GENERAL`` unless it names a known one."""
    if request is None:
        return GENERAL
    level = getattr(request, "_reading_level", None)
    if level is None:
        form = ReadingLevelForm(request.GET)
        level = (form.is_valid() and form.cleaned_data["level"]) or GENERAL
        request._reading_level = level
    return level


@dataclass(frozen=True)
class Version:
    """One level of a text: ``value`` is the text itself (a block's) or the name of the
    model field that holds it (a page's); ``shown`` for the one the page shows."""

    level: str
    value: object
    shown: bool = False

    @property
    def label(self):
        return LABELS[self.level]


class Versions(list):
    """The versions of one text, in the order of ``LEVELS``."""

    @property
    def levels(self):
        return [version.level for version in self]

    @property
    def shown(self):
        return next((version for version in self if version.shown), None)


def _versions(available, level):
    """``available`` ({level: value}, the general one included) as ``Versions``, with
    ``level`` shown when it is there and the general text otherwise."""
    shown = level if level in available else GENERAL
    return Versions(
        Version(code, available[code], code == shown)
        for code, _label in LEVELS
        if code in available
    )


def field_versions(obj, field, level):
    """The versions of ``obj.field`` (``summary``) and its sibling fields at other levels
    (``summary_for_children``...), each named by its field, as the current language
    offers them; nothing when the general text is empty."""
    if not has_text(getattr(obj, field, None)):
        return Versions()
    general_falls_back = is_fallback(obj, field)
    available = {GENERAL: field}
    for code in (CHILD, EXPERT):
        name = field + FIELD_SUFFIXES[code]
        if has_text(getattr(obj, name, None)) and (
            general_falls_back or not is_fallback(obj, name)
        ):
            available[code] = name
    return _versions(available, level)


def block_versions(value, level):
    """The versions of a block's value with ``general``, ``child`` and ``expert`` texts
    (a whole stream is in one language, so no version falls back on its own)."""
    available = {}
    for code, _label in LEVELS:
        text = value.get(code) if isinstance(value, Mapping) else None
        if has_text(text):
            available[code] = text
    if GENERAL not in available:
        return Versions()
    return _versions(available, level)


def stream_levels(stream):
    """The levels offered by the levelled blocks of ``stream`` together, in the order
    of ``LEVELS``: what a page's switch offers."""
    found = set()
    for block in stream or ():
        value = getattr(block, "value", None)
        # A levelled text is any block whose value holds a general text: this floor
        # knows no app's block names.
        if isinstance(value, Mapping) and GENERAL in value:
            found.update(block_versions(value, GENERAL).levels)
    return [code for code, _label in LEVELS if code in found]
