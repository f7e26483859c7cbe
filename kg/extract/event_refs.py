"""Events told around their sides: a "between A and B" phrase the parser hung away from the
event noun ("fighting broke out in Aden between A and B", "two weeks of clashes in April
between A and B") still names the sides of that event.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.extract.interactions import actors_of, emit
from kg.lexicon import Lexicon, Trigger
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate, Status

# the nouns' grammatical slots under the verb that may carry their "between" phrase
_SLOTS = ("nsubj", "nsubjpass", "dobj")


def cue_words(lx: Lexicon) -> tuple[str, ...]:
    """The stage's one word: no "between", no detached sides."""
    return ("between",)


def detached_sides(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """ "Fierce fighting broke out in Aden between the Houthis and the army", "clashes had
    raged overnight between X and Y", "two weeks of clashes in April between X and Y",
    "talks were held in Doha between X and Y": the sides of the event noun (one whose
    trigger takes "between") are the "between" phrase hung on the noun's own verb, or on a
    place or time phrase right after the noun or its verb. One event noun only may claim the
    phrase. An attack needs exactly two sides, unless the phrase marks them ("between A and
    B on one side, and C on the other": A and B fight C)."""
    hosts_not = frozenset(ctx.cues["detached_sides"]["host_nouns_not"])
    for prep in para.tokens:
        if prep.lower_ != "between" or prep.dep_ != "prep":
            continue
        host = prep.head
        if host.lemma_.lower() in hosts_not:
            continue  # "the border between A and B": a relation's, not an event's
        split = _sides(ctx, para, prep)
        if split is None:
            continue
        sides, others = split
        own = _between_trigger(ctx, host)
        if own is not None:
            if not others:
                continue  # the noun's own "between A and B" (read by the interactions)
            found = [(host, own)]  # "the battle of X - between A on one hand, and B on the other"
        else:
            nouns = [n for n in _event_nouns(host) if n.i < prep.i and n.sent == prep.sent]
            found = [(n, t) for n in nouns if (t := _between_trigger(ctx, n)) is not None]
        if len(found) != 1:
            continue
        noun, trigger = found[0]
        if others:  # "between A and B on one side and C on the other"
            objects = others
        elif len(sides) > 1 and (trigger.predicate is not Predicate.ATTACKED or len(sides) == 2):
            objects = []
            # each side fights (meets) the other: no place the phrase names is a target
            trigger = replace(trigger, flags=trigger.flags | {"symmetric_subjects"})
        else:
            continue
        head = noun.head
        governs = noun.dep_ in _SLOTS and head.pos_ in ("VERB", "AUX")
        clause = head if governs else noun
        told = _told_as_past(noun)
        denied = governs and any(c.dep_ == "neg" for c in head.children)
        for draft in emit(ctx, para, noun, clause, trigger, sides, objects, confidence=0.65):
            if denied:
                draft = replace(draft, status=Status.DENIED)  # "fighting did not break out"
            if told and draft.status is Status.PLANNED:
                # "the long-planned battle of X - between ... - started last weekend": the
                # plan is the noun's, the verb tells it happened
                draft = replace(draft, status=Status.OCCURRED)
            yield draft


def _told_as_past(noun: Any) -> bool:
    """The event noun is the subject of a plain past verb ("the battle started", "fighting
    broke out"): no auxiliary, modal or negation."""
    verb = noun.head
    return (
        noun.dep_ == "nsubj"
        and verb.tag_ in ("VBD", "VBN")  # (a past verb with a subject, mistagged VBN)
        and not any(c.dep_ in ("aux", "auxpass", "neg") for c in verb.children)
    )


def _sides(ctx: ArticleContext, para: Paragraph, prep: Any) -> tuple[list[str], list[str]] | None:
    """The actors a "between" phrase names, and, when the sentence marks two sides ("between
    A and B on one side and C on the other"), the second side apart: what is joined to the
    first marker. None when a marker leaves the second side unnamed."""
    markers = ctx.cues["detached_sides"]["side_nouns"]
    # "between the Taliban and Afghan forces" may parse the first side as a modifier
    heads = [
        x
        for p in prep.children
        if p.dep_ == "pobj"
        for x in (p, *(c for c in p.children if c.dep_ == "nmod"))
    ]
    first = list(dict.fromkeys(e for x in heads for e in actors_of(ctx, para, x)))
    marker = next(
        (
            t
            for t in prep.sent
            if t.i > prep.i
            and t.lemma_.lower() in markers
            and t.dep_ == "pobj"
            and t.head.lower_ == "on"
        ),
        None,
    )
    if marker is None:
        return first, []
    second = [
        e
        for c in marker.children
        if c.dep_ == "conj"
        for e in actors_of(ctx, para, c)
        if e not in first
    ]
    if not second:
        # "..., and Syrian rebels on the other hand": the parser may hang the second side
        # anywhere; it is what is named between the two markers
        other = next(
            (
                t
                for t in marker.sent
                if t.i > marker.i
                and t.lower_ in ("other", "another")
                # "on the other" or "on the other hand"
                and (t.head.lower_ == "on" or (t.head.head.lower_ == "on" and t.head.i > t.i))
            ),
            None,
        )
        if other is not None:
            span = range(marker.i + 1, other.i)
            second = [
                e
                for t in para.tokens[span.start : span.stop]
                if t.pos_ in ("NOUN", "PROPN") and t.head.i not in span  # a phrase's head
                for e in actors_of(ctx, para, t)
                if e not in first and ctx.etype_in(e, ACTOR_TYPES)
            ]
    if not first or not second:
        return None
    return first, list(dict.fromkeys(second))


def _event_nouns(host: Any) -> list[Any]:
    """The nouns whose sides a "between" on ``host`` may name: the subject or object of a
    verb host; for a noun host in a place or time phrase ("in the capital", "in April",
    "on the outskirts", "in the north of the port city"), the nouns the phrase hangs on, up
    to the subject or object of the verb above. A span of time stands for what it spans
    ("two weeks of clashes")."""
    found: list[Any] = []
    node = host
    for _ in range(5):
        if node.pos_ in ("VERB", "AUX"):
            slots = [c for c in node.children if c.dep_ in _SLOTS]
            slots += [g for c in node.children if c.dep_ == "agent" for g in c.children]
            return found + [n for s in slots for n in (s, *_measured(s))]
        if node.pos_ not in ("NOUN", "PROPN"):
            return found
        if node is not host:
            found += [node, *_measured(node)]
        if node.dep_ == "conj":
            node = node.head  # "in the north, east and west of the city"
        elif node.dep_ == "pobj" and node.head.dep_ == "prep":
            node = node.head.head  # "in the north of the port city"
        else:
            return found
    return found


def _measured(noun: Any) -> list[Any]:
    """ "two weeks of clashes", "days of fighting": the event a span of time is of."""
    if noun.ent_type_ not in ("DATE", "TIME"):
        return []
    return [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children]


def _between_trigger(ctx: ArticleContext, noun: Any) -> Trigger | None:
    """The trigger by which an event noun takes its sides after "between" ("clashes
    between", "talks between"), if it has one."""
    if noun.pos_ != "NOUN":
        return None
    for trigger in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN"):
        if trigger.prep == "between" and trigger.light is None:
            return trigger
    return None
