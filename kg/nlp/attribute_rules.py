"""The model's attribute ruler matched by look-ups instead of spaCy's ``Matcher``: the same
matches, the same annotations, a fraction of the time.

The pinned model's ``attribute_ruler`` holds 179 rules (tag map, morph rules, a few
dependency and two-word rules). spaCy's ``Matcher`` tries every rule's first token at every
token of the paragraph, which made the component cost as much as the parser (8-10 ms an
article of generated news, 2026-12-03). Almost every rule asks equality or membership on a
column (``TAG``, ``LOWER``, ``DEP``, ``IS_SPACE``), so a token's candidate rules are found by
a dict look-up of its column values, and only those are checked in full.

Only the matching is replaced: the matches are computed on the Doc as it came in and handed,
sorted as spaCy sorts them, to the ruler's own ``set_annotations``. A ruler with a pattern
this does not read (an operator, ``MORPH``, an extension attribute, a predicate other than
``IN``, ``NOT_IN``, ``REGEX``) keeps spaCy's matching, and so does one whose rules changed
after it was loaded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

# token columns a rule may read (all readable by ``Doc.to_array``; MORPH is not: its sets)
_COLUMNS = ("ORTH", "LOWER", "NORM", "TAG", "POS", "DEP", "LEMMA", "IS_SPACE")
_SETS = ("IN", "NOT_IN")


class UnsupportedPatternError(ValueError):
    """A pattern this matcher does not read: the ruler keeps spaCy's ``Matcher``."""


@dataclass(frozen=True, slots=True)
class _Test:
    """One condition on one column: equal to ``value``, in or not in ``values``, or its
    string matching ``regex``."""

    column: int
    value: int | None = None
    values: frozenset[int] | None = None
    negated: bool = False
    regex: re.Pattern[str] | None = None
    strings: Any = None  # with ``regex``: the string store, to read the column's string


@dataclass(slots=True)
class _Rule:
    """One pattern of one ruler rule: its ordinal and match id (as spaCy's ``Matcher``
    returns them) and a list of tests for each token."""

    ordinal: int
    match_id: int
    tokens: list[list[_Test]]


_MEMO_LIMIT = 50_000  # token rows remembered (a row: the token's values in the columns read)


@dataclass
class LookupMatcher:
    """The ruler's patterns, and for each token row seen (its values in the columns the
    patterns read) the one-token patterns it matches and the longer patterns whose first
    token it passes: rows repeat ("the" as a determiner), so most tokens cost a look-up."""

    strings: Any
    count: int
    columns: list[int]  # the token attributes read, in row order
    rules: list[_Rule] = field(default_factory=list)
    # the rules whose first token asks a column for one value (or a few: ``IN``), by the
    # (column, value) pairs; the others (``NOT_IN``, ``REGEX`` only) are tried at every row
    by_value: dict[tuple[int, int], list[_Rule]] = field(default_factory=dict)
    anywhere: list[_Rule] = field(default_factory=list)
    memo: dict[tuple[int, ...], tuple[list[_Rule], list[_Rule]]] = field(default_factory=dict)

    def matches(self, doc: Any) -> list[tuple[int, int, int, int]]:
        """``(ordinal, match_id, start, end)`` of every match in ``doc``, sorted: what
        ``AttributeRuler.match`` returns (spaCy's ``Matcher`` gives a span matched by two
        patterns of one rule once)."""
        size = len(doc)
        if not size:
            return []
        rows = [tuple(row) for row in doc.to_array(self.columns).tolist()]
        memo = self.memo
        found: list[tuple[int, int, int, int]] = []
        for start, row in enumerate(rows):
            known = memo.get(row)
            if known is None:
                known = self._first(row)
            single, longer = known
            for rule in single:
                found.append((rule.ordinal, rule.match_id, start, start + 1))
            for rule in longer:
                end = start + len(rule.tokens)
                if end <= size and all(
                    _passes(rule.tokens[i - start], rows[i]) for i in range(start + 1, end)
                ):
                    found.append((rule.ordinal, rule.match_id, start, end))
        return sorted(set(found))

    def add(self, rule: _Rule) -> None:
        """Index a pattern by its first token's values."""
        self.rules.append(rule)
        keys = _index_keys(rule.tokens[0])
        if keys is None:
            self.anywhere.append(rule)
        for key in keys or ():
            self.by_value.setdefault(key, []).append(rule)

    def _first(self, row: tuple[int, ...]) -> tuple[list[_Rule], list[_Rule]]:
        """The one-token patterns ``row`` matches and the longer ones whose first token it
        passes, remembered."""
        if len(self.memo) >= _MEMO_LIMIT:
            self.memo.clear()
        candidates = list(self.anywhere)
        for column, value in enumerate(row):
            candidates.extend(self.by_value.get((column, value), ()))
        # each rule once (indexed by one column's values), in any order: the matches are sorted
        passed = [rule for rule in candidates if _passes(rule.tokens[0], row)]
        known = (
            [rule for rule in passed if len(rule.tokens) == 1],
            [rule for rule in passed if len(rule.tokens) > 1],
        )
        self.memo[row] = known
        return known


