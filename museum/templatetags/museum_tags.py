"""Template tags for languages: the switcher, hreflang alternates, fallback notices."""

from django import template
from django.conf import settings
from django.utils import translation

from museum.translation_tools import is_fallback

register = template.Library()


def _url_in(page, language, request):
    """The URL of ``page`` in ``language``; for a view that is not a page (search), the
    same path under the other language prefix."""
    if hasattr(page, "get_url"):  # a missing template variable arrives as ""
        with translation.override(language):
            url = page.get_url(request=request)
        if url:
            return url
    current = translation.get_language()
    if request is not None and request.path.startswith(f"/{current}/"):
        return f"/{language}/" + request.path[len(current) + 2 :]
    return f"/{language}/"


@register.simple_tag(takes_context=True)
def language_links(context, page=None):
    """One entry per configured language: code, native name, URL of this page, current?"""
    request = context.get("request")
    current = translation.get_language()
    query = ""
    if request is not None and request.GET:
        # Keep the visitor's filters when they switch language.
        params = request.GET.copy()
        params.pop("page", None)
        query = f"?{params.urlencode()}" if params else ""
    return [
        {
            "code": code,
            "name": name,
            "url": _url_in(page, code, request) + query,
            "absolute": request.build_absolute_uri(_url_in(page, code, request)) if request else "",
            "current": code == current,
        }
        for code, name in settings.LANGUAGES
    ]


@register.filter
def fallback(obj, field):
    """True when ``obj.field`` is shown in Vietnamese for want of a translation."""
    return is_fallback(obj, field)


@register.simple_tag
def remove_filter_query(form, name):
    """The query string of the active filters without ``name``."""
    return form.active_query(**{name: ""})


@register.simple_tag
def page_query(form, number):
    """The query string of the active filters on page ``number``."""
    return form.active_query(page=number)


@register.filter
def field_label(form, name):
    return form.fields[name].label


@register.filter
def choice_label(form, name):
    """The human label of the chosen value of a choice field."""
    value = form.cleaned().get(name, "")
    return dict(form.fields[name].choices).get(value, value)
