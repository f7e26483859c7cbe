"""Conditions set on an actor: a refusal held until an actor mends its ways ("refusing to bid
until there is systemic change at FIFA", "would not negotiate with the rebels until they comply
with the resolution", "will not leave the streets until Nkurunziza withdraws his candidacy")
finds that actor at fault -> criticized (CAMEO 110). Words: ``conditions`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, subjects_of
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status

_CAMEO = "110"  # disapprove


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The marks of a condition ("until", "till"; the stage's cue words)."""
    yield from lx.cues["conditions"]["marks"]


def conditions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from whoever holds back until an actor mends to that actor."""
    words = ctx.cues["conditions"]
    for i in para.hits(ctx.word_set(cue_words)):
        mark = para.tokens[i]
        clause = mark.head
        if mark.dep_ != "mark" or clause.dep_ != "advcl" or clause.pos_ not in ("VERB", "AUX"):
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "until the army does not ...": no mending asked
        refusal = _refusal(clause.head, words)
        if refusal is None:
            continue
        targets = [e for e in _menders(ctx, para, clause, words) if ctx.etype_in(e, ACTOR_TYPES)]
        holders = [
            e
            for e in subjects_of(ctx, para, clause.head) or subjects_of(ctx, para, refusal)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in targets
        ]
        if not targets or not holders:
            continue
        date = qualifiers.date(ctx, para, refusal, refusal, Status.OCCURRED)
        for holder in holders:
            for target in targets:
                draft = ctx.draft(para, refusal, holder, Predicate.CRITICIZED, target, 0.7)
                # the refusal is made now, whatever the tense of the mending it waits for
                yield replace(draft, status=Status.OCCURRED, date=date, cameo=_CAMEO)


def _refusal(verb: Any, words: dict[str, Any]) -> Any | None:
    """The verb that holds back, on the chain of ``verb`` and the verbs it is the
    complement of: a refusing verb ("refusing to bid", "boycott the talks") or one negated
    ("would not negotiate", "could not consider"); else None."""
    node = verb
    for _ in range(4):
        if node.lemma_.lower() in words["refusing"] or any(c.dep_ == "neg" for c in node.children):
            return node
        if node.dep_ not in ("xcomp", "ccomp") or node.head.i == node.i:
            return None
        node = node.head
    return None


def _menders(ctx: ArticleContext, para: Paragraph, clause: Any, words: dict[str, Any]) -> list[str]:
    """Who must mend: the subject of a mending verb ("until they comply", "until Kabila
    withdraws his bid"), or the actor a change noun is at or of ("until there is reform at
    FIFA", "until there is change in the government")."""
    lemma = clause.lemma_.lower()
    particles = words["mending"].get(lemma)
    if particles is not None:
        if particles and not any(
            c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles for c in clause.children
        ):
            return []  # "until the UN steps in": no going
        return [e for c in clause.children if c.dep_ == "nsubj" for e in actors_of(ctx, para, c)]
    if lemma != "be" or not any(c.dep_ == "expl" for c in clause.children):
        return []
    found: list[str] = []
    for noun in clause.children:
        if noun.dep_ != "attr" or noun.lemma_.lower() not in words["changes"]:
            continue
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in words["change_preps"]:
                # "at the world governing body FIFA": the parser may hang the name anywhere
                # in the phrase after the noun, so every actor named from "at" to its end
                phrase = [t for t in noun.subtree if t.i >= prep.i]
                found += [e for t in phrase for e in ctx.ents(para, t)]
    return list(dict.fromkeys(found))
