"""Whose act a definite attack or arrest noun is when nothing else names its doer: "the al-Bab
attack", "the arrest" refer back to the article's latest claim of that kind before them
(``event_anaphora`` of ``kg/data/en/cues.json``); read by the verdict rules (crit46).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.vocab import Predicate

# the predicates whose claims an act noun may refer back to
_TOLD = (Predicate.ATTACKED, Predicate.COERCED)


def latest_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The doer of the article's latest attack (or arrest) claim told before ``noun``'s
    sentence, when ``noun`` is a definite attack (or arrest) noun of ``event_anaphora`` with
    no owner of its own ("the attack", "this bombing", "the al-Bab attack"); else nothing."""
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
        return []
    if any(c.dep_ in ("poss", "prep", "acl", "relcl", "appos") for c in noun.children):
        return []  # "the attack on X by Y", "Israel's raid": the noun's own parts name it
    table = ctx.cues["event_anaphora"]
    lemma = noun.lemma_.lower()
    predicates = [p for p in _TOLD if lemma in table.get(p.value, ())]
    start = ctx.sentence_span(para, noun)[0]
    earlier = [
        c
        for c in ctx.claims
        if c.predicate in predicates and c.sentence[1] <= start and c.object is not None
    ]
    return [earlier[-1].subject] if earlier else []
