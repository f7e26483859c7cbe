"""Ultimatums: a coercive step announced for the future under an "unless" condition is a
threat ("Nigeria announced it will withdraw its force from Chad unless ...", "the party said
it will boycott the elections unless the president steps down") -> threatened (PLOVER
THREATEN, CAMEO 13), beside the planned step itself; so is a sanction, attack or repression
under an "if" ("will impose sanctions on Burundi if the violence continues"). The
condition's own claims are the threats module's concern; this stage reads the claims the
earlier passes found.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import Predicate, Status

# what a conditional step threatens, as CAMEO 13 codes it
THREAT_CODES = {
    Predicate.SANCTIONED: "1312",  # threaten to boycott, embargo or sanction
    Predicate.ATTACKED: "138",  # threaten to use military force
    Predicate.MOBILIZED: "138",
    Predicate.COERCED: "137",  # threaten with repression
    Predicate.WITHDREW_FROM: "136",  # threaten to halt international involvement
    Predicate.CRITICIZED: "130",
}
# the steps that threaten under any condition ("if"): force used on the object whatever the
# condition is ("will send troops to Mali if asked", "would withdraw if the truce holds" are
# not threats)
FORCE_STEPS = frozenset({Predicate.SANCTIONED, Predicate.ATTACKED, Predicate.COERCED})


def cue_words(lx: Lexicon) -> Iterator[str]:
    """The condition words: "unless", and "if" for a step of force."""
    yield from lx.cues["threat_conditions"]
    yield from lx.cues["conditional_steps"]["conditions"]


def _steps(ctx: ArticleContext, para: Paragraph, mark: Any) -> frozenset[Predicate] | None:
    """The predicates of the steps a condition word makes threats of (None: no condition)."""
    word = para.lowers[mark.i]
    if word in ctx.cues["threat_conditions"]:
        return frozenset(THREAT_CODES)
    steps = ctx.cues["conditional_steps"]
    if word not in steps["conditions"]:
        return None
    before = mark.nbor(-1) if mark.i > mark.sent.start else None
    if before is not None and before.lower_ in steps["not_after"]:
        return None  # "as if", "what if"
    return FORCE_STEPS


def ultimatums(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims for the planned (or conditional) coercive claims of a sentence
    whose clause an "unless" clause (or, for force, an "if" clause) conditions."""
    deps = para.deps
    for i in para.hits(ctx.word_set(cue_words)):  # the condition words' tokens only
        if deps[i] != "mark":
            continue
        mark = para.tokens[i]
        steps = _steps(ctx, para, mark)
        if steps is None:
            continue
        condition = mark.head
        main = condition.head
        if condition.dep_ != "advcl" or main == condition:
            continue
        inside = {t.i for t in condition.subtree}
        # the step's sides are outside the condition, before it or, for a condition put
        # first ("If Kiev does not pay, Russia will cut ..."), after it
        before = {
            para.links[t.i]
            for t in mark.sent
            if (t.i < mark.i or condition.i < main.i) and t.i not in inside and t.i in para.links
        }
        span = ctx.sentence_span(para, mark)
        claims = [c for c in ctx.claims if c.sentence == span]
        made = {(c.subject, c.object) for c in claims if c.predicate is Predicate.THREATENED}
        root = mark.sent.root
        status = Status.DENIED if qualifiers.status(ctx, root, root) is Status.DENIED else None
        for claim in claims:
            code = THREAT_CODES.get(claim.predicate)
            if (
                code is None
                or claim.predicate not in steps
                or claim.status not in (Status.PLANNED, Status.HYPOTHETICAL)
                # under "if", a step announced ("will impose"), not a writer's conjecture
                # ("if Russia invaded, NATO would impose sanctions")
                or (steps is FORCE_STEPS and claim.status is not Status.PLANNED)
                or claim.object is None
                or claim.subject not in before
                or claim.object not in before
                or (claim.subject, claim.object) in made
            ):
                continue
            made.add((claim.subject, claim.object))
            yield replace(
                claim,
                predicate=Predicate.THREATENED,
                status=status or Status.OCCURRED,
                date=qualifiers.date(ctx, para, root, root, Status.OCCURRED),
                place=None,
                cameo=code,
                confidence=min(claim.confidence, 0.75),
            )
