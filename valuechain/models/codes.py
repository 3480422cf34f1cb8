"""Growing-area codes (mã số vùng trồng) and the other codes a curator types.

MARD's provisional guidance (Decision 3156/QĐ-BNN-TT, 19/08/2022) writes a growing-area
code as ``VN-[province]-[district]-[commune]-[facility no.]-[2-digit year]``
(``shared/facts/species_facts.md``, section D). How the code adapts to the abolition of
districts in July 2025 is not settled in our sources, so the district part is only
checked for its shape, and the province part against the official province code.
"""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

GROWING_AREA_CODE = re.compile(
    r"^VN-(?P<province>\d{2})-(?P<district>\d{3})-(?P<commune>\d{5})-"
    r"(?P<facility>\d{1,4})-(?P<year>\d{2})$"
)
EXAMPLE = "VN-12-105-03430-001-24"

# Official province codes (vietnam-provinces) of the provinces the site records.
PROVINCE_CODES = {"lai-chau": "12", "lao-cai": "15"}


def normalise_code(value):
    """A code as stored: upper case, dashes for any run of spaces, dashes or dots."""
    return re.sub(r"[\s\-–—._/]+", "-", (value or "").strip().upper()).strip("-")


def compact_code(value):
    """A code without its separators, as search compares codes typed with or without dashes."""
    return re.sub(r"[^0-9A-Z]", "", (value or "").upper())


def validate_growing_area_code(value, province=None):
    """Refuse a malformed growing-area code with a message that shows the expected shape."""
    match = GROWING_AREA_CODE.match(normalise_code(value))
    if not match:
        raise ValidationError(
            _(
                "“%(value)s” is not a growing-area code. It is written VN-province-district-"
                "commune-facility-year, in digits, e.g. %(example)s."
            ),
            code="malformed",
            params={"value": value, "example": EXAMPLE},
        )
    expected = PROVINCE_CODES.get(province or "")
    if expected and match["province"] != expected:
        raise ValidationError(
            _(
                "The code's province part is %(given)s, but the area's commune is in a "
                "province whose code is %(expected)s."
            ),
            code="province",
            params={"given": match["province"], "expected": expected},
        )
    return match
