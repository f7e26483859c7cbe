"""A country's judiciary written beside the one court of that country a story reports on:
"An Egyptian court sentenced Morsi ... . Now, the judiciary stands accused": news names the
court that ruled and goes on to speak of it as the judiciary or "the courts", so the two
are one node of the article, the court's.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.collectives import level_court_name
from kg.resolve.entities import SpanMention

_JUDICIARY = "JUD"


def judiciary_courts(
    found: Sequence[tuple[list[Any], SpanMention]], lexicon: Lexicon
) -> dict[int, int]:
    """Index of a judiciary mention in ``found`` (a collective of the judicial sector headed
    by a word of ``judiciary_nouns``: "the judiciary", "Egypt's judiciary", "the courts")
    -> index of the first mention of the article's one court of the same country (a
    collective whose label ends in a court noun: "an Egyptian court"). Not when the article
    names two courts of that country ("an Indian court" and "the Supreme Court", or "a
    lower court" beside it), and never a judge or a prosecutor."""
    nouns = frozenset(lexicon.cues.get("judiciary_nouns", {}).get("words", ()))
    court_nouns = lexicon.title_words.get("court_nouns", frozenset())
    courts: dict[str, dict[str, int]] = defaultdict(dict)  # country -> court label -> index
    judiciary: dict[str, list[int]] = defaultdict(list)
    for k, (tokens, m) in enumerate(found):
        if m.sector != _JUDICIARY or m.country is None or m.canonical is None:
            continue
        if m.scoped and not level_court_name(m.canonical, lexicon):
            continue  # a plain collective of the article ("judges"); "a lower court" counts
        words = m.canonical.lower().split()
        if words[-1] in court_nouns:
            courts[m.country].setdefault(m.canonical, k)
        elif tokens[m.end - 1].lower_ in nouns:
            judiciary[m.country].append(k)
    out: dict[int, int] = {}
    for country, ks in judiciary.items():
        named = courts.get(country, {})
        if len(named) == 1:
            first = next(iter(named.values()))
            out.update(dict.fromkeys(ks, first))
    return out
