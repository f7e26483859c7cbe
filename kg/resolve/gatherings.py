"""A gathering the article names whole and then by its bare noun: "Blatter was declared
winner at the FIFA congress ... an attempt to interfere with the congress". The model often
reads the bare noun as a name of its own ("the Congress"); it is the article's one gathering
of that noun, so one node.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.resolve.names import variant_key

# what the model makes of a gathering's name ("the FIFA congress" an event, "the FIFA
# Congress" an organisation)
_GATHERING_LABELS = frozenset({"EVENT", "ORG"})


def bare_gatherings(
    found: Sequence[tuple[list[Any], SpanMention]], lexicon: Lexicon
) -> dict[int, int]:
    """Index of a bare gathering noun in ``found`` read as a name ("the congress", "the
    Congress", "the annual congress"; ``gathering_nouns`` of the place words, after "the")
    -> index of the first mention of the article's one gathering named with that noun last
    ("the FIFA congress", "the FIFA Congress": one name in two spellings). Not when the
    article names two gatherings of the noun ("the ANC congress", "the FIFA congress"), nor
    a bare noun with no "the" ("Congress passed the bill": a legislature's name)."""
    nouns = lexicon.words.places.lists.get("gathering_nouns", frozenset())
    named: dict[str, dict[str, int]] = {}  # noun -> spelling key of the name -> index
    bare: list[tuple[int, str]] = []
    for k, (tokens, m) in enumerate(found):
        if m.label not in _GATHERING_LABELS or m.sector is not None or m.canonical is not None:
            continue
        words = m.text.split()
        noun = words[-1].lower()
        if noun not in nouns:
            continue
        if len(words) == 1:
            first = m.start
            while first > 0 and tokens[first - 1].is_lower and tokens[first - 1].pos_ == "ADJ":
                first -= 1  # "the annual congress"
            if first > 0 and tokens[first - 1].lower_ == "the":
                bare.append((k, noun))
        elif words[0].lower() != "the":
            named.setdefault(noun, {}).setdefault(variant_key(m.text), k)
    out = {}
    for k, noun in bare:
        names = named.get(noun, {})
        if len(names) == 1:
            out[k] = next(iter(names.values()))
    return out
