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


def participle_parts(ents: Iterable[Any], tokens: list[Any]) -> Iterator[Any]:
    """The model's entities, each cut at a lower-case participle inside it that heads a
    prepositional phrase (tag ``VBG``, dependency ``prep``); the parts that start with a
    capital are kept, the participle dropped. ``tokens``: the Doc's tokens (``list(doc)``
    or ``Paragraph.tokens``), read by index (a Span's tokens are made anew on each read)."""
    for ent in ents:
        start, end = ent.start, ent.end
        cuts = (
            [
                t.i
                for t in tokens[start + 1 : end - 1]
                if t.tag_ == "VBG" and t.dep_ == "prep" and t.is_lower
            ]
            if end - start >= 3 and ent.label_ in _CUT_LABELS
            else []
        )
        if not cuts:
            yield ent
            continue
        begin = start
        for cut in [*cuts, end]:
            if cut > begin and tokens[begin].text[:1].isupper():
                yield Span(ent.doc, begin, cut, label=ent.label_)
            begin = cut + 1
