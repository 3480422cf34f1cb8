"""How a conservation category is named on badges, facets and lists, in any language.

A category's code is shown beside its scheme only when it is a language-neutral
abbreviation (IUCN "VU", Decree 06/2019 "IIA"): those are what visitors meet on
labels and in the law, in every language. Some codes are words of one language
("listed", "controlled", CITES "App. II"): shown on a Vietnamese page they were
English in the middle of Vietnamese, and the category's name (a translated field)
already says the same thing, so they are left out.
"""

import re

# Upper-case letters only, as the red lists and the decrees write their classes.
_NEUTRAL_CODE = re.compile(r"[A-Z]{1,4}")


def shown_code(category):
    """The category's code if it reads the same in every language, else ``""``."""
    code = (category.code or "").strip()
    return code if _NEUTRAL_CODE.fullmatch(code) else ""


def badge(category):
    """The short badge text of ``category``: "IUCN VU", "TT 16/2022" (a word code left out)."""
    return " ".join(part for part in (category.scheme.short_name, shown_code(category)) if part)


def badge_with_name(category):
    """Badge and name, as a facet or a filter offers it: "IUCN VU: Sẽ nguy cấp"."""
    return f"{badge(category)}: {category.name}" if category.name else badge(category)
