"""Where the parser hangs a verb's own preposition on the noun of a phrase that frames the
verb: its place, its time or its partner ("fought in the streets of Aleppo against
government forces", "fought alongside the Peshmerga against ISIL"). A place or a partner
takes no "against" of its own, so such a preposition says whom the verb was aimed at. Words
are data (``framed_preps`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import Paragraph
from kg.extract.stray_by import act_noun
from kg.lexicon import Lexicon


def preps_on_frames(para: Paragraph, verb: Any, preps: tuple[str, ...], lx: Lexicon) -> list[Any]:
    """The verb's slot prepositions ``preps`` (of ``moved``) hung on the noun of a phrase after the
    verb whose own preposition is no slot of the verb, or on a name after that noun's "of"
    ("in the mountains of Kunar against the Taliban"). None when the verb has one of them
    itself, and none under a noun that is an act, which owns its "against" ("fired at a
    protest against the government" is no attack on the government)."""
    moved = [p for p in lx.cues["framed_preps"]["moved"] if p in preps]  # cues.json
    kids = para.children(verb)
    if not moved or any(k.dep_ == "prep" and k.lower_ in moved for k in kids):
        return []
    return [
        g
        for k in kids
        if k.dep_ == "prep" and k.i > verb.i and k.lower_ not in preps
        for noun in _framing_nouns(para, k)
        if not act_noun(lx, noun)
        for g in para.children(noun)
        if g.dep_ == "prep" and g.lower_ in moved
    ]


def _framing_nouns(para: Paragraph, prep: Any) -> Iterator[Any]:
    """The nouns of a framing phrase: the preposition's object and the names after its
    "of" ("the streets of Aleppo")."""
    for pobj in para.children(prep):
        if pobj.dep_ != "pobj":
            continue
        yield pobj
        for of in para.children(pobj):
            if of.dep_ == "prep" and of.lower_ == "of":
                yield from (n for n in para.children(of) if n.dep_ == "pobj")
