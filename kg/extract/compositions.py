"""What a body is made of: "the coalition consists of five parties: A, B and C", "the Army
of Conquest is made up of several armed groups, notably the Nusra Front", "the alliance
comprises A and B": each named part is a member of the whole (``member_of``; role50)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# a whole is a body; a part a body or a state ("the coalition comprises Saudi Arabia, ...")
_WHOLES = (EntityType.ORGANIZATION, EntityType.GROUP)
_PARTS = (EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY)


def composition_words(lx: Lexicon) -> frozenset[str]:
    """The verbs of composition (cues.json ``compositions``): the stage's cues."""
    return frozenset(lx.cues["compositions"]["verbs"])


def compositions(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "X consists of A and B", "X is made up of A", "X is composed of A", "X comprises A",
    "X, consisting of A and B,": each part named is a member of the body X names. The parts
    are the object, its conjuncts and appositions ("several armed groups, notably the Nusra
    Front"), or the names listed after a colon ("five parties: A, B and C"); X is the verb's
    subject, the noun a participle describes, or, when the parser left the verb no subject,
    the noun the sentence is rooted in before it. No body named as the whole, no claim."""
    table = ctx.lx.cues["compositions"]
    verbs: dict[str, list[str]] = table["verbs"]
    for verb in para.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX") or lemma not in verbs:
            continue
        particles = verbs[lemma]
        if particles and not any(c.dep_ == "prt" and c.lower_ in particles for c in verb.children):
            continue  # "made up of", not "made of" nor "made"
        objects = _objects(verb)
        if not objects:
            continue
        whole = _whole(ctx, para, verb)
        if whole is None:
            continue
        seen: set[str] = set()
        for token, part in _parts(ctx, para, objects):
            if part == whole or part in seen:
                continue
            seen.add(part)
            yield ctx.draft(para, token, part, Predicate.MEMBER_OF, whole, 0.75)


def _objects(verb: Any) -> list[Any]:
    """The verb's object: its "of" object, or, for "comprise", its direct object."""
    out = [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "of"
        for p in prep.children
        if p.dep_ == "pobj"
    ]
    if verb.lemma_.lower() == "comprise" and not any(c.dep_ == "auxpass" for c in verb.children):
        out += [c for c in verb.children if c.dep_ == "dobj"]
    return out


def _whole(ctx: ArticleContext, para: Paragraph, verb: Any) -> str | None:
    """The body the verb tells the make-up of."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        subjects.append(verb.head)  # "the coalition, consisting of ..."
    if not subjects:
        root = verb.sent.root
        if root.i < verb.i and root.pos_ in ("NOUN", "PROPN"):
            subjects.append(root)  # "The government - and that is saying something - consists"
    for subject in subjects:
        label = _link(para, subject)
        if label is not None and ctx.etype_in(label, _WHOLES):
            return label
    return None


def _link(para: Paragraph, token: Any) -> str | None:
    """The node a noun phrase's head, or a word of its name before it, is linked to."""
    label = para.links.get(token.i)
    if label is not None:
        return label
    for child in token.children:
        if child.dep_ == "compound" and child.i < token.i and child.i in para.links:
            return para.links[child.i]
    return None


def _named(para: Paragraph, token: Any) -> bool:
    """The part is named, not described ("several armed groups" is no part)."""
    return token.pos_ == "PROPN" or any(
        c.dep_ == "compound" and c.pos_ == "PROPN" for c in token.children
    )


def _parts(ctx: ArticleContext, para: Paragraph, objects: list[Any]) -> Iterator[tuple[Any, str]]:
    """The named parts: the objects with their conjuncts and appositions, and the names
    listed after a colon right after the object phrase ("five parties: A, B and C")."""
    stack = list(objects)
    done: set[int] = set()
    while stack:
        token = stack.pop()
        if token.i in done:
            continue
        done.add(token.i)
        label = _link(para, token)
        if label is not None and _named(para, token) and ctx.etype_in(label, _PARTS):
            yield token, label
        stack += [c for c in token.children if c.dep_ in ("conj", "appos")]
    kinds = ctx.lx.cues["compositions"]["body_nouns"]
    for obj in objects:
        end = obj.right_edge.i + 1
        if end < len(para.tokens) and para.tokens[end].text == ":":
            bodies = obj.lemma_.lower() in kinds
            yield from _listed(ctx, para, end + 1, obj.sent.end, bodies)


def _listed(
    ctx: ArticleContext, para: Paragraph, start: int, stop: int, bodies: bool
) -> Iterator[tuple[Any, str]]:
    """The names of a list from ``start`` ("A, B, C and D"), up to the first word that is
    neither a name nor a list word. Under a noun of bodies ("five parties: ..."), each name
    is a body whatever the model read it as (a person's name: "Shas"), and a name the model
    left unlinked that the article names elsewhere is that node."""
    tokens = para.tokens
    j = start
    while j < stop:
        label = para.links.get(j)
        end = j + 1
        if label is None and bodies and tokens[j].pos_ == "PROPN":
            while end < stop and tokens[end].pos_ == "PROPN" and end not in para.links:
                end += 1
            name = " ".join(t.text for t in tokens[j:end])
            label = name if ctx.named_here(name) else None
        if label is None:
            if tokens[j].lower_ not in (",", "and", "the"):
                return
            j += 1
            continue
        if bodies and ctx.etype_is(label, EntityType.PERSON):
            ctx.resolver.add_vote(label, EntityType.ORGANIZATION, 3)
            yield tokens[j], label
        elif ctx.etype_in(label, _PARTS):
            yield tokens[j], label
        while end < stop and para.links.get(end) == label:
            end += 1
        j = end
