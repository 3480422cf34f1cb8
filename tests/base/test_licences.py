"""Licences typed by curators become the URIs GBIF and schema.org read."""

import pytest

from base.licences import licence_uri


@pytest.mark.parametrize(
    ("typed", "uri"),
    [
        ("CC0 1.0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("cc0", "https://creativecommons.org/publicdomain/zero/1.0/"),
        ("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"),
        ("CC-BY-SA 4.0", "https://creativecommons.org/licenses/by-sa/4.0/"),
        ("CC BY-NC 4.0 International", "https://creativecommons.org/licenses/by-nc/4.0/"),
        ("Creative Commons BY-NC-SA 3.0", "https://creativecommons.org/licenses/by-nc-sa/3.0/"),
        ("cc by nd 2.5", "https://creativecommons.org/licenses/by-nd/2.5/"),
        ("CC BY 4", "https://creativecommons.org/licenses/by/4.0/"),
        ("Public domain", "https://creativecommons.org/publicdomain/mark/1.0/"),
    ],
)
def test_a_creative_commons_licence_gets_its_canonical_uri(typed, uri):
    assert licence_uri(typed) == uri


@pytest.mark.parametrize(
    "typed",
    [
        "",
        None,
        "used with permission of the Hà Nhì community",
        "All rights reserved",
        "CC BY-SA-ND 4.0",  # CC never issued share-alike with no-derivatives
        "CC BY 5.0",  # no such version
        "CC NC 4.0",  # attribution is in every CC licence
    ],
)
def test_anything_else_has_no_uri(typed):
    assert licence_uri(typed) == ""
