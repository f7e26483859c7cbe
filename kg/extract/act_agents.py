"""Agents of an act object that the parser hangs elsewhere: "condemned the invasion of Panama
by the United States" ("by" on the verb), "denounced the closure of the mosque by Israel" (on
what the act is of) -> the verb's claim is aimed at the act's agent (criticized, supported ...,
the trigger's CAMEO code). The trigger rules read "by X" on the act noun itself ("a ban imposed
by Russia"); on an active verb, after its object, "by X" cannot be the verb's own agent.
"""

from __future__ import annotations

from collections.abc import Iterator

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.vocab import Predicate

# stances toward an act, which are stances toward its agent ("met" or "visited" someone is
# with the people met, never with the owner of what they discussed)
_STANCES = frozenset(
    {
        Predicate.CRITICIZED,
        Predicate.SUPPORTED,
        Predicate.REQUESTED,
        Predicate.THREATENED,
        Predicate.SANCTIONED,
    }
)


def act_agents(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Claims from an active trigger verb to the agent its act object names after "by"."""
    if "by" not in para.words:
        return  # every claim's agent is a "by" phrase's (``prep_actors`` below)
    acts = frozenset(ctx.cues["act_nouns"]) | frozenset(ctx.cues["state_acts"])
    for i, trigger in para.matches(ctx.lx.triggers).items():
        verb = para.tokens[i]
        if verb.pos_ != "VERB" or trigger.predicate not in _STANCES:
            continue
        if trigger.prep is not None or trigger.needs_person_object:
            continue  # the object is the preposition's ("appealed to X"), or a person
        kids = para.children(verb)
        if any(k.dep_ in ("auxpass", "agent") for k in kids):
            continue  # "was condemned by X": X is the verb's own subject
        objects = [k for k in kids if k.dep_ == "dobj" and k.pos_ == "NOUN"]
        if len(objects) != 1 or ctx.ents(para, objects[0]):
            continue
        act = objects[0]
        lemma = act.lemma_.lower()
        if lemma not in acts and not ctx.lx.triggers.candidates(lemma, "NOUN"):
            continue
        if any(c.dep_ in ("poss", "agent") or c.lower_ == "by" for c in para.children(act)):
            continue  # the act names its owner itself: the trigger rules read it
        # "by" on the verb after the act, or on what the act is of ("the closure of the
        # mosque by Israel", "the request for extradition by Libya")
        hosts = [verb] + [
            p
            for prep in para.children(act)
            if prep.dep_ == "prep" and prep.lower_ in ("of", "for")
            for p in para.children(prep)
            if p.dep_ == "pobj" and p.pos_ == "NOUN"
        ]
        agents = ctx.prep_actors(para, hosts, ("by",), after=act.i)
        if not agents:
            continue
        subjects = ctx.subject_actors(para, verb)
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        yield from ctx.pair_drafts(
            para,
            verb,
            subjects,
            trigger.predicate,
            agents,
            status=status,
            date=date,
            cameo=trigger.cameo,
        )
