"""Acts told in the passive without their doer: "Police arrested the party's leader. Three of
its members were also detained." In a report of one side's acts, such an act is that side's: the
one actor who did an act of the same kind in the sentence before; or, for a passive told as
one more such act ("were also detained", "Another activist was arrested") or as a harm done
in an act told before ("were killed in the attack"), the doer of the act it refers back to.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, sentence_spans
from kg.extract.event_coref import actor_country, event_antecedent
from kg.extract.interactions import actors_of, emit, owners_of
from kg.vocab import Predicate, Status

# the kinds of act whose doer a passive may leave to the sentence before (an act of the
# same kind there: "the US invasion ... he was arrested in Iran" is no arrest by the US)
_CARRIED = frozenset({Predicate.ATTACKED, Predicate.COERCED})

# how far back a passive marked as one more act of the kind ("X was also arrested", "Another
# activist was detained") may look for the act it repeats: this sentence's three before
_REPEAT_WINDOW = 3


def agentless_acts(ctx: ArticleContext, paras: list[Paragraph]) -> Iterator[Draft]:
    """Yield the act of each agentless passive of an attack or coercion ("were arrested",
    "was shelled") whose sufferer is named, from the one doer of acts of that kind in the
    sentence before: "Kenyan police arrested ... . Three opposition leaders were also
    detained" -> the police coerced the opposition; "also" on the verb or "another" /
    "other" on the sufferer reach back to the nearest of three sentences with such an act
    (other matter may come between); a harm done "in the attack" is the act of the doers of
    the attack that noun refers back to, however far before. Two doers there, a doer who
    is the sufferer or of the sufferer's own country, a cause told in the passive's clause
    ("in a clash with Y") or a sentence that already names a doer of the act on the
    sufferer give nothing."""
    spans = sentence_spans(paras)
    for para in paras:
        tags, deps = para.tags, para.deps
        # the paragraph's trigger matches, found once for every stage (in token order)
        for i, trigger in para.matches(ctx.lx.triggers).items():
            if tags[i] != "VBN" or not any(deps[c] == "auxpass" for c in para.kids[i]):
                continue
            if trigger.predicate not in _CARRIED:
                continue
            token = para.tokens[i]
            kids = [para.tokens[c] for c in para.kids[i]]
            if any(k.dep_ == "agent" for k in kids):
                continue  # "was arrested by X": told here
            causes = _causes(ctx, kids)
            targets = [
                t for k in kids if k.dep_ == "nsubjpass" for t in sufferers(ctx, para, k, trigger)
            ]
            if not targets:
                continue
            here = ctx.sentence_span(para, token)
            if causes:  # "killed in a clash with Y" (told here), "killed in the attack"
                doers = _doers_of_acts_before(ctx, para, token, causes, trigger.predicate)
            else:
                doers = _nearest_doers(ctx, spans, here, _repeated(token, kids), trigger.predicate)
            if len(doers) != 1:
                continue
            doer = doers[0]
            kept = [
                t
                for t in targets
                if t != doer and not _same_country(ctx, doer, t) and not told(ctx, here, t)
            ]
            if kept:
                yield from emit(ctx, para, token, token, trigger, [doer], kept, confidence=0.6)


def sufferers(ctx: ArticleContext, para: Paragraph, subject: Any, trigger: Any) -> list[str]:
    """Who suffers the act: the named subject ("opposition leaders"), the owner of an unnamed
    one ("PKK camps", "its offices"), or the whole of a part ("three of its leaders")."""
    found = actors_of(ctx, para, subject) or owners_of(ctx, para, subject, trigger)
    if found:
        return found
    for prep in subject.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for whole in prep.children:
                if whole.dep_ == "pobj":
                    found += actors_of(ctx, para, whole) or owners_of(ctx, para, whole, trigger)
    return found


def _causes(ctx: ArticleContext, kids: list[Any]) -> list[Any]:
    """What the passive tells did it: "killed in a clash with tribesmen", "wounded in an
    explosion" (an event noun after a preposition; ``culprit_nouns`` or a trigger)."""
    causes = frozenset(ctx.cues["verdict_words"]["culprit_nouns"])
    return [
        p
        for k in kids
        if k.dep_ == "prep"
        for p in k.children
        if p.dep_ == "pobj" and (p.lemma_.lower() in causes or ctx.lx.triggers.match(p) is not None)
    ]


def _doers_of_acts_before(
    ctx: ArticleContext, para: Paragraph, verb: Any, causes: list[Any], predicate: Predicate
) -> list[str]:
    """The doers of the acts the causes refer back to: "killed in the attack", "wounded
    in these raids" (a definite act noun with no participant or doer's preposition of its
    own, ``passive_coref`` in cues.json: ``event_coref.event_antecedent``); every doer of
    such an act told in that act's sentence. None when a cause is told here ("in a clash
    with tribesmen") or refers to an act of another kind."""
    preps = ctx.cues["passive_coref"]["doer_preps"]
    doers: list[str] = []
    for cause in causes:
        if any(k.dep_ == "prep" and k.lower_ in preps for k in cause.children):
            return []
        event = event_antecedent(ctx, para, cause, told=verb)
        if event is None or event.predicate is not predicate:
            return []
        doers += _doers(ctx, event.sentence, predicate)
    return list(dict.fromkeys(doers))


def _nearest_doers(
    ctx: ArticleContext,
    spans: list[tuple[int, int]],
    here: tuple[int, int],
    repeated: bool,
    predicate: Predicate,
) -> list[str]:
    """The doers of such acts in the sentence before, or for a passive told as one more
    such act, in the nearest of the three before that tells one."""
    for before in _befores(spans, here, _REPEAT_WINDOW if repeated else 1):
        doers = _doers(ctx, before, predicate)
        if doers:
            return doers  # the nearest sentence with such an act is the one repeated
    return []


def _befores(
    spans: list[tuple[int, int]], here: tuple[int, int], reach: int
) -> list[tuple[int, int]]:
    """The spans of the ``reach`` sentences before ``here``, nearest first."""
    at = spans.index(here) if here in spans else 0
    return [spans[j] for j in range(at - 1, max(at - reach, 0) - 1, -1)]


def _doers(ctx: ArticleContext, sentence: tuple[int, int], predicate: Predicate) -> list[str]:
    """The doers of the occurred acts of ``predicate`` on someone told in ``sentence``."""
    return list(
        dict.fromkeys(
            c.subject
            for c in ctx.claims
            if c.sentence == sentence
            and c.predicate is predicate
            and c.status is Status.OCCURRED
            and c.object is not None
        )
    )


def _repeated(verb: Any, kids: list[Any]) -> bool:
    """The passive tells one more act of a kind already told: "were also detained",
    "Another activist was arrested", "Two other soldiers were killed"."""
    if any(k.dep_ == "advmod" and k.lower_ == "also" for k in kids):
        return True
    return any(
        c.lower_ in ("another", "other")
        for k in kids
        if k.dep_ == "nsubjpass"
        for c in k.children
        if c.dep_ in ("det", "amod")
    )


def _same_country(ctx: ArticleContext, doer: str, target: str) -> bool:
    """The two are of one country ("Nigerian troops ... five Nigerian soldiers were killed":
    most likely not by their own side)."""
    mine = actor_country(ctx, doer)
    return mine is not None and mine == actor_country(ctx, target)


def told(ctx: ArticleContext, here: tuple[int, int], target: str) -> bool:
    """The sentence already has an act on ``target`` by someone: it named its doer."""
    return any(c.sentence == here and c.object == target for c in ctx.claims)
