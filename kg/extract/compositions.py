"""A body's parts listed after a colon: "the government consists of five parties: A, B, C, D
and E": each name listed is a member of the body (``member_of``; role50). The composing
verbs are kg/extract/memberships.py's (``composition_verbs``), which reads the parts the
parser hangs on the verb's object; this rule reads the list the parser may hang elsewhere
(on the sentence's root), and a subject the parser may lose to a dash aside."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.vocab import EntityType, Predicate

# a whole is a body; a part a body or a state ("the coalition comprises five states: ...")
_WHOLES = (EntityType.ORGANIZATION, EntityType.GROUP)
_PARTS = (EntityType.ORGANIZATION, EntityType.GROUP, EntityType.COUNTRY)


def composition_words(lx: Lexicon) -> frozenset[str]:
    """The verbs of composition with "of" (cues.json ``composition_verbs``): the cues."""
    return frozenset(lx.cues["composition_verbs"]["of_verbs"])


def listed_parts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "X consists of five parties: A, B and C", "X is made up of three groups: A and B":
    a noun of bodies (``listed_parts.body_nouns``) after the verb's "of" and a colon lists
    the parts, each a body whatever the model read its name as (a person's: "Shas"); a name
    the model left unlinked there is the node the article names elsewhere. X is the verb's
    subject, the name a "which" clause or a participle follows, or, when the parser left the
    verb no subject ("The government - and that is saying something - consists of ..."), the
    noun the sentence is rooted in before it. No body named as the whole, no claim."""
    verbs = ctx.lx.cues["composition_verbs"]["of_verbs"]
    kinds = ctx.lx.cues["listed_parts"]["body_nouns"]
    for verb in para.tokens:
        lemma = verb.lemma_.lower()
        if verb.pos_ not in ("VERB", "AUX", "NOUN") or lemma not in verbs:
            continue  # a noun too: the parser may read "consists" after a dash aside as one
        particle = verbs[lemma]
        if particle is not None and not any(
            c.dep_ == "prt" and c.lower_ == particle for c in verb.children
        ):
            continue  # "made up of", not "made of" nor "made"
        heads = [
            p
            for prep in verb.children
            if prep.dep_ == "prep" and prep.lower_ == "of"
            for p in prep.children
            if p.dep_ == "pobj" and p.lemma_.lower() in kinds and _colon_after(para, p)
        ]
        if not heads:
            continue
        whole = _whole(ctx, para, verb)
        if whole is None:
            continue
        seen: set[str] = set()
        for head in heads:
            for token, part in _listed(ctx, para, head.i + 2, head.sent.end):
                if part != whole and part not in seen:
                    seen.add(part)
                    yield ctx.draft(para, token, part, Predicate.MEMBER_OF, whole, 0.75)


def _colon_after(para: Paragraph, noun: Any) -> bool:
    """A colon right after the noun ("three parties: ...")."""
    return noun.i + 1 < len(para.tokens) and bool(para.tokens[noun.i + 1].text == ":")


def _whole(ctx: ArticleContext, para: Paragraph, verb: Any) -> str | None:
    """The body the verb tells the make-up of."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    relative = ctx.lx.words.relative_pronouns
    if verb.dep_ == "relcl" and any(s.lower_ in relative for s in subjects):
        subjects = [verb.head]  # "the Joint List, which consists of ..."
    if verb.dep_ == "acl" and verb.head.i < verb.i:
        subjects.append(verb.head)  # "the coalition, consisting of ..."
    if not subjects:
        root = verb.sent.root
        if root.i < verb.i and root.pos_ in ("NOUN", "PROPN"):
            subjects.append(root)  # "The government - and that is saying something - consists"
    for subject in subjects:
        label = para.links.get(subject.i)
        if label is not None and ctx.etype_in(label, _WHOLES):
            return label
    return None


def _listed(
    ctx: ArticleContext, para: Paragraph, start: int, stop: int
) -> Iterator[tuple[Any, str]]:
    """The names of a list from ``start`` ("A, B, C and D"), up to the first word that is
    neither a name nor a list word; a name the model typed a person's gets a body's vote,
    and one it left unlinked is the node the article names elsewhere, if any. A name before
    "'s" owns the item and is skipped ("Ayman Odeh's Hadash": Hadash is the party)."""
    tokens = para.tokens
    j = start
    while j < stop:
        label = para.links.get(j)
        end = j + 1
        if label is None and tokens[j].pos_ == "PROPN":
            while end < stop and tokens[end].pos_ == "PROPN" and end not in para.links:
                end += 1
            if _owner_at(tokens, end, stop):
                j = end + 1
                continue
            name = " ".join(t.text for t in tokens[j:end])
            if not ctx.named_here(name):
                j = end  # a name of no node: an item of the list all the same
                continue
            label = name
        if label is None:
            if tokens[j].lower_ not in (",", "and", "the"):
                return
            j += 1
            continue
        while end < stop and para.links.get(end) == label:
            end += 1
        if _owner_at(tokens, end, stop):
            j = end + 1
            continue
        if ctx.etype_is(label, EntityType.PERSON):
            ctx.resolver.add_vote(label, EntityType.ORGANIZATION, 3)
            yield tokens[j], label
        elif ctx.etype_in(label, _PARTS):
            yield tokens[j], label
        j = end


def _owner_at(tokens: Any, end: int, stop: int) -> bool:
    """A possessive "'s" right after the name: the name owns the next item ("Ayman Odeh's
    Hadash"), which is the party; the owner is none and gets no vote."""
    return end < stop and tokens[end].tag_ == "POS"
