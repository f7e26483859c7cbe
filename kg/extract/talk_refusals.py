"""Talks refused or broken off: "suspended talks with X", "refused to hold talks with X",
"pulled out of negotiations with X" -> the subject did not negotiate with X (negotiated_with,
status denied, as refused talks are). Words are data (``talk_refusals`` in
``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import emit, subjects_of
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The verbs of refusing or breaking off (the stage's cues)."""
    verbs: dict[str, str | None] = lx.cues["talk_refusals"]["verbs"]
    return verbs


def talk_refusals(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """negotiated_with claims, denied, of one paragraph's talks refused or broken off."""
    words = ctx.cues["talk_refusals"]
    nouns = words["nouns"]
    if para.words.isdisjoint(nouns):
        return  # no talks to refuse: every rule ends on one of the nouns
    for verb, _, particle, kids in ctx.particle_verbs(para, "talk_refusals", cue_words):
        if any(c.dep_ == "neg" for c in kids):
            continue  # "did not suspend talks": they go on
        if particle is not None:
            # "pulled out of talks": the parser hangs the "of" on the particle
            held = [c for c in kids if c.dep_ in ("prt", "prep") and c.lower_ == particle]
            if not held:
                continue  # "broke off talks", not "broke ranks"; "ruled out talks"
            kids = kids + [g for c in held for g in para.children(c)]
        for noun in _talks(para, verb, kids, nouns, words["attend_verbs"]):
            parties = ctx.prep_actors(para, [noun, noun.head], ("with",))
            subjects = [s for s in subjects_of(ctx, para, verb) if s not in parties]
            parties = [p for p in parties if ctx.etype_in(p, ACTOR_TYPES)]
            if not subjects or not parties:
                continue
            trigger = Trigger(noun.lemma_.lower(), "NOUN", Predicate.NEGOTIATED_WITH, "046")
            for draft in emit(ctx, para, noun, verb, trigger, subjects, parties, confidence=0.7):
                # talks refused or broken off are not held; a refusal only weighed stays so
                occurred = draft.status is Status.OCCURRED
                yield replace(draft, status=Status.DENIED) if occurred else draft


def _talks(
    para: Paragraph,
    verb: Any,
    kids: list[Any],
    nouns: list[str],
    attend: list[str],
) -> list[Any]:
    """The talks the verb refuses: its object ("suspended talks"), the object of its "of" or
    "from" ("pulled out of talks"), or the object of the act it refuses ("refused to hold
    talks", "declined to attend negotiations")."""
    found = [c for c in kids if c.dep_ == "dobj"]
    found += [
        p
        for c in kids
        if c.dep_ == "prep" and c.lower_ in ("of", "from")
        for p in para.children(c)
        if p.dep_ == "pobj"
    ]
    found += [
        o
        for c in kids
        if c.dep_ == "xcomp" and c.lemma_.lower() in attend
        for o in para.children(c)
        if o.dep_ == "dobj"
    ]
    return [n for n in found if n.lemma_.lower() in nouns and n.pos_ == "NOUN"]
