"""Targets listed after a strike: "Coalition jets hit X. Witnesses said the targets included
Y" -> the one striker just named attacked Y too.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, sentence_spans
from kg.vocab import Predicate, Status

# the sentences before the list that may tell the strike ("RELATED" lines are gone)
_WINDOW = 2


def listed_targets(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """ "the targets included X and Y": each named X is attacked by the one striker of the
    nearest sentence before (of the last two) that tells an attack; with two strikers
    there, or none, no guess."""
    words = ctx.cues.get("strike_target_lists", {})
    nouns, verbs = frozenset(words.get("nouns", ())), frozenset(words.get("verbs", ()))
    spans = sentence_spans(paras)
    for para in paras:
        for token in para.tokens:
            if token.tag_ != "NNS" or token.lemma_.lower() not in nouns:
                continue
            verb = token.head
            if token.dep_ != "nsubj" or verb.lemma_.lower() not in verbs or token.i in para.links:
                continue
            targets = _listed(para, verb)
            if not targets:
                continue
            here = ctx.sentence_span(para, token)
            strike = _strike_before(ctx, spans, here)
            if strike is None:
                continue
            for target in targets:
                if target == strike.subject or _told(ctx, strike.subject, target):
                    continue
                yield replace(strike, object=target, sentence=here, confidence=0.6)


def _listed(para: Paragraph, verb: Any) -> list[str]:
    """The named objects of "included": the object and its conjuncts, each a name or a
    common noun with a named "of" phrase ("the base of Fajj Attan")."""
    objects = [c for c in verb.children if c.dep_ == "dobj"]
    objects += [c for o in objects for c in o.conjuncts]
    found: list[str] = []
    for obj in objects:
        label = para.links.get(obj.i)
        if label is None:
            named = [
                p.i
                for prep in obj.children
                if prep.dep_ == "prep" and prep.lower_ == "of"
                for p in prep.children
                if p.dep_ == "pobj" and p.i in para.links
            ]
            label = para.links[named[0]] if len(named) == 1 else None
        if label is not None and label not in found:
            found.append(label)
    return found


def _strike_before(
    ctx: ArticleContext, spans: list[tuple[int, int]], here: tuple[int, int]
) -> Draft | None:
    """The attack told in the nearest of the sentences just before ``here``, when that
    sentence has one striker."""
    at = spans.index(here) if here in spans else -1
    for back in range(1, _WINDOW + 1):
        if at - back < 0:
            return None
        span = spans[at - back]
        attacks = [
            c
            for c in ctx.claims
            if c.sentence == span
            and c.predicate is Predicate.ATTACKED
            and c.status is Status.OCCURRED
        ]
        if attacks:
            strikers = {c.subject for c in attacks}
            return attacks[0] if len(strikers) == 1 else None
    return None


def _told(ctx: ArticleContext, doer: str, target: str) -> bool:
    return any(
        c.predicate is Predicate.ATTACKED and c.subject == doer and c.object == target
        for c in ctx.claims
    )
