"""Every interface string is translated into each of the site's languages.

A msgstr left empty, marked fuzzy, or copied from the English msgid shows a visitor
English (or nothing) on a page in their language. The only strings allowed to read the
same as the English are proper names, codes and units, and words that are spelled the
same in the other language; each is listed here with its reason.
"""

from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parents[1]
CATALOGUES = {
    lang: ROOT / "museum" / "locale" / lang / "LC_MESSAGES" / "django.po"
    for lang in ("vi", "fr", "zh_Hans")
}

PROPER_NAMES = {"Dược liệu số", "H'Mông", "Dao", "Hà Nhì", "Thái", "Giáy", "Tày", "OCOP", "URL"}
UNITS = {"VND/kg", "%(kg)s kg", "%(ha)s ha", "%(m)d min", "%(h)d h", "%(h)d h %(m)d min"}
# French words spelled as in English.
SAME_IN_FRENCH = {
    "licence",
    "province",
    "Province",
    "provinces",
    "commune",
    "Commune",
    "communes",
    "Communes",
    "latitude",
    "longitude",
    "source",
    "Source",
    "sources",
    "Sources",
    "introduction",
    "code",
    "description",
    "Image",
    "image",
    "Images",
    "images",
    "Audio",
    "Document",
    "Provenance",
    "Altitude",
    "date",
    "plan",
    "question",
    "page",
    "minutes",
    "%(minutes)s minute",
    "original",
    "Page",
    "%(counter)s page",
}
SAME = {
    # Vietnamese says "video", and punctuates a list and a label as English does.
    "vi": PROPER_NAMES | UNITS | {"Video", "GS1 Digital Link:", "; ", "%(label)s: %(value)s"},
    "fr": PROPER_NAMES | UNITS | SAME_IN_FRENCH | {"GS1 Digital Link:"},
}
SAME["zh_Hans"] = PROPER_NAMES | UNITS | {"GS1 Digital Link:"}


@pytest.mark.parametrize("language", sorted(CATALOGUES))
def test_every_string_is_translated(language):
    catalogue = polib.pofile(str(CATALOGUES[language]))
    problems = []
    for entry in catalogue:
        if entry.obsolete:
            continue
        texts = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        if "fuzzy" in entry.flags:
            problems.append(("fuzzy", entry.msgid))
        elif not all(t.strip() for t in texts):
            problems.append(("empty", entry.msgid))
        elif entry.msgstr == entry.msgid and entry.msgid not in SAME[language]:
            problems.append(("copied from English", entry.msgid))
        elif entry.msgid_plural and entry.msgstr_plural.get(0) == entry.msgid:
            if entry.msgid not in SAME[language]:
                problems.append(("copied from English", entry.msgid))
    assert problems == [], f"{language}: {len(problems)} untranslated: {problems[:20]}"
