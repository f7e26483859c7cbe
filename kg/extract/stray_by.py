"""Where the parser hangs a passive verb's "by" other than on the verb: on the noun of the
verb's own preposition ("Kenya was warned of serious consequences by the US", "was criticised
for its silence by Amnesty") or on the adjective after its "as" ("the plan was dismissed as
unrealistic by Moscow"). The "by" of such a host names the passive's doer; the callers keep
only its actors, so "by the border" or "by Friday" name none. The other way round, the
parser hangs an event noun's own preposition on the name after its "by" ("the attack by
al-Shabab on Garissa"). Words are data (``stray_by`` in ``kg/data/en/cues.json``:
``host_preps``, ``authored_nouns``, ``named_doer_preps``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import Paragraph
from kg.lexicon import Lexicon, preps_on_by_name


def stray_by_hosts(para: Paragraph, kids: list[Any], lx: Lexicon) -> list[Any]:
    """The words under a passive verb's prepositions (its children ``kids``) that may carry
    the verb's stray "by": the noun after "of"/"for"/"over"/"about", and the adjective left
    under "as" ("dismissed as unrealistic by X"). A noun that is an act with its own doer
    ("was killed in an attack by rebels") is never one, since "in"/"during" are no hosts; nor
    is an authored thing with its own article ("criticised over the report by the UN": the
    UN wrote it)."""
    preps = frozenset(lx.cues["stray_by"]["host_preps"])  # cues.json "stray_by"
    hosts: list[Any] = []
    for c in kids:
        if c.dep_ != "prep" or c.lower_ not in preps:
            continue
        if c.lower_ == "as":
            hosts += [p for p in para.children(c) if p.pos_ == "ADJ"]
        else:
            hosts += [
                p
                for p in para.children(c)
                if p.dep_ == "pobj" and not act_noun(lx, p) and not _authored(lx, p)
            ]
    return hosts


def act_noun(lx: Lexicon, noun: Any) -> bool:
    """A noun that is an event trigger with no light verb ("attack", "execution")."""
    return any(t.light is None for t in lx.triggers.candidates(noun.lemma_.lower(), "NOUN"))


def _authored(lx: Lexicon, noun: Any) -> bool:
    """An authored thing with an article of its own ("the report", "a statement"), whose "by"
    names its author."""
    words = lx.cues["stray_by"]["authored_nouns"]  # cues.json "stray_by"
    return noun.lemma_.lower() in words and any(c.dep_ == "det" for c in noun.children)


def preps_on_doer(para: Paragraph, noun: Any, lx: Lexicon) -> list[Any]:
    """An event noun's prepositions that the parser hung on the name after the noun's "by"
    ("the attack by al-Shabab on Garissa University", "the raid by Israeli troops on the
    camp"): a name takes no "on"/"against" of its own, so they say what the event was aimed
    at. "Of" and "with" stay with the name ("by the president of Kenya", "by a man with a
    knife"): only ``named_doer_preps`` move."""
    preps = frozenset(lx.cues["stray_by"]["named_doer_preps"])  # cues.json "stray_by"
    return [g for g in preps_on_by_name(para.children(noun)) if g.lower_ in preps]
