"""Conditions set on an actor: a refusal held until an actor mends its ways ("refusing to bid
until there is systemic change at FIFA", "would not negotiate with the rebels until they comply
with the resolution", "will not leave the streets until Nkurunziza withdraws his candidacy")
finds that actor at fault -> criticized (CAMEO 110). Words: ``conditions`` of
``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.holdouts import criticise_until, holds_out
from kg.extract.interactions import actors_of, subjects_of
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES


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
        if holds_out(clause, ctx.cues["holdouts"]):
            continue  # "will not rest until X steps down": kg/extract/holdouts.py's
        refusal = _refusal(clause.head, words)
        if refusal is None:
            continue
        targets = [e for e in _menders(ctx, para, clause, words) if ctx.etype_in(e, ACTOR_TYPES)]
        holders = [
            e
            for e in subjects_of(ctx, para, clause.head) or subjects_of(ctx, para, refusal)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in targets
        ]
        yield from criticise_until(ctx, para, refusal, holders, targets)


def _refusal(verb: Any, words: dict[str, Any]) -> Any | None:
    """The verb that holds back, on the chain of ``verb`` and the verbs it is the
    complement of: a refusing verb ("refusing to bid", "boycott the talks") or a verb of
    ``withheld`` negated ("would not negotiate", "could not consider"; not "would not know
    the facts until ...", which is only a time); else None."""
    node = verb
    for _ in range(4):
        lemma = node.lemma_.lower()
        if lemma in words["refusing"]:
            return node
        if lemma in words["withheld"] and any(c.dep_ == "neg" for c in node.children):
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
        if lemma in words["needs_object"] and not _mended_object(ctx, para, clause, words):
            return []  # "until the AU ends its summit": no act of its own given up
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


def _mended_object(ctx: ArticleContext, para: Paragraph, verb: Any, words: dict[str, Any]) -> bool:
    """Whether ``verb`` ("release", "end", ...) has an object that is a policy or act
    ("until they end their crackdown") or an actor or captive ("until Egypt releases
    the journalists"), not a thing of no fault ("releases its report", "ends its summit")."""
    for obj in verb.children:
        if obj.dep_ not in ("dobj", "obj"):
            continue
        if obj.lemma_.lower() in words["mended_objects"] or ctx.ents(para, obj):
            return True
    return False
