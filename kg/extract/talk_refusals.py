"""Talks refused or broken off: "suspended talks with X", "refused to hold talks with X",
"pulled out of negotiations with X" -> the subject did not negotiate with X (negotiated_with,
status denied, as refused talks are). Words are data (``talk_refusals`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace

from kg.extract import talk_breaks
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, saying_date, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of refusing or breaking off (the stage's cues)."""
    return talk_breaks.cue_words(lx)


def talk_refusals(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """negotiated_with claims, denied, of one paragraph's talks refused or broken off."""
    for verb, noun in talk_breaks.refused_talks(ctx, para):
        parties = ctx.prep_actors(para, [noun, noun.head], ("with",))
        subjects = [s for s in subjects_of(ctx, para, verb) if s not in parties]
        parties = [p for p in parties if ctx.etype_in(p, ACTOR_TYPES)]
        if not subjects or not parties:
            continue
        trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.NEGOTIATED_WITH, "046")
        for draft in emit(ctx, para, noun, verb, trigger, subjects, parties, confidence=0.7):
            # talks refused or broken off are not held; a refusal only weighed stays so
            if draft.status not in (Status.OCCURRED, Status.DENIED):
                yield draft
                continue
            # "X said on Sunday it was suspending talks": the refusal is dated by its saying
            date = draft.date or saying_date(ctx, para, verb, Status.OCCURRED)
            yield replace(draft, status=Status.DENIED, date=date)
