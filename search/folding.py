"""One folding function for every backend, at index time and on every query.

Vietnamese readers type without diacritics or with wrong ones; "đ" has no
Unicode decomposition, so the usual accent stripping leaves it, and SQLite's
own folding never matches "duong" to "đương". Text folded here before it reaches
any engine behaves the same on SQLite FTS5 and on Elasticsearch.
"""

import re
import unicodedata

_APOSTROPHES = dict.fromkeys(map(ord, "'’ʼ`´"), None)
_CJK = re.compile(r"([\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff])")
_SPACES = re.compile(r"\s+")


def fold(text):
    """'Tam Thất' -> 'tam that'; 'Đương quy' -> 'duong quy'; "H'Mông" -> 'hmong'.

    NFKD, combining marks dropped, đ/Đ -> d, apostrophes dropped, a space
    around each CJK character (so each is a token), case folded, spaces
    collapsed.
    """
    if not text:
        return ""
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("đ", "d").replace("Đ", "d").translate(_APOSTROPHES)
    text = _CJK.sub(r" \1 ", text)
    return _SPACES.sub(" ", text.casefold()).strip()


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text):
    """The folded words of ``text``: what both backends match on."""
    return _TOKEN.findall(fold(text))


def normalize(text):
    """Folded words joined by single spaces: the form exact-name comparisons use."""
    return " ".join(tokens(text))
