"""A coup the article dates once and then names by its noun alone: "Thailand's May 22, 2014
coup came after months of unrest ... a long year since the coup". The bare "the coup" is the
article's one dated coup ("2014 coup"), not a second event node.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention


def bare_dated_coups(
    found: Sequence[tuple[list[Any], SpanMention]], lexicon: Lexicon
) -> dict[int, int]:
    """Index of a bare coup mention in ``found`` (the noun alone: "the coup"; ``coup_events``
    words) -> index of the first mention of the article's one dated coup ("the 2014 coup",
    labelled "<year> <noun>" by the dated events' rule). Not when the article dates two
    coups ("the 2006 coup" and "the 2014 coup"), nor for a phrase of its own ("a failed
    coup": maybe another attempt)."""
    nouns = frozenset(lexicon.cues.get("coup_events", {}).get("words", ()))
    dated: dict[str, int] = {}
    bare: list[int] = []
    for k, (_, m) in enumerate(found):
        if m.label != "EVENT" or m.canonical is None:
            continue
        words = m.canonical.split()
        if len(words) == 2 and words[0].isdigit() and words[1].lower() in nouns:
            dated.setdefault(m.canonical, k)
        elif m.text.lower() in nouns and m.canonical.lower() in nouns:
            bare.append(k)
    if len(dated) != 1:
        return {}
    first = next(iter(dated.values()))
    return dict.fromkeys(bare, first)
