"""Holdouts: a vow to hold out until someone leaves ("protesters set up camps, vowing to stay
until Gruevski resigns", "we will not rest until the president steps down", "pledged to keep
protesting until Kabila quits") demands that one's going -> criticized (CAMEO 110). Words:
``holdouts`` of ``kg/data/en/cues.json``.
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
    """The verbs of leaving (the stage's cue words)."""
    yield from lx.cues["holdouts"]["leaving"]


def holdouts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from whoever holds out until an actor leaves to that actor."""
    words = ctx.cues["holdouts"]
    for i in para.hits(ctx.word_set(cue_words)):
        leave = para.tokens[i]
        if not _leaving(leave, words):
            continue
        hold = leave.head
        vow = _holding_out(hold, words)
        if vow is None:
            continue
        leavers = [
            e
            for s in leave.children
            if s.dep_ == "nsubj"
            for e in actors_of(ctx, para, s)
            if ctx.etype_in(e, ACTOR_TYPES)
        ]
        found = subjects_of(ctx, para, hold)
        if not found and vow.dep_ == "acl" and vow.head.dep_ == "dobj":
            # "protesters set up camps vowing to stay": the parser hung the vow on the
            # object; the verb's subject vows
            found = subjects_of(ctx, para, vow.head.head)
        holders = [e for e in found if ctx.etype_in(e, ACTOR_TYPES) and e not in leavers]
        yield from criticise_until(ctx, para, hold, holders, leavers)


def criticise_until(
    ctx: ArticleContext, para: Paragraph, verb: Any, holders: list[str], targets: list[str]
) -> Iterator[Draft]:
    """criticized claims (CAMEO 110) at ``verb`` from each holder to each target of a hold-out
    or refusal kept "until" the target goes or mends (here and in kg/extract/conditions.py).
    The vow or refusal is made now, whatever the tense of the act it waits for."""
    if not holders or not targets:
        return
    date = qualifiers.date(ctx, para, verb, verb, Status.OCCURRED)
    for holder in holders:
        for target in targets:
            draft = ctx.draft(para, verb, holder, Predicate.CRITICIZED, target, 0.7)
            yield replace(draft, status=Status.OCCURRED, date=date, cameo=_CAMEO)


def holds_out(clause: Any, words: dict[str, Any]) -> bool:
    """Whether this stage reads the "until" clause ``clause`` ("will not rest until X steps
    down"), so that kg/extract/conditions.py leaves it (one sentence, one claim)."""
    return (
        clause.lemma_.lower() in words["leaving"]
        and _leaving(clause, words)
        and _holding_out(clause.head, words) is not None
    )


def _leaving(verb: Any, words: dict[str, Any]) -> bool:
    """ "until X resigns", "till Y steps down": a verb of leaving (with its particle, where it
    needs one) in an "until" clause, not negated."""
    if verb.pos_ != "VERB" or verb.dep_ != "advcl":
        return False
    if not any(c.dep_ == "mark" and c.lower_ in words["marks"] for c in verb.children):
        return False
    if any(c.dep_ == "neg" for c in verb.children):
        return False
    particles = words["leaving"][verb.lemma_.lower()]
    return not particles or any(
        c.dep_ in ("prt", "advmod", "prep") and c.lower_ in particles for c in verb.children
    )


def _holding_out(verb: Any, words: dict[str, Any]) -> Any | None:
    """The verb that makes the clause the "until" hangs on hold out, or None: a protest verb
    ("will protest until ..."), "rest" denied ("will not rest until"), or the vow a verb of
    staying or going on is under ("vowing to stay", "pledged to keep protesting")."""
    lemma = verb.lemma_.lower()
    if lemma in words["protesting"]:
        return verb
    if lemma in words["resting"]:
        return verb if any(c.dep_ == "neg" for c in verb.children) else None
    if lemma not in words["staying"]:
        return None
    node = verb
    for _ in range(3):  # "vowing to stay", "vowed to keep protesting"
        if node.dep_ not in ("xcomp", "advcl") or node.head.i == node.i:
            return None
        node = node.head
        if node.lemma_.lower() in words["vowing"]:
            return node
    return None
