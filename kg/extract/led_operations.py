"""Led operations whose target the parser hangs on "led": "the Arab coalition operation led by
Saudi Arabia in Yemen against Shia Houthi rebels" -> the coalition attacked the Houthis (the
model makes "against ..." a child of the participle, not of the event noun, so the noun's
own "against" slot stays empty). Words are data (``led_operations`` in
``kg/data/en/cues.json``; att45).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract.context import ArticleContext, Draft, Paragraph, prep_objects
from kg.extract.interactions import emit
from kg.lexicon import Lexicon
from kg.resolve.resolver import ACTOR_TYPES
from kg.vocab import Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The participles of leading (the stage's cues)."""
    words: list[str] = lx.cues["led_operations"]["participles"]
    return words


def led_operations(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """attacked claims from an event noun of attack ("operation", "offensive", "campaign")
    with a participle of leading on it ("led by X") whose "against" object (on the
    participle, or on its leader) is the target:
    the attacker is the noun's owner or modifier ("the Arab coalition operation"), else the
    leader after "by"; none when the noun has a target of its own or the clause is negated."""
    words = ctx.cues["led_operations"]
    preps = set(words["preps"])
    nouns = set(words["nouns"])
    for i in para.hits(ctx.word_set(cue_words)):
        led = para.tokens[i]
        noun = led.head
        if led.dep_ != "acl" or led.tag_ != "VBN" or noun.pos_ != "NOUN":
            continue
        if noun.lemma_.lower() not in nouns:
            continue
        trigger = _against_trigger(ctx, noun, preps)
        if trigger is None or prep_objects(noun, preps):
            continue
        agents = [
            p
            for c in para.children(led)
            if c.dep_ == "agent"
            for p in c.children
            if p.dep_ == "pobj"
        ]
        # (or on the leader: "the offensive led by Iraqi forces against ISIL")
        hung = [t for a in [led, *agents] for t in prep_objects(a, preps)]
        # (a name in front of an unlinked head stands for it: "against Shia Houthi rebels")
        hung += [
            c
            for t in hung
            if t.i not in para.links
            for c in para.children(t)
            if c.dep_ == "compound" and c.i in para.links
        ]
        targets = [e for t in hung for e in ctx.ents(para, t)]
        targets = [e for e in dict.fromkeys(targets) if ctx.etype_in(e, ACTOR_TYPES)]
        owners = [
            e
            for c in para.children(noun)
            if c.dep_ in ("compound", "amod", "poss", "nmod") and c.i in para.links
            for e in ctx.ents(para, c)
        ]
        if not owners:
            owners = [e for t in agents for e in ctx.ents(para, t)]
        owners = [e for e in dict.fromkeys(owners) if e not in targets]
        if owners and targets:
            yield from emit(ctx, para, noun, noun, trigger, owners, targets, confidence=0.6)


def _against_trigger(ctx: ArticleContext, noun: Any, preps: set[str]) -> Any | None:
    """The attack entry of the noun's lemma that takes its target after one of ``preps``
    with no light verb ("operation against X")."""
    for trigger in ctx.lx.triggers.candidates(noun.lemma_.lower(), "NOUN"):
        if trigger.predicate is not Predicate.ATTACKED:
            continue
        if trigger.prep in preps or any(f"prep:{p}" in trigger.object for p in preps):
            return trigger
    return None
