"""Model names cut where a clause runs through them: "critics of Sisi following Morsi's
overthrow" tagged one organisation "Sisi following Morsi" is the names "Sisi" and "Morsi";
a lower-case participle used as a preposition ("following", "including") is no word of a
name, and what comes after it is a phrase of the clause, not the name's.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from spacy.tokens import Span

# the model's labels of names a participle may run through
_CUT_LABELS = frozenset({"ORG", "PERSON", "GPE", "NORP", "FAC", "LOC"})


def participle_parts(ents: Iterable[Any]) -> Iterator[Any]:
    """The model's entities, each cut at a lower-case participle inside it that heads a
    prepositional phrase (tag ``VBG``, dependency ``prep``); the parts that start with a
    capital are kept, the participle dropped."""
    for ent in ents:
        cuts = (
            [t.i for t in ent[1:-1] if t.tag_ == "VBG" and t.dep_ == "prep" and t.is_lower]
            if ent.label_ in _CUT_LABELS and len(ent) >= 3
            else []
        )
        if not cuts:
            yield ent
            continue
        begin = ent.start
        for cut in [*cuts, ent.end]:
            if cut > begin and ent.doc[begin].text[:1].isupper():
                yield Span(ent.doc, begin, cut, label=ent.label_)
            begin = cut + 1
