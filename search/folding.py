"""One folding function for every backend, at index time and on every query.

Vietnamese readers type without diacritics or with wrong ones; "đ" has no
Unicode decomposition, so the usual accent stripping leaves it, and SQLite's
own folding never matches "duong" to "đương". Text folded here before it reaches
any engine behaves the same on tantivy and on Elasticsearch.
"""

import re
import unicodedata
from itertools import chain

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
    if not text:
        return []
    # Word by word, each folded once per process: text repeats its words (a body's
    # words follow Zipf's law), and folding was most of the cost of indexing.
    return list(chain.from_iterable(map(_CHUNKS.__getitem__, str(text).split())))


# Longer "words" are cut here: no name or word is that long, and an engine's terms
# have limits of their own.
MAX_WORD = 40


class _Chunks(dict):
    """The folded words of each space-separated chunk of text seen, worked out on first
    sight; emptied when it grows past ``LIMIT`` (hostile text cannot grow it further)."""

    LIMIT = 200_000

    def __missing__(self, chunk):
        words = tuple(word[:MAX_WORD] for word in _TOKEN.findall(fold(chunk)))
        if len(self) >= self.LIMIT:
            self.clear()
        self[chunk] = words
        return words


_CHUNKS = _Chunks()


def normalize(text):
    """Folded words joined by single spaces: the form exact-name comparisons use."""
    return " ".join(tokens(text))


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]{2,}")


def _pairs(text):
    """Each pair of neighbouring CJK characters of ``text``, runs broken by anything else."""
    return [run[i : i + 2] for run in _CJK_RUN.findall(text or "") for i in range(len(run) - 1)]


# French elision: "l'écorce" is stored as "lecorce" (apostrophes go, as in "H'Mông")
# and also as "ecorce", so the word is found on its own.
_ELISION = re.compile(r"\b(?:[cdjlmnst]|qu)['’ʼ](?=\w)", re.IGNORECASE)


def index_words(text):
    """The words an index stores for ``text``: its folded words, each French word again
    without its elided article, then each pair of neighbouring CJK characters ("三七"
    gives 三, 七 and 三七), so a Chinese name is found by its characters together, not
    by each one alone somewhere in a text."""
    text = text or ""
    words = tokens(text)
    if ("'" in text or "’" in text or "ʼ" in text) and _ELISION.search(text):
        seen = set(words)
        words += [w for w in tokens(_ELISION.sub("", text)) if w not in seen]
    if text and max(text) >= "\u3400":  # (the quick way past the CJK search)
        words += _pairs(text)
    return words


def query_words(text):
    """The words a query looks for, in order: folded words, with each run of CJK
    characters replaced by its pairs ("三七根" gives 三七, 七根); a lone character
    stays itself."""
    runs, words = _CJK_RUN.findall(text or ""), []
    for i, part in enumerate(_CJK_RUN.split(text or "")):
        words.extend(tokens(part))
        if i < len(runs):
            words.extend(_pairs(runs[i]))
    return words
