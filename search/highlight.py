"""Highlighting on the original text: the index holds folded text, readers want diacritics."""

import re
from functools import lru_cache
from html import escape

from search.folding import fold

_WORD = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=65536)
def _folded(word):
    return fold(word)


def _matches(word, terms):
    folded = _folded(word)
    return any(folded == t or (len(t) >= 2 and folded.startswith(t)) for t in terms)


def highlight(text, terms, width=30):
    """A window of about ``width`` words around the first match, matches in <mark>."""
    if not text:
        return ""
    words = list(_WORD.finditer(text))
    if not words:
        return escape(text[:200])
    first = next((i for i, w in enumerate(words) if _matches(w.group(), terms)), None)
    start_word = 0 if first is None else max(0, first - width // 3)
    end_word = min(len(words), start_word + width)
    start, end = words[start_word].start(), words[end_word - 1].end()
    out, cursor = [], start
    for w in words[start_word:end_word]:
        out.append(escape(text[cursor : w.start()]))
        piece = escape(w.group())
        out.append(f"<mark>{piece}</mark>" if _matches(w.group(), terms) else piece)
        cursor = w.end()
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(out) + suffix
