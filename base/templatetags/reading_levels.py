"""Template tags for reading levels (``base.reading_levels``): which versions of a text a
page has, which one it shows, and the switch between them.

    {% load reading_levels %}
    {% field_versions page "summary" as summaries %}
    {% reading_level_switch summaries.levels %}
    {% stream_levels page.body as levels %}{% reading_level_switch levels %}
    {% block_versions value as versions %}
    {% field_versions species "summary" level="child" as summaries %}
"""

from django import template

from base import reading_levels

register = template.Library()


def _level(context, level=None):
    """``level`` when a template names a known one, else the one the request asks for."""
    if level in reading_levels.LABELS:
        return level
    return reading_levels.chosen_level(context.get("request"))


@register.simple_tag(takes_context=True)
def field_versions(context, obj, field, level=None):
    """The versions of ``obj.field`` and its sibling fields (``field_for_children``,
    ``field_for_experts``); ``level`` overrides the request's (a lesson kit's child)."""
    return reading_levels.field_versions(obj, field, _level(context, level))


@register.simple_tag(takes_context=True)
def block_versions(context, value):
    """The versions of a levelled block's value, the request's level shown."""
    return reading_levels.block_versions(value, _level(context))


@register.simple_tag
def stream_levels(stream):
    """The levels the levelled blocks of ``stream`` offer together."""
    return reading_levels.stream_levels(stream)


@register.inclusion_tag("includes/reading_level.html", takes_context=True)
def reading_level_switch(context, levels):
    """Links to the page at each of ``levels``, the shown one marked; nothing when the
    page has a single level (no choice to make)."""
    chosen = _level(context)
    if chosen not in levels:
        chosen = reading_levels.GENERAL
    options = [
        {"code": code, "label": label, "current": code == chosen}
        for code, label in reading_levels.LEVELS
        if code in levels
    ]
    return {"options": options if len(options) > 1 else []}
