"""Who backs or opposes a law or document where the stance word's own arguments do not say:
the list after a role noun ("opponents of the dam, including the Green Party"), the subject of
a light verb ("voiced opposition to the project"), a conjoined passive ("was backed by X and
endorsed by Y"), a push for one ("campaigned for the ban", "pushed hard for Congress to pass
the bill") and the givers of a stance noun a verb draws ("the bill drew criticism from unions").
Read by ``kg/extract/measures.py`` for laws, documents and contests, and by
``kg/extract/stance_roles.py`` for the list after a role noun of an actor ("supporters of the
Brotherhood, such as Qatar"). Words: ``stance_holders`` of ``kg/data/en/cues.json``.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from kg.extract import interactions
from kg.extract.context import ArticleContext, Paragraph, prep_objects
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def listed(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The actors of an example list hung on a role noun: "Opponents of the dam, including
    the Green Party and WWF, ...", "supporters of the plan such as Oxfam" -> the Green Party
    and WWF, Oxfam (none for "critics of the plan say ...": no one is named)."""
    examples = ctx.cues["stance_holders"]["examples"]
    # the parser may hang the list on the role's object ("supporters of the plan, such as
    # Oxfam"): a list of actors there is no list of plans, nor of one named actor ("of the
    # Brotherhood, such as Qatar"); it may be one of a plural's ("of Islamist groups such as
    # Hamas": examples of the groups)
    hosts = [noun] + [
        g
        for c in para.children(noun)
        if c.dep_ == "prep" and c.lower_ == "of"
        for g in para.children(c)
        if g.dep_ == "pobj" and g.tag_ not in ("NNS", "NNPS")
    ]
    found: list[str] = []
    for prep in (c for host in hosts for c in para.children(host)):
        if prep.dep_ != "prep" or prep.i < noun.i:
            continue
        words = " ".join(t.lower_ for t in para.tokens[prep.left_edge.i : prep.i + 1])
        if words not in examples:
            continue
        for who in para.children(prep):
            if who.dep_ == "pobj":
                found += interactions.actors_of(ctx, para, who)
    return _actors(ctx, found)


def voiced(ctx: ArticleContext, para: Paragraph, noun: Any) -> tuple[Any, list[str]] | None:
    """The light verb that takes a stance noun and its subjects: "The Green Party voiced
    opposition to the project", "Oxfam has expressed support for the plan" -> (voiced, [Green
    Party]); None when the noun is no object of one of ``voicing`` ("withdrew support for")."""
    verb = para.head(noun)
    if noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    if verb.lemma_.lower() not in ctx.cues["stance_holders"]["voicing"]:
        return None
    subjects = _actors(ctx, interactions.subjects_of(ctx, para, verb))
    return (verb, subjects) if subjects else None


