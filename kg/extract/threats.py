"""Threats with conditions: "warned of war unless Kenya withdraws its troops" (the threat is
the event; the condition names its target and is no event of its own), and a second warning
the parser hung on the condition.
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext
from kg.lexicon import Trigger
from kg.vocab import Predicate


def first_threat(ctx: ArticleContext, verb: Any, trigger: Trigger) -> Any | None:
    """ "warned of war unless Kenya withdraws its troops, as well as warning the government
    ...": a second warning the parser joined to the condition is the first warning's."""
    if trigger.predicate is not Predicate.THREATENED or verb.dep_ != "conj":
        return None
    marks = [
        c
        for c in verb.head.children
        if c.dep_ == "mark" and c.lower_ in ctx.cues["threat_conditions"]
    ]
    for first in (t for t in verb.sent if marks and t.i < marks[0].i):
        own = ctx.lx.triggers.match(first)
        if own is not None and own.predicate is Predicate.THREATENED and first.pos_ == "VERB":
            return first
    return None


def condition_words(ctx: ArticleContext, threat: Any) -> set[str]:
    """ "unless" conditions any warning; "if" only an explicit threat ("threatened to close the
    strait if the US attacked"), since "warned prices would rise if ..." only predicts."""
    words = set(ctx.cues["threat_conditions"])
    if threat.lemma_.lower() in ctx.cues["explicit_threat_verbs"]:
        words |= set(ctx.cues["explicit_threat_conditions"])
    return words


def under_condition(ctx: ArticleContext, token: Any, threats: list[Any]) -> bool:
    """The token's clause is the condition of a threat before it ("unless Kenya withdraws"):
    the threat is the event, the condition is not."""
    clause = token if token.pos_ in ("VERB", "AUX") else token.head  # "withdraws its troops"
    marks = [c for c in clause.children if c.dep_ == "mark"]
    return bool(marks) and any(
        t.i < marks[0].i and t.sent == token.sent and marks[0].lower_ in condition_words(ctx, t)
        for t in threats
    )
