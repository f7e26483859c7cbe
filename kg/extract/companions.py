"""Partners of a doer told after "along with" or "together with": "Houthi rebels stormed Aden
along with forces loyal to Saleh" -> the forces act with the subject; they are no object of
the verb (as the "with" of "clashed with X" is). So is the "with" of an act called joint
("launched joint operations with Somalia against al-Shabab"): a partner, not the target.
Words are data (``companions`` and ``joint_acts`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from typing import Any

from kg.extract.context import ArticleContext, Paragraph
from kg.lexicon import Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Family


def companion(ctx: ArticleContext, prep: Any, trigger: Trigger | None, kids: list[Any]) -> bool:
    """Whether the preposition ``prep`` (one of the head's words ``kids``) is the "with" of
    "along with" or "together with" and names a partner. A verb whose own row takes its other
    side after that "with" ("France worked together with Germany", "banded together with the
    army") keeps it as its object, unless a plain "with" beside it names that side ("met with
    Putin along with Merkel"). The "with" of a joint act is a partner of any act but a
    cooperative one ("joint patrols with Chad" cooperate with Chad)."""
    if joint_partner(ctx, prep, kids):
        return trigger is not None and trigger.predicate.family is not Family.COOPERATION
    if not _companion_word(ctx, prep):
        return False
    if trigger is None or trigger.prep != prep.lower_ or "dobj" in trigger.object:
        return True
    return any(
        k.i != prep.i
        and k.dep_ == "prep"
        and k.lower_ == prep.lower_
        and not _companion_word(ctx, k)
        for k in kids
    )


def joint_partner(ctx: ArticleContext, prep: Any, kids: list[Any]) -> bool:
    """Whether ``prep`` is a "with" on an act the joint_acts modifiers call joint, or on the
    verb whose object that act is (``kids``, its head's words): "joint strikes with Britain",
    "held joint exercises with Japan"."""
    if prep.lower_ != "with":
        return False
    modifiers = ctx.cues["joint_acts"]["modifiers"]
    acts = [prep.head, *(k for k in kids if k.dep_ == "dobj")]
    return any(c.dep_ == "amod" and c.lower_ in modifiers for act in acts for c in act.children)


def _companion_word(ctx: ArticleContext, prep: Any) -> bool:
    """The first word just before ``prep`` is "along"/"together", hung on the same head or on
    the preposition."""
    words = ctx.cues["companions"]
    if prep.lower_ not in words["preps"] or prep.i == 0:
        return False
    before = prep.doc[prep.i - 1]
    return before.lower_ in words["words"] and (
        before.head == prep or before.head == prep.head or before == prep.head
    )


def companion_partners(ctx: ArticleContext, para: Paragraph, head: Any) -> list[Any]:
    """The partners named after the head's "along with"/"together with" (the parser may hang
    "with" on "along"), and those listed with them ("along with his wife and two friends")."""
    words = ctx.cues["companions"]["words"]
    preps = [k for k in para.children(head) if k.dep_ == "prep"]
    preps += [g for k in preps if k.lower_ in words for g in para.children(k) if g.dep_ == "prep"]
    return [
        node
        for prep in preps
        if _companion_word(ctx, prep)
        for pobj in para.children(prep)
        if pobj.dep_ == "pobj"
        for node in para.with_conjuncts(pobj)
    ]


def joint_partners(ctx: ArticleContext, para: Paragraph, noun: Any, verb: Any) -> list[str]:
    """The actors after a "with" on a joint act or on its light verb ("launched joint
    operations with Somalia and Ethiopia")."""
    return [
        e
        for head in (noun, verb)
        for prep in para.children(head)
        if prep.dep_ == "prep" and joint_partner(ctx, prep, para.children(head))
        for pobj in para.children(prep)
        if pobj.dep_ == "pobj"
        for token in (pobj, *pobj.conjuncts)
        for e in ctx.ents(para, token)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
