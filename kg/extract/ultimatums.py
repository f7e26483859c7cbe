"""Ultimatums: a coercive step announced for the future under an "unless" condition is a
threat ("Nigeria announced it will withdraw its force from Chad unless ...", "the party said
it will boycott the elections unless the president steps down") -> threatened (PLOVER
THREATEN, CAMEO 13), beside the planned step itself. The condition's own claims are the
threats module's concern; this stage reads the claims the earlier passes found.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
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


def ultimatums(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """threatened claims for the planned (or conditional) coercive claims of a sentence
    whose clause an "unless" clause conditions."""
    conditions = set(ctx.cues["threat_conditions"])
    deps, lowers = para.deps, para.lowers
    for mark in para.tokens:
        if deps[mark.i] != "mark" or lowers[mark.i] not in conditions:
            continue
        condition = mark.head
        main = condition.head
        if condition.dep_ != "advcl" or main == condition:
            continue
        inside = {t.i for t in condition.subtree}
        before = {
            para.links[t.i]
            for t in mark.sent
            if t.i < mark.i and t.i not in inside and t.i in para.links
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
                or claim.status not in (Status.PLANNED, Status.HYPOTHETICAL)
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
