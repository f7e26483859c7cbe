"""Condemned acts whose doer the sentence does not name: "the government condemned the
bombings", "'I strongly condemn this attack,' Modi said", "the attacks, which Chile
condemned", "called the bombings an 'evil act'" -> the speaker criticized the act itself (an
Event node of its article, labelled by the noun phrase). A named doer ("condemned the ISIL
bombings", "the attack by X") is the interaction rules' target and no event is made.
Words: ``condemned_acts`` of ``kg/data/en/cues.json`` (with ``verdict_words``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from kg.extract import evaluations, interactions, investigations, qualifiers
from kg.extract.context import ArticleContext, Draft, Paragraph
from kg.lexicon import Lexicon
from kg.resolve.entities import SpanMention
from kg.vocab import EntityType, Predicate


def cue_words(lx: Lexicon) -> Iterable[str]:
    """The violent act nouns a condemnation may take (the stage's cue words)."""
    nouns: list[str] = lx.cues["condemned_acts"]["nouns"]
    return nouns


def _critical_verb(ctx: ArticleContext, verb: Any) -> bool:
    """A verb whose direct object is what its subject criticises: a trigger of ``criticized``
    that takes its object without a preposition or particle ("condemn", "denounce"). An
    investigation's word is none ("police investigated the shooting" blames no one for it:
    ``investigations.looked_into``)."""
    return any(
        t.predicate is Predicate.CRITICIZED
        and not investigations.looked_into(ctx, t)
        and t.particle is None
        and t.prep is None
        and t.light is None
        and not t.needs_prep
        for t in ctx.lx.triggers.candidates(verb.lemma_.lower(), "VERB")
    )


def naming_verdict(ctx: ArticleContext, verb: Any, words: set[str]) -> bool:
    """A naming verb with a disparaging verdict in its complement or "as" phrase: "called the
    bombings an 'evil act'", "described the raid as a massacre"."""
    verdicts = ctx.cues["verdict_words"]
    if verb.lemma_.lower() not in verdicts["naming"] + verdicts["naming_as"]:
        return False
    complements = [c for c in verb.children if c.dep_ in ("oprd", "xcomp", "acomp")]
    complements += [
        p
        for prep in verb.children
        if prep.dep_ == "prep" and prep.lower_ == "as"
        for p in prep.children
        if p.dep_ in ("pobj", "amod", "acomp")
    ]
    return any(
        t.lemma_.lower() in words or t.lower_ in words for c in complements for t in c.subtree
    )


def _objects(para: Paragraph, verb: Any) -> list[Any]:
    """What the verb acts on: its direct object, its passive subject, or the noun a relative
    clause hangs on ("the attacks, which Chile condemned")."""
    kids = para.children(verb)
    found = [c for c in kids if c.dep_ in ("dobj", "nsubjpass")]
    if verb.dep_ == "relcl" and any(c.dep_ == "dobj" and c.tag_ == "WDT" for c in kids):
        found.append(para.head(verb))
    return found


def _doerless(ctx: ArticleContext, para: Paragraph, noun: Any) -> bool:
    """The act noun names no doer: no owner ("Israel's raid"), no actor in front ("ISIL
    bombings") and no "by" phrase."""
    return not interactions.doer_written(ctx, para, noun) and not interactions.actors_of(
        ctx, para, noun
    )


def _phrase(para: Paragraph, noun: Any) -> str:
    """The act as the article writes it, without its determiner ("Jalalabad bombings",
    "twin bomb attacks", "attack")."""
    mods = [
        c
        for c in para.children(noun)
        if c.i < noun.i and c.dep_ in ("compound", "amod", "nummod", "nmod")
    ]
    words = sorted([t for m in mods for t in m.subtree if t.i < noun.i] + [noun], key=lambda t: t.i)
    return " ".join(t.text for t in words if t.pos_ != "PUNCT")


def condemned_acts(ctx: ArticleContext, para: Paragraph) -> Iterator[Draft]:
    """criticized claims from the speaker of a condemnation to the act it condemns, an Event
    node of the article, when the act names no doer and no other rule found a target."""
    words = ctx.cues["condemned_acts"]
    acts = frozenset(words["nouns"])
    verdicts = ctx.cues["verdict_words"]
    disparaging = set(verdicts["disparaging"])
    for verb in para.tokens:
        if verb.pos_ != "VERB":
            continue
        objects = [
            o for o in _objects(para, verb) if o.lemma_.lower() in acts and _doerless(ctx, para, o)
        ]
        if not objects:
            continue
        if not (_critical_verb(ctx, verb) or naming_verdict(ctx, verb, disparaging)):
            continue
        speakers = interactions.subjects_of(ctx, para, verb)
        firsts = ctx.cues["evaluations"]["first_person"]
        if any(c.dep_ == "nsubj" and c.lower_ in firsts for c in para.children(verb)):
            # '"I strongly condemn this attack," Modi said': the quote's speaker
            speakers = evaluations.quote_speakers(ctx, para, verb)
        if verb.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in para.children(verb)):
            speakers = interactions.passive_agents(ctx, para, verb)
        if not speakers:
            continue
        told = {s for s, _ in ctx.sentence_pairs(para, verb, Predicate.CRITICIZED)}
        speakers = [s for s in speakers if s not in told]
        if not speakers:
            continue  # another rule found whom the speaker criticised
        status = qualifiers.status(ctx, verb, verb)
        date = qualifiers.date(ctx, para, verb, verb, status)
        events = [_earlier(ctx, para, noun) or _event(ctx, para, noun) for noun in objects]
        yield from ctx.pair_drafts(
            para,
            verb,
            speakers,
            Predicate.CRITICIZED,
            events,
            status=status,
            date=date,
            cameo="111",
        )


def _earlier(ctx: ArticleContext, para: Paragraph, noun: Any) -> str | None:
    """The act a demonstrative refers back to ("I strongly condemn this attack" after "the
    government condemned the bombings"): the latest one condemned before in the article."""
    demonstratives = ctx.cues["condemned_acts"]["demonstratives"]
    if not any(c.dep_ == "det" and c.lower_ in demonstratives for c in para.children(noun)):
        return None
    start = ctx.sentence_span(para, noun)[0]
    earlier = [
        c.object
        for c in ctx.claims
        if c.predicate is Predicate.CRITICIZED
        and c.sentence[0] < start
        and c.object is not None
        and ctx.etype_is(c.object, EntityType.EVENT)
    ]
    return earlier[-1] if earlier else None


def _event(ctx: ArticleContext, para: Paragraph, noun: Any) -> str:
    """The article's Event node for the act, recorded at its noun."""
    label = _phrase(para, noun)
    mention = SpanMention(noun.i, noun.i + 1, label, "EVENT", canonical=label, scoped=True)
    ctx.resolver.add_vote(label, EntityType.EVENT, 3)
    return ctx.record_aside(para, mention, label)
