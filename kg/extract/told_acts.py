"""Whose act a definite attack or arrest noun is ("the al-Bab attack"): the article's latest
claim of that kind before it. A read-only helper of the verdict rules (crit46): reads drafts
and ``event_anaphora``/``told_acts`` of cues.json, writes nothing."""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.event_coref import anaphora_table, events_before
from kg.vocab import Predicate

# the predicates whose claims an act noun may refer back to
_TOLD = (Predicate.ATTACKED, Predicate.COERCED)


def latest_doers(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The doer of the article's last attack (or arrest) claim in the text before ``noun``'s
    sentence, not a denied or hypothetical one, when ``noun`` is a definite attack (or
    arrest) noun of ``event_anaphora`` with no owner of its own ("the attack", "this
    bombing", "the al-Bab attack"); else nothing. Not ``event_coref.event_antecedent``: a
    name in front ("the al-Bab attack") or an event named in between keeps the doer here."""
    determiners = ctx.cues["told_acts"]["determiners"]
    if not any(c.dep_ == "det" and c.lower_ in determiners for c in noun.children):
        return []
    if any(c.dep_ in ("poss", "prep", "acl", "relcl", "appos") for c in noun.children):
        return []  # "the attack on X by Y", "Israel's raid": the noun's own parts name it
    lemma = noun.lemma_.lower()
    kinds = {p for p, words in anaphora_table(ctx).items() if p in _TOLD and lemma in words}
    start = ctx.sentence_span(para, noun)[0]
    earlier = [c for c in events_before(ctx, kinds, start) if c.object is not None]
    return [earlier[-1].subject] if earlier else []
