"""Exits: a side that wants, seeks or campaigns for someone to leave an organisation ("UKIP,
which wants the country to withdraw from the European Union") criticizes that organisation
(CAMEO 111). Words: ``exits`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import actors_of, emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The verbs of leaving (the stage's cue words)."""
    yield from lx.cues["exits"]["leaving"]


def exits(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from a side that wants an exit to the organisation to be left."""
    words = ctx.cues["exits"]
    for i in para.hits(ctx.word_set(cue_words)):
        leave = para.tokens[i]
        wanting = _wanting(leave, words)
        if leave.pos_ != "VERB" or wanting is None:
            continue
        left = [
            e
            for n in [c for c in leave.children if c.dep_ == "dobj"]
            + prep_objects(leave, ("from",))
            for e in actors_of(ctx, para, n)
            if ctx.etype_is(e, EntityType.ORGANIZATION)
        ]
        wanters = [e for e in subjects_of(ctx, para, wanting) if e not in left]
        if left and wanters:
            trigger = Trigger(wanting.lemma_.lower(), "VERB", Predicate.CRITICIZED, "111")
            yield from emit(ctx, para, wanting, wanting, trigger, wanters, left, confidence=0.6)


def _wanting(leave: Any, words: dict[str, Any]) -> Any | None:
    """The verb of wanting whose "to" clause the leaving is ("wants X to withdraw", "campaigns
    for X to leave"), or None."""
    head = leave.head
    if leave.dep_ in ("xcomp", "ccomp", "advcl") and head.lemma_.lower() in words["wanting"]:
        return head
    if leave.dep_ == "pcomp" and head.head.lemma_.lower() in words["wanting"]:
        return head.head  # "campaigns for Italy to leave": "for" hangs on the verb
    return None
