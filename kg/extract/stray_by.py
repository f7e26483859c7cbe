"""Where the parser hangs a passive verb's "by" other than on the verb: on the noun of the
verb's own preposition ("Kenya was warned of serious consequences by the US", "was criticised
for its silence by Amnesty") or on the adjective after its "as" ("the plan was dismissed as
unrealistic by Moscow"). The "by" of such a host names the passive's doer; the callers keep
only its actors, so "by the border" or "by Friday" name none.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import Paragraph
from kg.lexicon import Lexicon

# the verb's prepositions whose noun cannot own a "by" of its own in these passives: a
# warning "of consequences", a rebuke "for its silence", "over the killing"
_HOST_PREPS = frozenset({"of", "for", "over", "about", "as"})


def stray_by_hosts(para: Paragraph, kids: list[Any], lx: Lexicon | None) -> list[Any]:
    """The words under a passive verb's prepositions (its children ``kids``) that may carry
    the verb's stray "by": the noun after "of"/"for"/"over"/"about", and the adjective left
    under "as" ("dismissed as unrealistic by X"). A noun that is an act with its own doer
    ("was killed in an attack by rebels") is never one, since "in"/"during" are no hosts."""
    hosts: list[Any] = []
    for c in kids:
        if c.dep_ != "prep" or c.lower_ not in _HOST_PREPS:
            continue
        if c.lower_ == "as":
            hosts += [p for p in para.children(c) if p.pos_ == "ADJ"]
        else:
            hosts += [
                p
                for p in para.children(c)
                if p.dep_ == "pobj" and not (lx is not None and _act_noun(lx, p))
            ]
    return hosts


def _act_noun(lx: Lexicon, noun: Any) -> bool:
    """A noun that is an event trigger with no light verb ("attack", "execution")."""
    return any(t.light is None for t in lx.triggers.candidates(noun.lemma_.lower(), "NOUN"))
