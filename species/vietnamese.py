"""Vietnamese alphabetical order.

The alphabet is a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y:
letters with a breve, circumflex or horn are letters of their own, and đ
follows d. Tone marks are ignored for the order and then break ties
(ngang, huyền, hỏi, ngã, sắc, nặng, the order of Vietnamese dictionaries).
Python's default ordering puts "đ" after "z" and "â" after every plain
letter, which is why the catalogue sorts with this key.
"""

import unicodedata

from modeltranslation import settings as mt_settings
from modeltranslation.utils import build_localized_fieldname, resolution_order

_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
_RANK = {ch: i for i, ch in enumerate(_ALPHABET)}
# Letter-forming marks stay with their letter; tone marks are split off.
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}


def _letters_and_tones(text):
    letters, tones = [], []
    for ch in unicodedata.normalize("NFD", text.casefold()):
        if ch in _TONES:
            if tones:
                tones[-1] = _TONES[ch]
        elif ch in _LETTER_MARKS and letters:
            letters[-1] = unicodedata.normalize("NFC", letters[-1] + ch)
        elif unicodedata.combining(ch):
            continue
        else:
            letters.append(ch)
            tones.append(0)
    return letters, tones


def sort_key(text):
    """A key that sorts Vietnamese strings in dictionary order."""
    letters, tones = _letters_and_tones(text or "")
    # Characters outside the alphabet (digits, spaces, Latin letters such as f,
    # j, w, z) sort by code point after a space and before the alphabet's end.
    primary = tuple(
        (0, _RANK[ch]) if ch in _RANK else ((-1, ord(ch)) if ch.isspace() else (1, ord(ch)))
        for ch in letters
    )
    return primary, tuple(tones)


# Long enough for every character of a 36-letter name with its tones; names alike in
# their first 36 letters keep the database's order among themselves.
SORTABLE_LENGTH = 255


def sortable(text):
    """``sort_key(text)`` as a string of digits and a–f that sorts the same way, byte by
    byte, under any collation: what the database stores, indexes and orders by.

    Each letter is its group (1 space, 2 alphabet, 3 anything else) and its rank in six
    hex digits; a 0 ends the letters (a name that is the beginning of another sorts
    first, as the tuples do) and one digit per letter gives the tones.
    """
    primary, tones = sort_key(text)
    letters = "".join(f"{group + 2}{rank:06x}" for group, rank in primary)
    return (letters + "0" + "".join(str(tone) for tone in tones))[:SORTABLE_LENGTH]


def set_title_sort_keys(page, field="name_sort_key"):
    """Set each language's ``field`` of ``page`` to ``sortable`` of the title that
    language shows (its own, or the fallback's when it has none), so the database
    sorts a listing in the visitor's language and pages it."""
    for language in mt_settings.AVAILABLE_LANGUAGES:
        title = next(
            (
                shown
                for lang in resolution_order(language)
                if (shown := getattr(page, build_localized_fieldname("title", lang), None))
            ),
            "",
        )
        setattr(page, build_localized_fieldname(field, language), sortable(title))
