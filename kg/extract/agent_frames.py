"""Attacks named as the backdrop of a clause: "After months of air strikes by the US, ISIL is
on the defensive", "Despite Hezbollah's attacks, Syrian rebels remain powerful", "Boko Haram
has suffered setbacks following an offensive by Nigeria". An attack noun with a "by" agent
(else an owner that fights) and no target of its own, in a frame phrase ("after", "under",
"despite", ...; ``agent_frames`` of ``kg/data/en/cues.json``), was aimed at the subject of the
clause it frames.
Not when that clause's verb is itself an event or a speech verb ("After attacks by Boko Haram,
the army launched an offensive", "After strikes by X, the minister said"): its subject acts.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import assaults
from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit, led_owners
from kg.lexicon import Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate

# edges a frame climbs from its preposition to the clause it frames ("despite loss of
# territory in neighbouring Iraq under bombardment": under -> neighbouring -> in -> loss ->
# despite -> make -> continued)
_CLIMB = frozenset({"prep", "pobj", "pcomp", "xcomp", "advcl", "dobj", "acl"})


def agent_frames(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from the "by" agent of a framing attack noun to the framed subject."""
    words = ctx.cues["agent_frames"]
    frames = frozenset(words["preps"])
    if frames.isdisjoint(para.words):
        return  # no frame word ("despite", "amid") over any noun (``_frame``)
    target_preps = frozenset(words["target_preps"])
    modifiers = frozenset(ctx.cues["attack_modifiers"])
    for i, lemma in enumerate(para.lemmas):
        if para.poses[i] != "NOUN":
            continue
        noun = para.tokens[i]
        kids = para.children(noun)
        trigger = _attack(ctx, para, noun, lemma, kids, modifiers)
        if trigger is None:
            continue
        if any(c.dep_ == "prep" and c.lower_ in target_preps for c in kids):
            continue  # "air strikes by the US on Mosul": the target is named
        agents = _agents(ctx, para, noun, kids)
        if not agents:
            continue
        frame = _frame(noun, frames)
        if frame is None:
            continue
        clause = _framed_clause(frame)
        if clause is None or _acts(ctx, para, clause):
            continue
        targets = [
            e
            for s in para.children(clause)
            if s.dep_ in ("nsubj", "nsubjpass")
            for t in (s, *s.conjuncts)
            for e in ctx.ents(para, t)
            if ctx.etype_in(e, ACTOR_TYPES) and e not in agents
        ]
        if targets:
            yield from emit(ctx, para, noun, noun, trigger, agents, targets, confidence=0.7)


def _agents(ctx: ArticleContext, para: Paragraph, noun: Any, kids: list[Any]) -> list[str]:
    """Who made the attack: its "by" agent, else an owner that fights ("Despite Hezbollah's
    attacks", "despite months of US-led air strikes"; "the Charlie Hebdo attack" names what
    was hit)."""
    agents = [
        e
        for p in prep_objects(noun, ("by",))  # a paragraph token's children are its own
        for e in ctx.ents(para, p)
        if ctx.etype_in(e, ACTOR_TYPES)
    ]
    if agents:
        return agents
    return [
        e
        for e in [
            *(
                e
                for c in kids
                if c.dep_ in ("poss", "amod", "compound", "nmod")
                for e in ctx.ents(para, c, adjectives=True)
                # "despite the Sousse beach attack": a name before what was hit is no doer
                if not (
                    assaults.before_hit(ctx, para, noun, c) and not assaults.known_fighter(ctx, e)
                )
            ),
            *led_owners(ctx, para, noun),
        ]
        if ctx.etype_in(e, ACTOR_TYPES) and assaults.fighter(ctx, e)
    ]


def _attack(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    lemma: str,
    kids: list[Any],
    modifiers: frozenset[str],
) -> Trigger | None:
    """The attack trigger of the noun: its own ("offensive", "bombardment"), or, for a noun
    that is an attack only with a weapon ("air strikes", "missile strikes"; a bare "strike"
    is a walkout), the index's attack sense of it."""
    own: Trigger | None = para.trigger(ctx.lx.triggers, noun)
    if own is not None and own.predicate is Predicate.ATTACKED:
        return own
    if not any(c.dep_ in ("compound", "amod") and c.lower_ in modifiers for c in kids):
        return None
    senses = ctx.lx.triggers.candidates(lemma, "NOUN")
    return next((t for t in senses if t.predicate is Predicate.ATTACKED), None)


def _frame(noun: Any, frames: frozenset[str]) -> Any | None:
    """The frame word over the noun, through measures ("after months of air strikes"), or
    None."""
    node = noun
    for _ in range(3):
        head = node.head
        if head.lower_ in frames and node.dep_ in ("pobj", "dobj"):
            return head  # "following" is at times parsed as a verb with the noun its object
        if node.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
            node = head.head  # "months of", "weeks of"
            continue
        return None
    return None


def _framed_clause(frame: Any) -> Any | None:
    """The nearest clause head above the frame that has a subject."""
    node = frame
    for _ in range(8):
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in node.children
        ):
            return node
        if node.dep_ not in _CLIMB or node.head is node:
            return None
        node = node.head
    return None


def _acts(ctx: ArticleContext, para: Paragraph, clause: Any) -> bool:
    """The framed clause's verb is an event or speech of its own: its subject acts."""
    if clause.lemma_.lower() in ctx.cues["speech_verbs"] and not any(
        c.dep_ == "xcomp" for c in para.children(clause)
    ):
        return True  # "officials said the truce was over"; "continued to make gains" is no speech
    if para.trigger(ctx.lx.triggers, clause) is not None:
        return True
    # "the army launched an offensive": a light verb whose object is an event noun
    return any(
        c.dep_ == "dobj" and para.trigger(ctx.lx.triggers, c) is not None
        for c in para.children(clause)
    )
