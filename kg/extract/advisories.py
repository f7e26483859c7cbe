"""A state's warning to its own people (weak64): "Britain warned its citizens against travel
to Tunisia", "the United States warned Americans to leave Yemen" is an advisory, no threat to
the people warned nor to the country named; a warning to another side ("warned Iran of
consequences") stays a threat."""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.extract.event_coref import actor_country
from kg.lexicon import Trigger
from kg.vocab import EntityType, Predicate


def advised_own(
    ctx: ArticleContext,
    para: Paragraph,
    token: Any,
    trigger: Trigger,
    objects: list[str],
    subjects: list[str],
) -> list[str]:
    """The objects of a warning verb (``advisories.verbs`` of cues.json) less the warned
    subject's own people: every object when the verb's object is a people noun its
    possessive pronoun gives to the subject ("its citizens", "their nationals") or that is
    bare ("warned tourists against visiting Kenya"), and any group of the subject's own
    country ("Americans" warned by the United States)."""
    cues = ctx.cues["advisories"]
    if trigger.predicate is not Predicate.THREATENED or trigger.lemma not in cues["verbs"]:
        return objects
    if any(_own_people(para, c, cues) for c in para.children(token) if c.dep_ == "dobj"):
        return []
    homes = {actor_country(ctx, s) for s in subjects}
    if None in homes or len(homes) != 1:
        return objects
    return [
        o
        for o in objects
        if not (ctx.etype_is(o, EntityType.GROUP) and actor_country(ctx, o) in homes)
    ]


def _own_people(para: Paragraph, noun: Any, cues: dict[str, Any]) -> bool:
    """A people noun of ``advisories.people`` owned by a pronoun of ``advisories.owners``
    ("its citizens"), or bare ("warned tourists"): not one of another side ("Ethiopian
    citizens", "Iran's people")."""
    if noun.lemma_.lower() not in cues["people"]:
        return False
    marks = [c for c in para.children(noun) if c.dep_ in ("poss", "amod", "compound")]
    return all(c.dep_ == "poss" and c.lower_ in cues["owners"] for c in marks)
