"""The embedded index's queries, built from folded words only (never the query parser,
so no text a visitor types is syntax).

A document matches when every word of the query (the last one as a prefix, for
search as you type) is in one language row: Vietnamese or the query's language.
Ranking puts, before BM25 (title 10, names 6, body 1): the exact title typed with
its diacritics, the exact title folded, a title that begins with the query or a
name equal to it, and a title with the typed diacritics; each tier is a constant
score far above what BM25 gives, so the tiers never mix.
"""

import itertools

from tantivy import FieldType, Occur, Query

from search.backends.embedded_schema import NO_END, as_typed, raw_words, today
from search.documents import COMMUNITY, WITHHELD
from search.folding import tokens

EXACT_TITLE, TYPED_TITLE, BEGINS, ACCENTS = 4e6, 2e6, 1e6, 1e5
WEIGHTS = (("title", 10.0), ("names", 6.0), ("body", 1.0))
MAX_FACET_VALUES = 20  # values of one facet a query may choose


def all_of(*queries):
    queries = [q for q in queries if q is not None]
    if not queries:
        return Query.all_query()
    return (
        queries[0] if len(queries) == 1 else Query.boolean_query([(Occur.Must, q) for q in queries])
    )


def any_of(queries):
    queries = list(queries)
    if not queries:
        return Query.empty_query()
    return (
        queries[0]
        if len(queries) == 1
        else Query.boolean_query([(Occur.Should, q) for q in queries])
    )


class Queries:
    """Query builders over one schema."""

    def __init__(self, schema):
        self.schema = schema

    def term(self, field, word, prefix=False):
        if prefix:
            # A Levenshtein automaton of distance 0 with prefix: the word's completions.
            return Query.fuzzy_term_query(self.schema, field, word, 0, True, True)
        return Query.term_query(self.schema, field, word)

    # -- who may see what -----------------------------------------------------------
    def visible(self, scope):
        """What ``scope`` may see today: its access levels, its communities, and nothing
        whose last day to be shown has passed (consent expired; hidden at once, before
        the daily withdrawal removes it)."""
        levels = sorted(lv for lv in scope.levels if lv not in (COMMUNITY, WITHHELD))
        allowed = [self.term("access", level) for level in levels]
        if COMMUNITY in scope.levels and scope.communities:
            community = self.term("access", COMMUNITY)
            if "*" not in scope.communities:
                members = Query.term_set_query(self.schema, "community", sorted(scope.communities))
                community = all_of(community, members)
            allowed.append(community)
        lapsed = Query.range_query(
            self.schema, "until", FieldType.Integer, NO_END + 1, today(), include_upper=False
        )
        return Query.boolean_query([(Occur.Must, any_of(allowed)), (Occur.MustNot, lapsed)])

    def chosen(self, filters):
        """{facet: documents with any chosen value} for each facet with a choice."""
        chosen = {}
        for facet, values in filters.items():
            values = [str(v) for v in values if v][:MAX_FACET_VALUES]
            if values:
                chosen[facet] = Query.term_set_query(
                    self.schema, "facet", [f"{facet}:{v}" for v in values]
                )
        return chosen

    # -- text -----------------------------------------------------------------------
    def text(self, variants, rows, head=False):
        """Documents with every word of a variant in one row; ``head`` looks only at
        titles and names. The last word is a prefix; BM25 weights the fields."""
        options = []
        for variant, row in itertools.product(variants, rows):
            fields = [(f"title_{row}", 10.0)]
            if row == 0:
                fields.append(("names", 6.0))
            if not head:
                fields.append((f"body_{row}", 1.0))
            words = []
            for j, word in enumerate(variant):
                prefix = j == len(variant) - 1
                words.append(
                    any_of(
                        Query.boost_query(self.term(field, word, prefix), weight)
                        for field, weight in fields
                    )
                )
            options.append(all_of(*words))
        return any_of(options)

    def tiers(self, words, typed, rows):
        """Constant scores for the ranking tiers (module docstring); each clause optional."""
        phrase = " ".join(words)
        clauses = []
        for row in rows:
            clauses.append(self._const(self.term(f"title_exact_{row}", phrase), EXACT_TITLE))
            clauses.append(self._const(self.term(f"title_raw_{row}", as_typed(typed)), TYPED_TITLE))
        begins = [self.term(f"title_exact_{row}", phrase, prefix=True) for row in rows]
        begins.append(self.term("name_exact", phrase))
        clauses.append(self._const(any_of(begins), BEGINS))
        accents = raw_words(typed).split()
        if accents and accents != tokens(typed):  # the visitor typed diacritics
            clauses.append(
                self._const(
                    any_of(
                        all_of(*(self.term(f"title_accents_{row}", w) for w in accents))
                        for row in rows
                    ),
                    ACCENTS,
                )
            )
        return [(Occur.Should, clause) for clause in clauses]

    @staticmethod
    def _const(query, score):
        return Query.const_score_query(query, score)

    def title_begins(self, words, rows):
        phrase = " ".join(words)
        return any_of(self.term(f"title_exact_{row}", phrase, prefix=True) for row in rows)


def variants(words, synonyms):
    """The query's words, and the same words with each curated synonym swapped in."""
    phrase = " ".join(words)
    out = [words]
    for group in synonyms:
        folded = [" ".join(tokens(g)) for g in group]
        for word in folded:
            if word and f" {word} " in f" {phrase} ":
                for other in folded:
                    if other and other != word:
                        out.append(f" {phrase} ".replace(f" {word} ", f" {other} ").split())
    return out