def light_voiced(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    prep: str | None,
    predicates: Collection[Predicate],
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """A noun that is a stance only under a light verb of its trigger, taking the document
    after ``prep``: "Opponents have raised concerns over the bill", "Oxfam expressed concern
    about the law" -> (raised, criticized, [opponents]); nothing for a verb its trigger does
    not name ("shared concerns over"), nor for a predicate not in ``predicates``."""
    verb = para.head(noun)
    if prep is None or noun.dep_ != "dobj" or verb.pos_ != "VERB":
        return
    lemma = verb.lemma_.lower()
    found = {
        t.predicate
        for t in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN")
        if t.predicate in predicates
        and t.light is not None
        and lemma in t.light
        and f"prep:{prep}" in t.object
    }
    if len(found) != 1:
        return
    subjects = _actors(ctx, interactions.subjects_of(ctx, para, verb))
    if subjects:
        yield verb, found.pop(), subjects


def ranged(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The actors at the ends of a range after a passive's unnamed agent or an active verb's
    unnamed subject: "The ruling has been slammed by many, from the CHP to Amnesty", "Everyone
    from the CHP to Amnesty has condemned the ruling" -> the CHP and Amnesty (the agents of
    ``range_agents``; the "from" and "to" phrases on the verb, the agent, or each other)."""
    agents = [
        p
        for c in para.children(verb)
        if c.dep_ == "agent"
        for p in para.children(c)
        if p.dep_ == "pobj"
    ]
    agents += [c for c in para.children(verb) if c.dep_ == "nsubj"]
    if not any(a.lower_ in ctx.cues["stance_holders"]["range_agents"] for a in agents):
        return []
    hosts = [verb, *agents]
    starts = [c for h in hosts for c in para.children(h) if c.dep_ == "prep" and c.lower_ == "from"]
    firsts = [p for f in starts for p in para.children(f) if p.dep_ == "pobj"]
    ends = [
        c
        for h in (*hosts, *starts, *firsts)
        for c in para.children(h)
        if c.dep_ == "prep" and c.lower_ == "to"
    ]
    if not starts or not ends:
        return []
    found = [
        a
        for prep in (*starts, *ends)
        for p in para.children(prep)
        if p.dep_ == "pobj"
        for a in interactions.actors_of(ctx, para, p)
    ]
    return _actors(ctx, found)


def passive_conjuncts(para: Paragraph, verb: Any) -> list[Any]:
    """The passive participles joined to a passive stance verb, each with an agent of its own
    and no subject: conjoined ("The plan was backed by X and endorsed by Y" -> endorsed) or
    set off by a comma, the parser's adverbial clause ("was backed by X, championed by Y and
    endorsed by Z" -> championed, endorsed)."""
    found: list[Any] = []
    todo = [verb]
    while todo:
        host = todo.pop(0)
        for c in para.children(host):
            if (
                c.dep_ in ("conj", "advcl")
                and c.i > host.i
                and c.tag_ == "VBN"
                and c.pos_ == "VERB"
                and any(g.dep_ == "agent" for g in para.children(c))
                and not any(g.dep_ in ("nsubj", "nsubjpass", "mark") for g in para.children(c))
                and c not in found
            ):
                found.append(c)
                todo.append(c)
    return found


def asks_for(ctx: ArticleContext, verb: Any) -> bool:
    """Whether a verb asks for what its "for" takes (a ``requested`` trigger with "for":
    "pushed for", "campaigned for", "lobbied for"), which backs a law or document."""
    return any(
        t.predicate is Predicate.REQUESTED and t.prep == "for" and t.light is None
        for t in ctx.lx.triggers.candidates(verb.lemma_.lower(), "VERB")
    )


def pushers(
    ctx: ArticleContext, para: Paragraph, verb: Any
) -> Iterator[tuple[Any, Predicate, list[str]]]:
    """Those who push for the clause that passes a law ("Obama pushed hard for Congress to
    pass the bill": ``verb`` is "pass", backing the law) back the law too."""
    head = para.head(verb)
    if verb.dep_ != "advcl" or head.pos_ != "VERB" or head == verb:
        return
    if not any(c.dep_ == "mark" and c.lower_ == "for" for c in para.children(verb)):
        return
    if not asks_for(ctx, head):
        return
    subjects = _actors(ctx, interactions.subjects_of(ctx, para, head))
    if subjects:
        yield head, Predicate.SUPPORTED, subjects


def drawn_givers(
    ctx: ArticleContext,
    para: Paragraph,
    noun: Any,
    preps: Collection[str],
    hung: Collection[str],
) -> list[str]:
    """The actors who give the stance noun a reaction verb draws ("the reform drew criticism
    from unions", "drew the ire of Colombia", "drew the EU's condemnation"): the objects of
    the noun's prepositions ``preps``, of the verb's ``hung`` (the parser may hang "from" on
    the verb: "drew ire from the few allies"), and the noun's possessive owner; once each."""
    verb = para.head(noun)
    named = [
        *prep_objects(noun, preps),
        *prep_objects(verb, hung),
        *(c for c in para.children(noun) if c.dep_ == "poss"),
    ]
    return _actors(ctx, [a for p in named for a in interactions.actors_of(ctx, para, p)])


def _actors(ctx: ArticleContext, found: list[str]) -> list[str]:
    """The actors of ``found``, once each, in order."""
    return [a for a in dict.fromkeys(found) if ctx.etype_in(a, ACTOR_TYPES)]
