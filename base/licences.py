"""Licences as machine-readable URIs, read from what curators type ("CC BY 4.0").

GBIF, schema.org and the research API want a licence as a URI; curators write it
as people do. Anything that is not a recognisable Creative Commons licence (for
example "used with permission of …") has no URI: it is carried as its text only.
"""

import re

# Creative Commons licence elements as curators write them, in the order CC names them.
_CC = re.compile(
    r"^\s*(?:creative\s*commons\s*|cc[\s-]*)"
    r"(?P<kind>0|zero|by(?:[\s-]*(?:nc|sa|nd))*)"
    r"(?:[\s-]*(?P<version>\d(?:\.\d)?))?\s*"
    r"(?:international|unported)?\s*$",
    re.IGNORECASE,
)
_PUBLIC_DOMAIN_MARK = re.compile(r"^\s*(?:public\s*domain(?:\s*mark)?|pdm(?:\s*1\.0)?)\s*$", re.I)

# The versions Creative Commons published for each licence; a version not among them
# is a typo, not a licence.
_VERSIONS = {"zero": {"1.0"}, "by": {"1.0", "2.0", "2.5", "3.0", "4.0"}}


def licence_uri(text):
    """The canonical URI of the licence named by ``text``, or "" when it names none.

    >>> licence_uri("CC BY-SA 4.0")
    'https://creativecommons.org/licenses/by-sa/4.0/'
    >>> licence_uri("CC0 1.0")
    'https://creativecommons.org/publicdomain/zero/1.0/'
    >>> licence_uri("used with permission")
    ''
    """
    text = (text or "").strip()
    if _PUBLIC_DOMAIN_MARK.match(text):
        return "https://creativecommons.org/publicdomain/mark/1.0/"
    match = _CC.match(text)
    if not match:
        return ""
    kind = re.sub(r"[\s-]+", "-", match["kind"].lower())
    if kind in {"0", "zero"}:
        version = match["version"] or "1.0"
        if version not in _VERSIONS["zero"]:
            return ""
        return f"https://creativecommons.org/publicdomain/zero/{version}/"
    elements = kind.split("-")
    # by, then nc, then sa or nd: the only orders CC issues, and never sa with nd.
    if elements[0] != "by" or len(set(elements)) != len(elements) or {"sa", "nd"} <= set(elements):
        return ""
    ordered = ["by"] + [e for e in ("nc", "sa", "nd") if e in elements]
    version = match["version"] or "4.0"
    if "." not in version:
        version += ".0"
    if version not in _VERSIONS["by"]:
        return ""
    return f"https://creativecommons.org/licenses/{'-'.join(ordered)}/{version}/"
