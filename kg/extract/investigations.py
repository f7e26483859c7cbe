"""Investigations as criticism: "police are probing the club", "the club is being investigated
by prosecutors", "opened an investigation into the club". The trigger rows are lexicon data
(``tools/lexicon/seeds/accuse.txt``); this module keeps the claims they make to an actor the
investigation's own object names, and to investigations that are real or planned. Words are
data (``investigation_words`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Trigger
from kg.vocab import EntityType, Predicate, Status

# the object slots of a looked-into actor: "probing X", "X is being investigated", "into X"
_VERB_OBJECTS = ("dobj", "nsubjpass")
_PLACES = frozenset({EntityType.CITY, EntityType.PLACE})
# a denied ("is not investigating X") or demanded ("called for an inquiry into X")
# investigation has not looked into anyone
_UNMADE = frozenset({Status.DENIED, Status.PROPOSED})


def looked_into(ctx: ArticleContext, trigger: Trigger) -> bool:
    """Whether a criticism trigger is an investigation's word ("probe", "inquiry")."""
    return (
        trigger.predicate is Predicate.CRITICIZED
        and trigger.lemma in ctx.cues["investigation_words"]["words"]
    )


def named_objects(
    ctx: ArticleContext, para: Paragraph, trigger_token: Any, objects: list[str]
) -> list[str]:
    """The objects the investigation's own object word names, places aside: "an investigation
    into FIFA" looks into FIFA, "into the Jalalabad bombings" into an event (not Jalalabad),
    "probing Australia's bid" into a bid (not Australia)."""
    named = {e for token in _object_words(para, trigger_token) for e in ctx.ents(para, token)}
    return [o for o in objects if o in named and not ctx.etype_in(o, _PLACES)]


def own_status(ctx: ArticleContext, trigger_token: Any, light: bool, status: Status) -> Status:
    """The investigation's own status: a bare noun's is presupposed whatever its clause
    denies ("Blatter has not been implicated in the US investigation into FIFA": the
    investigation is real), unless "no" denies the noun itself ("no inquiry into X")."""
    if (
        status is Status.DENIED
        and trigger_token.pos_ == "NOUN"
        and not light
        and not any(
            c.dep_ == "det" and c.lower_ in ctx.cues["negations"] for c in trigger_token.children
        )
    ):
        return Status.OCCURRED
    return status


def unmade(status: Status) -> bool:
    """Whether an investigation of this status criticized no one (denied or only demanded)."""
    return status in _UNMADE


def _object_words(para: Paragraph, trigger_token: Any) -> list[Any]:
    """The words an investigation looks into: a verb's object or passive subject, a noun's
    object of "into" (or its light verb's: "opened an investigation into X", the parser
    hanging "into" on "opened"), or what is "under" it ("X is under investigation by Y")."""
    if trigger_token.pos_ == "VERB":
        return [c for c in para.children(trigger_token) if c.dep_ in _VERB_OBJECTS]
    frame = trigger_token.head
    if trigger_token.dep_ == "pobj" and frame.lower_ == "under" and frame.dep_ == "prep":
        # "X is under investigation by Y", "officials under investigation": the frame's
        # clause subject, or the noun it hangs on, is looked into (crit34)
        governor = frame.head
        if governor.pos_ in ("NOUN", "PROPN"):
            return [governor]
        return [c for c in para.children(governor) if c.dep_ in ("nsubj", "nsubjpass")]
    holders = [trigger_token]
    if trigger_token.dep_ == "dobj":
        holders.append(trigger_token.head)
    return [
        pobj
        for holder in holders
        for prep in para.children(holder)
        if prep.dep_ == "prep" and prep.lower_ == "into"
        for pobj in para.children(prep)
        if pobj.dep_ == "pobj"
    ]
