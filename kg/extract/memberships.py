"""Members named by what a body is made of or by joining it: "the Fattah Army is made up of
several groups, notably the Nusra Front", "the alliance, which includes Jordan and Egypt",
"the Palestinian Authority joined the International Criminal Court" -> ``member_of``. The
verbs are data (``composition_verbs`` in ``kg/data/en/cues.json``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import EntityType, Predicate

_BODY_TYPES = frozenset({EntityType.ORGANIZATION, EntityType.GROUP})
# a verb form that reports a fact: not "may include", "does not include"
_HEDGES = frozenset({"neg"})


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The composing verbs ("include", "consist", "make") and the joining ones ("join")."""
    table = lx.cues["composition_verbs"]
    return [*table["object_verbs"], *table["of_verbs"], *table["joining_verbs"]]


def memberships(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """member_of claims from a body's composition and from joining a body."""
    table = ctx.cues["composition_verbs"]
    tokens = para.tokens
    for i in para.hits(ctx.word_set(cue_words)):
        verb = tokens[i]
        if verb.pos_ != "VERB" or _hedged(verb):
            continue
        lemma = verb.lemma_.lower()
        if lemma in table["joining_verbs"]:
            yield from _joined(ctx, para, verb)
        elif lemma in table["object_verbs"] and not _passive(verb) and not _put_in(verb):
            members = [m for obj in _deps(verb, "dobj") for m in _members(ctx, para, obj)]
            yield from _composed(ctx, para, verb, _subjects(ctx, para, verb), members)
        elif lemma in table["of_verbs"]:
            yield from _composed_of(ctx, para, verb, table["of_verbs"][lemma])


def _composed_of(
    ctx: ArticleContext, para: Paragraph, verb: Any, particle: str | None
) -> Iterator[Draft]:
    """ "consists of X", "is made up of X", "composed of X": the members after "of"; a
    particle the verb needs ("made up") must be there, and a verb that needs none is read
    active ("consists") or passive ("is composed")."""
    if particle is not None and not any(
        c.dep_ == "prt" and c.lower_ == particle for c in verb.children
    ):
        return
    active = particle is None and verb.lemma_.lower() == "consist"
    if not active and not _passive(verb):
        return
    members = [
        m
        for prep in _deps(verb, "prep")
        if prep.lower_ == "of"
        for pobj in _deps(prep, "pobj")
        for m in _members(ctx, para, pobj)
    ]
    yield from _composed(ctx, para, verb, _subjects(ctx, para, verb), members)


def _composed(
    ctx: ArticleContext, para: Paragraph, verb: Any, bodies: list[str], members: list[str]
) -> Iterator[Draft]:
    """Each named actor listed as a member of each named body (an organisation or group:
    "the province of Homs, which includes Palmyra" is a place's part, no membership)."""
    bodies = [b for b in bodies if ctx.etype_in(b, _BODY_TYPES)]
    if not bodies:
        return
    members = [m for m in members if ctx.etype_in(m, ACTOR_TYPES)]
    yield from ctx.pair_drafts(para, verb, members, Predicate.MEMBER_OF, bodies)


def _joined(ctx: ArticleContext, para: Paragraph, verb: Any) -> Iterator[Draft]:
    """ "the Palestinian Authority joined the ICC": the subject is a member of the named body
    it joined. A person or a country joined ("joined Tiger Woods", "Thailand would join
    Malaysia in the search") is a companion, no body; so is one joined in an act ("joined
    Amnesty International in calling for ...")."""
    if any(
        c.dep_ == "prep" and c.lower_ == "in" and any(g.tag_ == "VBG" for g in c.children)
        for c in verb.children
    ):
        return
    bodies = [
        e
        for obj in _deps(verb, "dobj")
        for e in ctx.ents(para, obj)
        if ctx.etype_in(e, _BODY_TYPES) and obj.text.lower() in e.lower()
    ]
    if not bodies:
        return
    joiners = [s for s in _subjects(ctx, para, verb) if ctx.etype_in(s, ACTOR_TYPES)]
    yield from ctx.pair_drafts(para, verb, joiners, Predicate.MEMBER_OF, bodies)


def _members(ctx: ArticleContext, para: Paragraph, noun: Any) -> list[str]:
    """The named actors a composing verb's object lists: the object and its list ("Kenya,
    Rwanda and Uganda"), an apposition to it ("several groups, notably the Nusra Front") and
    its "including" phrase ("22 states including Egypt"). A common noun ("several armed
    groups") names no member, though the article may have made it a node."""
    found: list[str] = []
    todo = [noun]
    while todo:
        token = todo.pop(0)
        label = para.links.get(token.i)
        if label is not None and token.pos_ == "PROPN":
            found.append(label)
        for child in token.children:
            if child.dep_ in ("conj", "appos"):
                todo.append(child)
            elif child.dep_ == "prep" and child.lower_ == "including":
                todo.extend(_deps(child, "pobj"))
    return list(dict.fromkeys(found))


def _subjects(ctx: ArticleContext, para: Paragraph, verb: Any) -> list[str]:
    """The verb's subject (active or passive), the noun its relative clause or participle
    hangs on ("the alliance, which includes X", "the EAC, made up of X"), or, for a gerund
    after a preposition ("by joining X"), the clause's own subject."""
    node = verb
    for _ in range(3):
        subjects = [c for c in node.children if c.dep_ in ("nsubj", "nsubjpass")]
        relative = node.dep_ == "relcl" and all(s.tag_ in ("WDT", "WP") for s in subjects)
        participle = not subjects and node.dep_ == "acl" and node.tag_ == "VBN"
        if relative or participle:
            subjects = [node.head]
        if subjects:
            # the subject's own name, not an apposition's ("X, UN special envoy, included")
            return [para.links[s.i] for s in subjects if s.i in para.links]
        if node.dep_ == "pcomp" and node.head.dep_ == "prep":
            node = node.head.head  # "by joining X": the verb "by" hangs on
            continue
        return []
    return []


def _put_in(verb: Any) -> bool:
    """ "included Hamas in a draft of the report": someone put X in a list, no body's make-up."""
    return any(c.dep_ == "prep" and c.lower_ in ("in", "on", "into") for c in verb.children)


def _passive(verb: Any) -> bool:
    """A passive form: "is made up of", "(the EAC,) made up of", "composed of"."""
    if any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children):
        return True
    return bool(verb.tag_ == "VBN" and verb.dep_ == "acl")


def _hedged(verb: Any) -> bool:
    """A negated verb or one under a modal ("may include", "would join"): no fact."""
    return any(c.dep_ in _HEDGES or c.tag_ == "MD" for c in verb.children)


def _deps(token: Any, dep: str) -> list[Any]:
    return [c for c in token.children if c.dep_ == dep]