def _index_keys(tests: list[_Test]) -> list[tuple[int, int]] | None:
    """The (column, value) pairs one of which a token must have to pass ``tests``: an
    equality test's, else an ``IN`` test's; None when no test names its values."""
    for test in tests:
        if test.value is not None:
            return [(test.column, test.value)]
    for test in tests:
        if test.values is not None and not test.negated:
            return [(test.column, value) for value in sorted(test.values)]
    return None


def _passes(tests: list[_Test], row: tuple[int, ...]) -> bool:
    """Whether a token's values pass every test of a pattern token."""
    for test in tests:
        got = row[test.column]
        if test.value is not None:
            if got != test.value:
                return False
        elif test.values is not None:
            if (got in test.values) == test.negated:
                return False
        elif test.regex is not None and not test.regex.search(test.strings[got]):
            return False
    return True


def lookup_matcher(ruler: Any) -> LookupMatcher:
    """A ``LookupMatcher`` of an ``AttributeRuler``'s rules; ``UnsupportedPatternError``
    when a pattern asks something it does not read."""
    from spacy.attrs import IDS

    strings = ruler.vocab.strings
    rules = ruler.patterns
    names = sorted({_column(name) for r in rules for p in r["patterns"] for t in p for name in t})
    made = LookupMatcher(strings, len(ruler.attrs), [IDS[name] for name in names])
    for ordinal, rule in enumerate(rules):
        match_id = strings[str(ordinal)]
        for pattern in rule["patterns"]:
            if not pattern:
                raise UnsupportedPatternError("an empty pattern")
            tokens = [_tests(spec, names, strings) for spec in pattern]
            made.add(_Rule(ordinal, match_id, tokens))
    return made


def _column(name: Any) -> str:
    """A pattern's attribute name, if a column this reads."""
    if not isinstance(name, str) or name.upper() not in _COLUMNS:
        raise UnsupportedPatternError(f"attribute {name!r}")
    return name.upper()


def _tests(spec: Any, names: list[str], strings: Any) -> list[_Test]:
    """The tests of one pattern token, its values as ``Matcher`` reads them (strings as
    their hashes, booleans as 0 and 1)."""
    if not isinstance(spec, dict) or not spec:
        raise UnsupportedPatternError(f"pattern token {spec!r}")
    tests: list[_Test] = []
    for name, value in spec.items():
        column = names.index(_column(name))
        if isinstance(value, dict):
            tests.extend(_predicates(column, value, strings))
        else:
            tests.append(_Test(column, value=_value(value, strings)))
    return tests


def _predicates(column: int, spec: dict[str, Any], strings: Any) -> list[_Test]:
    """The tests of a predicate dict (``IN``, ``NOT_IN``, ``REGEX``)."""
    tests: list[_Test] = []
    for name, value in spec.items():
        if name in _SETS and isinstance(value, list | tuple):
            values = frozenset(_value(v, strings) for v in value)
            tests.append(_Test(column, values=values, negated=name == "NOT_IN"))
        elif name == "REGEX" and isinstance(value, str):
            tests.append(_Test(column, regex=re.compile(value), strings=strings))
        else:
            raise UnsupportedPatternError(f"predicate {name!r}")
    return tests


def _value(value: Any, strings: Any) -> int:
    """A pattern value as the column holds it (``Matcher``'s ``_get_attr_values``)."""
    if isinstance(value, str):
        return int(strings.add(value))
    if isinstance(value, bool):
        return int(value)
    if isinstance(value, int):
        return value
    raise UnsupportedPatternError(f"value {value!r}")


class LookupMatch:
    """An ``AttributeRuler.match`` by a ``LookupMatcher`` (set on the ruler), spaCy's own when
    rules were added after it was made. A class, so that a pickled pipeline keeps it."""

    def __init__(self, ruler: Any, made: LookupMatcher) -> None:
        self.ruler = ruler
        self.made = made

    def __call__(self, doc: Any) -> list[tuple[int, int, int, int]]:
        ruler = self.ruler
        if len(ruler.attrs) != self.made.count:
            stock: list[tuple[int, int, int, int]] = type(ruler).match(ruler, doc)
            return stock
        return self.made.matches(doc)


def use_lookups(nlp: Any) -> bool:
    """Match ``nlp``'s attribute ruler by look-ups (the same annotations); False when it has
    none, or one with a pattern ``LookupMatcher`` does not read."""
    from spacy.pipeline import AttributeRuler

    rulers = [pipe for _, pipe in nlp.pipeline if isinstance(pipe, AttributeRuler)]
    if len(rulers) != 1 or not rulers[0].attrs:
        return False
    ruler = rulers[0]
    try:
        made = lookup_matcher(ruler)
    except UnsupportedPatternError:
        return False
    ruler.match = LookupMatch(ruler, made)  # type: ignore[method-assign]
    return True
