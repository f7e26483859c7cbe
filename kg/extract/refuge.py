"""Refuge given to people in need: "Tanzania hosts 65,000 Congolese refugees", "Lebanon has
taken in a million Syrian refugees", "Malaysia offered temporary shelter to the migrants",
"Kenya hosts hundreds of thousands of Somali refugees" (a count stands for its people). The
host supports them (CAMEO 075, grant asylum); refused ("will not accept refugees"), the help
is denied. Words are data (``refuge`` and ``needy_nouns`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract import qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph, counted_in_thousands
from kg.extract.interactions import actors_of, label_head
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_CLIMB = ("xcomp", "conj")  # "agreed to shelter them", "rescued and sheltered them"


def refuge(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """Every refuge claim of one paragraph."""
    words = ctx.cues["refuge"]
    verbs, particles = dict.fromkeys(words["verbs"]), words["particle_verbs"]
    poses, lemmas = para.poses, para.lemmas
    wanted = verbs.keys() | particles.keys() | set(words["giving_verbs"])
    for i, lemma in enumerate(lemmas):
        if poses[i] != "VERB" or lemma not in wanted:
            continue
        token = para.tokens[i]
        taken_in = lemma in particles and any(
            c.dep_ == "prt" and c.lower_ == particles[lemma] for c in token.children
        )
        if lemma in verbs or taken_in:
            guests = [c for c in token.children if c.dep_ == "dobj"]
        elif lemma in particles:
            # "Jordan has taken in Syrian refugees": the parser may read the particle as a
            # preposition and the people as its object
            guests = _particle_objects(token, particles[lemma])
        elif lemma in words["giving_verbs"]:
            # "offered temporary shelter to the migrants", "gave them refuge"
            nouns = [
                c for c in token.children if c.dep_ == "dobj" and c.lemma_.lower() in words["nouns"]
            ]
            if not nouns:
                continue
            guests = [c for c in token.children if c.dep_ == "dative"] + [
                p
                for n in (token, *nouns)
                for prep in n.children
                if prep.dep_ in ("prep", "dative") and prep.lower_ == "to"
                for p in prep.children
                if p.dep_ == "pobj"
            ]
        else:
            continue
        yield from _claims(ctx, para, token, guests)


def _claims(ctx: ArticleContext, para: Paragraph, verb: Any, guests: list[Any]) -> Iterator[Draft]:
    needy = ctx.cues["needy_nouns"]
    objects = [
        e
        for g in guests
        # "hosts thousands of Somali refugees": a count stands for the people it counts
        for e in actors_of(ctx, para, g)
        # a collective's key carries its article scope: "stranded migrants [dv02]"
        if label_head(e) in needy
        # "has hosted more than 45,000 Rohingya Muslims": so many of a people taken in are
        # refugees, not guests met ("hosted 20 Gulf leaders" is a meeting)
        or (ctx.etype_is(e, EntityType.GROUP) and hosted_multitude(ctx, g))
    ]
    if not objects:
        return
    hosts = [h for h in _hosts(ctx, para, verb) if ctx.etype_in(h, ACTOR_TYPES)]
    hosts = [h for h in hosts if h not in objects]
    if not hosts:
        return
    status = qualifiers.status(ctx, verb, verb)
    date = qualifiers.date(ctx, para, verb, verb, status)
    span = ctx.sentence_span(para, verb)
    cameo = qualifiers.refusal_code(ctx.cues, verb, status, "075")  # "will not accept them"
    for host in dict.fromkeys(hosts):
        for guest in dict.fromkeys(objects):
            yield Draft(
                host, Predicate.SUPPORTED, guest, status, date, None, None, cameo, span, 0.8
            )


def hosted_multitude(ctx: ArticleContext, guest: Any) -> bool:
    """A guest noun counted in thousands or more (``refuge.multitude_words``)."""
    return counted_in_thousands(guest, ctx.cues["refuge"]["multitude_words"])


def _particle_objects(verb: Any, particle: str) -> list[Any]:
    """The objects of the verb's particle read as a preposition ("taken in Syrian refugees")."""
    return [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == particle
        for p in prep.children
        if p.dep_ == "pobj"
    ]


def _hosts(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The verb's subject, up through "agreed to shelter" and "rescued and sheltered", or the
    noun of a relative clause ("Tanzania, which hosts ...")."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ == "nsubj"]
        if subjects:
            if node.dep_ == "relcl" and subjects[0].lower_ in ctx.lx.words.relative_pronouns:
                return ctx.antecedent(para, node.head)
            return [e for s in subjects for e in ctx.ents(para, s)]
        if node.dep_ not in _CLIMB or node.head == node:
            return []
        node = node.head
    return []
