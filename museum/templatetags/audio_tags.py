"""Naming the language a recording is spoken in, for the audio guide block.

A curator types the code (``vi``, ``hmn``, ``zh-Hans``…); Django's ``get_language_info``
raises on a code it does not know, so an unusual one would turn an exhibit into a
server error. Here an unknown code is shown as itself.
"""

from django import template
from django.utils.translation import get_language, get_language_info

register = template.Library()


def _primary(code):
    return (code or "").strip().lower().replace("_", "-")


@register.simple_tag
def spoken_language(code):
    """{"differs": whether ``code`` is not the page's language, "name": its name in the
    visitor's language, "local": its name in itself} for the language ``code``."""
    code = _primary(code)
    page = _primary(get_language())
    differs = bool(code) and code != page and code.split("-")[0] != page
    try:
        info = get_language_info(code)
    except KeyError:
        return {"differs": differs, "name": code, "local": ""}
    name, local = info["name_translated"], info["name_local"]
    return {"differs": differs, "name": name, "local": local if local != name else ""}
