"""Signed agreements as negotiations (gen54): parties that signed or concluded a formal
agreement with each other ("Australia signed the resettlement deal with Cambodia", "X and Y
have signed a memorandum of understanding", "their 2013 plea agreement with X") negotiated
with each other, beside the agreement itself (``agreed_with``, CAMEO 057): a deal two sides
sign is one they worked out together. Only an agreement that was concluded: a planned,
proposed, refused or hypothetical one ("ruled out a military pact with X") says no talks
were held.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import Predicate, Status

SIGNED = "057"  # CAMEO: sign formal agreement
NEGOTIATE = "046"  # CAMEO: engage in negotiation


def signed_deals(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """A ``negotiated_with`` claim (CAMEO 046) between the parties of each concluded formal
    agreement (``agreed_with``, CAMEO 057, occurred), with its date and place, unless the
    sentence tells their negotiation already."""
    told = {
        (frozenset((c.subject, c.object)), c.sentence)
        for c in ctx.claims
        if c.predicate is Predicate.NEGOTIATED_WITH and c.object is not None
    }
    for claim in list(ctx.claims):
        if (
            claim.predicate is not Predicate.AGREED_WITH
            or claim.cameo != SIGNED
            or claim.status is not Status.OCCURRED
            or claim.object is None
            or claim.object == claim.subject
        ):
            continue
        key = (frozenset((claim.subject, claim.object)), claim.sentence)
        if key in told:
            continue
        told.add(key)
        yield replace(claim, predicate=Predicate.NEGOTIATED_WITH, cameo=NEGOTIATE)
